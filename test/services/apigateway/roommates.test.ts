import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import {
  PutIntegrationCommand, PutMethodCommand, type APIGatewayClient,
} from '@aws-sdk/client-api-gateway';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { eventually, outbox } from '../sns/support.js';
import { child, clients, corsMethod, deploy, invokeByHost, invokeUrl, lambdaUri, newApi, nodeFunction, uniqueName } from './support.js';

const SIGNUP_HANDLER = `
const { SNSClient, PublishCommand } = require('@aws-sdk/client-sns');
const sns = new SNSClient({});
exports.handler = async (event) => {
  const { name } = JSON.parse(event.body);
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Subject: 'New roommate', Message: name + ' signed up' }));
  return {
    statusCode: 201,
    headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' },
    body: JSON.stringify({ welcome: name, resource: event.resource, path: event.path, method: event.httpMethod, stage: event.requestContext.stage,
      query: event.queryStringParameters, multi: event.multiValueQueryStringParameters, requestId: event.requestContext.requestId,
      apiId: event.requestContext.apiId, resourcePath: event.requestContext.resourcePath, base64: event.isBase64Encoded,
      headerNames: Object.keys(event.headers), lastTag: event.headers['X-Tag'], tags: event.multiValueHeaders['X-Tag'] }),
  };
};`;

describe('API Gateway: the roommates sign-up (POST /sns through Lambda to SNS, CORS preflight)', () => {
  let nimbus: Nimbus;
  let apigw: APIGatewayClient;
  let lambda: LambdaClient;
  let apiId: string;
  let topicArn: string;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ apigw, lambda } = clients(nimbus.endpoint));
    const sns = new SNSClient(clientConfig(nimbus.endpoint));
    topicArn = (await sns.send(new CreateTopicCommand({ Name: uniqueName('roommates') }))).TopicArn!;
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'email', Endpoint: 'flat@example.com' }));
    const confirmation = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.endpoint === 'flat@example.com'));
    await fetch(/Confirm subscription: (\S+)/.exec(confirmation.message)![1]!);

    const functionArn = await nodeFunction(lambda, SIGNUP_HANDLER, { TOPIC_ARN: topicArn });
    const api = await newApi(apigw);
    apiId = api.apiId;
    const resourceId = await child(apigw, apiId, api.rootId, 'sns');
    await apigw.send(new PutMethodCommand({ restApiId: apiId, resourceId, httpMethod: 'POST', authorizationType: 'NONE' }));
    await apigw.send(new PutIntegrationCommand({ restApiId: apiId, resourceId, httpMethod: 'POST', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: lambdaUri(functionArn) }));
    await corsMethod(apigw, apiId, resourceId);
    await deploy(apigw, apiId, 'prod');
  });
  after(() => nimbus.stop());

  it('POST /sns runs the function with the proxy event and the message reaches the email outbox', async () => {
    const response = await fetch(`${invokeUrl(nimbus.endpoint, apiId, 'prod', '/sns')}?via=web&via=app`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://app.example' }, body: JSON.stringify({ name: 'Ada' }),
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const requestId = response.headers.get('x-amzn-requestid');
    assert.ok(requestId);
    assert.ok(response.headers.get('x-amz-apigw-id'));
    const { headerNames: _names, lastTag: _last, tags: _tags, ...body } = await response.json() as Record<string, unknown>;
    assert.deepEqual(body, {
      welcome: 'Ada', resource: '/sns', path: '/sns', method: 'POST', stage: 'prod', query: { via: 'app' }, multi: { via: ['web', 'app'] },
      requestId, apiId, resourcePath: '/sns', base64: false,
    });
    const mail = await eventually(async () => (await outbox(nimbus.endpoint)).find((message) => message.message === 'Ada signed up'));
    assert.equal(mail.endpoint, 'flat@example.com');
    assert.equal(mail.subject, 'New roommate');
  });

  it('hands the function the headers as the client wrote them, a repeated one with every value', async () => {
    const url = new URL(invokeUrl(nimbus.endpoint, apiId, 'prod', '/sns'));
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST' }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', reject);
      request.setHeader('Content-Type', 'application/json');
      request.setHeader('X-Tag', ['first', 'second']);
      request.end(JSON.stringify({ name: 'Grace' }));
    });
    assert.equal(answer.status, 201, answer.body);
    const body = JSON.parse(answer.body) as { headerNames: string[]; lastTag: string; tags: string[] };
    assert.ok(body.headerNames.includes('Content-Type'), body.headerNames.join());
    assert.ok(body.headerNames.includes('X-Tag'));
    assert.ok(!body.headerNames.includes('content-type'));
    assert.equal(body.lastTag, 'second');
    assert.deepEqual(body.tags, ['first', 'second']);
  });

  it('answers the browser preflight from the OPTIONS MOCK method with the CORS headers', async () => {
    const response = await invokeByHost(nimbus.port, apiId, 'prod', '/sns', {
      method: 'OPTIONS', headers: { origin: 'http://app.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('access-control-allow-methods'), 'OPTIONS,POST');
    assert.equal(response.headers.get('access-control-allow-headers'), 'Content-Type,X-Amz-Date,Authorization,X-Api-Key');
  });

  it('answers unknown paths and stages as API Gateway does', async () => {
    const unknownPath = await fetch(invokeUrl(nimbus.endpoint, apiId, 'prod', '/nowhere'));
    assert.equal(unknownPath.status, 403);
    assert.equal(unknownPath.headers.get('x-amzn-errortype'), 'MissingAuthenticationTokenException');
    assert.deepEqual(await unknownPath.json(), { message: 'Missing Authentication Token' });
    const wrongVerb = await invokeByHost(nimbus.port, apiId, 'prod', '/sns', { method: 'GET' });
    assert.equal(wrongVerb.status, 403);
    const unknownStage = await fetch(invokeUrl(nimbus.endpoint, apiId, 'nostage', '/sns'), { method: 'POST' });
    assert.equal(unknownStage.status, 403);
    assert.deepEqual(await unknownStage.json(), { message: 'Forbidden' });
  });
});
