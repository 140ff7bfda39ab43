import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, PutFunctionEventInvokeConfigCommand, UpdateFunctionConfigurationCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

describe('Lambda asynchronous invocation', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    sqs = new SQSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  async function queue(): Promise<{ url: string; arn: string }> {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('q') }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    return { url: QueueUrl!, arn: Attributes!.QueueArn! };
  }
  async function receiveOne(url: string) {
    for (;;) {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }));
      if (Messages?.length) return Messages[0]!;
    }
  }

  /** A function that reports each attempt on a queue (through its own SDK), then succeeds or fails. */
  async function reporter(fail: boolean): Promise<string> {
    const name = uniqueName('async');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Timeout: 30,
      Code: { ZipFile: zipOf({ 'index.js': `
        const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
        exports.handler = async (event, context) => {
          await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: event.attemptsQueue, MessageBody: context.awsRequestId }));
          if (${fail}) throw new Error('attempt failed');
          return { done: event.n };
        };` }) },
    }));
    return name;
  }

  it('answers 202, runs the event, and sends the success record to the on-success destination', async () => {
    const attempts = await queue();
    const success = await queue();
    const name = await reporter(false);
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: name, DestinationConfig: { OnSuccess: { Destination: success.arn } } }));
    const response = await lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify({ attemptsQueue: attempts.url, n: 5 })) }));
    assert.equal(response.StatusCode, 202);
    const attempt = await receiveOne(attempts.url);
    assert.equal(attempt.Body, response.$metadata.requestId);
    const record = JSON.parse((await receiveOne(success.url)).Body!);
    assert.equal(record.requestContext.condition, 'Success');
    assert.equal(record.requestContext.requestId, response.$metadata.requestId);
    assert.deepEqual(record.responsePayload, { done: 5 });
  });

  it('retries a failing event after one and two minutes of clock time, then sends it to the dead-letter queue', async () => {
    const attempts = await queue();
    const deadLetter = await queue();
    const name = await reporter(true);
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: name, DeadLetterConfig: { TargetArn: deadLetter.arn } }));
    const payload = JSON.stringify({ attemptsQueue: attempts.url });
    const response = await lambda.send(new InvokeCommand({ FunctionName: name, InvocationType: 'Event', Payload: new TextEncoder().encode(payload) }));
    await receiveOne(attempts.url);
    await advanceClock(nimbus.endpoint, 60);
    await receiveOne(attempts.url);
    await advanceClock(nimbus.endpoint, 120);
    await receiveOne(attempts.url);
    const dead = await receiveOne(deadLetter.url);
    assert.equal(dead.Body, payload);
    assert.equal(dead.MessageAttributes?.RequestID?.StringValue, response.$metadata.requestId);
    assert.equal(dead.MessageAttributes?.ErrorMessage?.StringValue, 'attempt failed');
  });
});
