import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateFunctionCommand, GetFunctionEventInvokeConfigCommand, InvokeCommand, ListFunctionEventInvokeConfigsCommand, PublishVersionCommand,
  PutFunctionEventInvokeConfigCommand, UpdateFunctionConfigurationCommand, UpdateFunctionEventInvokeConfigCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import { CreateEventBusCommand, EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

interface InvocationRecord {
  requestContext: { requestId: string; functionArn: string; condition: string; approximateInvokeCount: number };
  requestPayload: { attemptsQueue?: string; n?: number };
  responseContext: { statusCode: number; functionError?: string };
  responsePayload: unknown;
}

describe('Lambda asynchronous invocation: retry and age limits, SNS, Lambda, EventBridge and S3 destinations', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let sns: SNSClient;
  let events: EventBridgeClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    sqs = new SQSClient(clientConfig(nimbus.endpoint));
    sns = new SNSClient(clientConfig(nimbus.endpoint));
    events = new EventBridgeClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  async function queue(): Promise<{ url: string; arn: string }> {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('q') }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    return { url: QueueUrl!, arn: Attributes!.QueueArn! };
  }
  async function receiveMessage(url: string): Promise<Message> {
    for (let poll = 0; poll < 10; poll++) {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1, MessageAttributeNames: ['All'] }));
      const message = Messages?.[0];
      if (!message) continue;
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
      return message;
    }
    throw new Error(`nothing arrived on ${url}`);
  }
  const receiveOne = async (url: string): Promise<string> => (await receiveMessage(url)).Body!;
  /** A topic whose messages arrive raw on a queue. */
  async function topicOnQueue(): Promise<{ topicArn: string; url: string }> {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('t') }));
    const target = await queue();
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: target.arn, Attributes: { RawMessageDelivery: 'true' } }));
    return { topicArn: TopicArn!, url: target.url };
  }
  /** A function that reports each attempt on the event's queue, then fails or answers. */
  async function reporter(fail: boolean): Promise<{ name: string; arn: string }> {
    const name = uniqueName('dest');
    const { FunctionArn } = await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Timeout: 30,
      Code: { ZipFile: zipOf({ 'index.js': `
        const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
        exports.handler = async (event) => {
          await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: event.attemptsQueue, MessageBody: JSON.stringify(event) }));
          if (${fail}) throw new Error('attempt failed');
          return { done: event.n };
        };` }) },
    }));
    return { name, arn: FunctionArn! };
  }
  const invokeEvent = (FunctionName: string, event: unknown) =>
    lambda.send(new InvokeCommand({ FunctionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(event)) }));

  it('with MaximumRetryAttempts 0 sends the first failure to an SNS on-failure destination', async () => {
    const attempts = await queue();
    const topic = await topicOnQueue();
    const fn = await reporter(true);
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: topic.topicArn } } }));
    const config = await lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: fn.name }));
    assert.equal(config.MaximumRetryAttempts, 0);
    const response = await invokeEvent(fn.name, { attemptsQueue: attempts.url, n: 1 });
    await receiveOne(attempts.url);
    const record = JSON.parse(await receiveOne(topic.url)) as InvocationRecord;
    assert.equal(record.requestContext.condition, 'RetriesExhausted');
    assert.equal(record.requestContext.approximateInvokeCount, 1);
    assert.equal(record.requestContext.requestId, response.$metadata.requestId);
    assert.equal(record.requestContext.functionArn, `${fn.arn}:$LATEST`);
    assert.equal(record.responseContext.functionError, 'Unhandled');
    assert.equal((record.responsePayload as { errorMessage: string }).errorMessage, 'attempt failed');
  });

  it('sends the success record to a Lambda on-success destination as that function\'s event', async () => {
    const attempts = await queue();
    const collected = await queue();
    const fn = await reporter(false);
    const { FunctionArn: collector } = await lambda.send(new CreateFunctionCommand({
      FunctionName: uniqueName('collector'), Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Timeout: 30,
      Environment: { Variables: { OUT_QUEUE: collected.url } },
      Code: { ZipFile: zipOf({ 'index.js': `
        const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
        exports.handler = (event) => new SQSClient({}).send(new SendMessageCommand({ QueueUrl: process.env.OUT_QUEUE, MessageBody: JSON.stringify(event) }));` }) },
    }));
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, DestinationConfig: { OnSuccess: { Destination: collector } } }));
    const response = await invokeEvent(fn.name, { attemptsQueue: attempts.url, n: 7 });
    await receiveOne(attempts.url);
    const record = JSON.parse(await receiveOne(collected.url)) as InvocationRecord;
    assert.equal(record.requestContext.condition, 'Success');
    assert.equal(record.requestContext.requestId, response.$metadata.requestId);
    assert.deepEqual(record.requestPayload, { attemptsQueue: attempts.url, n: 7 });
    assert.deepEqual(record.responsePayload, { done: 7 });
  });

  it('stops retrying once MaximumEventAgeInSeconds has passed and puts the failure on an event bus', async () => {
    const attempts = await queue();
    const matched = await queue();
    const { EventBusArn } = await events.send(new CreateEventBusCommand({ Name: uniqueName('results') }));
    const busName = EventBusArn!.split('/').pop()!;
    await events.send(new PutRuleCommand({
      Name: 'failures', EventBusName: busName,
      EventPattern: JSON.stringify({ source: ['lambda'], 'detail-type': ['Lambda Function Invocation Result - Failure'] }),
    }));
    await events.send(new PutTargetsCommand({ Rule: 'failures', EventBusName: busName, Targets: [{ Id: 'queue', Arn: matched.arn }] }));
    const fn = await reporter(true);
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumEventAgeInSeconds: 90, DestinationConfig: { OnFailure: { Destination: EventBusArn! } } }));
    await invokeEvent(fn.name, { attemptsQueue: attempts.url });
    await receiveOne(attempts.url);
    await advanceClock(nimbus.endpoint, 60);
    await receiveOne(attempts.url);
    const event = JSON.parse(await receiveOne(matched.url)) as { source: string; 'detail-type': string; resources: string[]; detail: InvocationRecord };
    assert.equal(event.source, 'lambda');
    assert.equal(event['detail-type'], 'Lambda Function Invocation Result - Failure');
    assert.deepEqual(event.resources, [EventBusArn, `${fn.arn}:$LATEST`]);
    assert.equal(event.detail.requestContext.condition, 'EventAgeExceeded');
    assert.equal(event.detail.requestContext.approximateInvokeCount, 2);
  });

  it('sends an event that failed every attempt to an SNS dead-letter topic', async () => {
    const attempts = await queue();
    const topic = await topicOnQueue();
    const fn = await reporter(true);
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: fn.name, DeadLetterConfig: { TargetArn: topic.topicArn } }));
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumRetryAttempts: 0 }));
    const payload = JSON.stringify({ attemptsQueue: attempts.url, n: 3 });
    const { requestId } = (await lambda.send(new InvokeCommand({ FunctionName: fn.name, InvocationType: 'Event', Payload: new TextEncoder().encode(payload) }))).$metadata;
    await receiveOne(attempts.url);
    const dead = await receiveMessage(topic.url);
    assert.equal(dead.Body, payload);
    assert.deepEqual(
      Object.fromEntries(Object.entries(dead.MessageAttributes ?? {}).map(([name, value]) => [name, [value.DataType, value.StringValue]])),
      { RequestID: ['String', requestId], ErrorCode: ['Number', '200'], ErrorMessage: ['String', 'attempt failed'] },
    );
  });

  it('writes the record of a failed event to an S3 on-failure destination, one object per event', async () => {
    const s3 = new S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true }));
    const Bucket = uniqueName('failures');
    await s3.send(new CreateBucketCommand({ Bucket }));
    const attempts = await queue();
    const fn = await reporter(true);
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: `arn:aws:s3:::${Bucket}` } } }));
    const response = await invokeEvent(fn.name, { attemptsQueue: attempts.url, n: 5 });
    await receiveOne(attempts.url);
    const Prefix = `aws/lambda/async/${fn.name}/`;
    let keys: string[] = [];
    for (let poll = 0; poll < 100 && !keys.length; poll++) {
      keys = ((await s3.send(new ListObjectsV2Command({ Bucket, Prefix }))).Contents ?? []).map((object) => object.Key!);
      if (!keys.length) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(keys.length, 1);
    assert.match(keys[0]!, new RegExp(`^${Prefix}(\\d{4})/(\\d{2})/(\\d{2})/\\1-\\2-\\3T\\d{2}\\.\\d{2}\\.\\d{2}-[0-9a-f-]{36}$`));
    const object = await s3.send(new GetObjectCommand({ Bucket, Key: keys[0] }));
    const record = JSON.parse(await object.Body!.transformToString()) as InvocationRecord;
    assert.equal(record.requestContext.condition, 'RetriesExhausted');
    assert.equal(record.requestContext.requestId, response.$metadata.requestId);
    assert.deepEqual(record.requestPayload, { attemptsQueue: attempts.url, n: 5 });
    assert.equal((record.responsePayload as { errorMessage: string }).errorMessage, 'attempt failed');
  });

  it('keeps a configuration per qualifier: Update changes only what it names, List shows each, an empty Put is refused', async () => {
    const topic = await topicOnQueue();
    const fn = await reporter(false);
    await lambda.send(new PublishVersionCommand({ FunctionName: fn.name }));
    const empty = await failure(lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name })));
    assert.equal(empty.name, 'InvalidParameterValueException');
    const missing = await failure(lambda.send(new UpdateFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumRetryAttempts: 1 })));
    assert.equal(missing.name, 'ResourceNotFoundException');

    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumRetryAttempts: 1, DestinationConfig: { OnFailure: { Destination: topic.topicArn } } }));
    await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: fn.name, Qualifier: '1', MaximumEventAgeInSeconds: 120 }));
    const updated = await lambda.send(new UpdateFunctionEventInvokeConfigCommand({ FunctionName: fn.name, MaximumEventAgeInSeconds: 600 }));
    assert.equal(updated.MaximumRetryAttempts, 1);
    assert.equal(updated.MaximumEventAgeInSeconds, 600);
    assert.deepEqual(updated.DestinationConfig, { OnFailure: { Destination: topic.topicArn } });

    const { FunctionEventInvokeConfigs } = await lambda.send(new ListFunctionEventInvokeConfigsCommand({ FunctionName: fn.name }));
    assert.deepEqual(FunctionEventInvokeConfigs?.map((config) => [config.FunctionArn, config.MaximumEventAgeInSeconds]), [
      [`${fn.arn}:$LATEST`, 600],
      [`${fn.arn}:1`, 120],
    ]);
    const firstPage = await lambda.send(new ListFunctionEventInvokeConfigsCommand({ FunctionName: fn.name, MaxItems: 1 }));
    assert.equal(firstPage.FunctionEventInvokeConfigs?.length, 1);
    const secondPage = await lambda.send(new ListFunctionEventInvokeConfigsCommand({ FunctionName: fn.name, Marker: firstPage.NextMarker }));
    assert.equal(secondPage.FunctionEventInvokeConfigs?.[0]?.FunctionArn, `${fn.arn}:1`);
  });
});
