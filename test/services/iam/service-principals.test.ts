import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PutIntegrationCommand, PutMethodCommand, type APIGatewayClient } from '@aws-sdk/client-api-gateway';
import { CreateApiCommand } from '@aws-sdk/client-apigatewayv2';
import { AddPermissionCommand, RemovePermissionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { child, clients, deploy, invokeUrl, lambdaUri, newApi, nodeFunction, uniqueName } from '../apigateway/support.js';
import { invoke, v2Client } from '../apigatewayv2/support.js';

/**
 * Under NIMBUS_ENFORCE_IAM, a service that invokes a function for one of its resources needs the
 * function's policy (AddPermission) to name its principal, with the resource as aws:SourceArn where
 * the permission names one: as AWS checks API Gateway's integrations and SNS's deliveries.
 */
describe('service principals invoking functions under IAM enforcement', () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  let lambda: LambdaClient;

  before(async () => {
    nimbus = await startTestNimbus({ enforceIam: true });
    ({ apigw, lambda } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  /** A dead-letter queue, and a wait for the first message it gets. */
  async function deadLetterQueue(): Promise<{ arn: string; firstBody: () => Promise<string | undefined> }> {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('dead-letters') }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    const firstBody = async () => {
      for (let poll = 0; poll < 10; poll++) {
        const body = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }))).Messages?.[0]?.Body;
        if (body) return body;
      }
      return undefined;
    };
    return { arn: Attributes!.QueueArn!, firstBody };
  }

  it('answers a REST API route 500 until the function lets apigateway.amazonaws.com invoke it for that route', async () => {
    const functionArn = await nodeFunction(lambda, `exports.handler = async () => ({ statusCode: 200, body: 'hello from lambda' });`);
    const { apiId, rootId } = await newApi(apigw);
    const hello = await child(apigw, apiId, rootId, 'hello');
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId: hello, httpMethod: 'GET', authorizationType: 'NONE' }));
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId: hello, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(functionArn) }));
    await deploy(apigw, apiId, 'prod');
    const call = async () => {
      const response = await fetch(invokeUrl(nimbus.endpoint, apiId, 'prod', '/hello'));
      return { status: response.status, body: await response.text() };
    };

    const refused = await call();
    assert.equal(refused.status, 500);
    assert.deepEqual(JSON.parse(refused.body), { message: 'Internal server error' });
    const permission = (StatementId: string, SourceArn: string) => lambda.send(new AddPermissionCommand({
      FunctionName: functionArn, StatementId, Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com', SourceArn,
    }));
    await permission('other-route', `arn:aws:execute-api:us-east-1:000000000000:${apiId}/*/GET/goodbye`);
    assert.equal((await call()).status, 500, 'a permission for another route does not cover this one');
    await permission('this-route', `arn:aws:execute-api:us-east-1:000000000000:${apiId}/*/GET/hello`);
    assert.deepEqual(await call(), { status: 200, body: 'hello from lambda' });
    await lambda.send(new RemovePermissionCommand({ FunctionName: functionArn, StatementId: 'this-route' }));
    assert.equal((await call()).status, 500);
  });

  it('answers an HTTP API 500 until the function lets apigateway.amazonaws.com invoke it for the API', async () => {
    const functionArn = await nodeFunction(lambda, `exports.handler = async () => ({ statusCode: 200, body: 'hello from an HTTP API' });`);
    const { ApiId } = await v2Client(nimbus.endpoint).send(new CreateApiCommand({ Name: uniqueName('quick'), ProtocolType: 'HTTP', Target: functionArn }));
    const refused = await invoke(nimbus.endpoint, ApiId!, '/anything');
    assert.equal(refused.status, 500);
    assert.deepEqual(JSON.parse(refused.body), { message: 'Internal Server Error' });
    await lambda.send(new AddPermissionCommand({
      FunctionName: functionArn, StatementId: 'http-api', Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com',
      SourceArn: `arn:aws:execute-api:us-east-1:000000000000:${ApiId}/*`,
    }));
    const served = await invoke(nimbus.endpoint, ApiId!, '/anything');
    assert.deepEqual([served.status, served.body], [200, 'hello from an HTTP API']);
  });

  it('sends an EventBridge event for a function whose policy does not name events.amazonaws.com for the rule to the target\'s dead-letter queue', async () => {
    const events = new EventBridgeClient(clientConfig(nimbus.endpoint));
    const deadLetters = await deadLetterQueue();
    const functionArn = await nodeFunction(lambda, `exports.handler = async () => 'ok';`);
    const Name = uniqueName('orders');
    const { RuleArn } = await events.send(new PutRuleCommand({ Name, EventPattern: JSON.stringify({ source: ['shop'] }) }));
    await events.send(new PutTargetsCommand({ Rule: Name, Targets: [{ Id: 'fn', Arn: functionArn, DeadLetterConfig: { Arn: deadLetters.arn } }] }));
    await lambda.send(new AddPermissionCommand({
      FunctionName: functionArn, StatementId: 'another-rule', Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: `${RuleArn}-other`,
    }));
    await events.send(new PutEventsCommand({ Entries: [{ Source: 'shop', DetailType: 'order', Detail: JSON.stringify({ id: 7 }) }] }));
    const body = await deadLetters.firstBody();
    assert.deepEqual((JSON.parse(body ?? '{}') as { detail?: unknown }).detail, { id: 7 });
  });

  it('drops an SNS delivery to a function whose policy does not let sns.amazonaws.com invoke it for the topic, to the subscription\'s dead-letter queue', async () => {
    const sns = new SNSClient(clientConfig(nimbus.endpoint));
    const deadLetters = await deadLetterQueue();
    const functionArn = await nodeFunction(lambda, `exports.handler = async () => 'ok';`);
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('alerts') }));
    await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'lambda', Endpoint: functionArn, Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetters.arn }) },
    }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'refused' }));
    const body = await deadLetters.firstBody();
    assert.equal((JSON.parse(body ?? '{}') as { Message?: string }).Message, 'refused');
  });
});
