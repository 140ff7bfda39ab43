import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CreateEventSourceMappingCommand, CreateFunctionCommand, DeleteEventSourceMappingCommand, GetEventSourceMappingCommand,
  ListEventSourceMappingsCommand, UpdateEventSourceMappingCommand, type LambdaClient,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateStreamCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { failure, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

/** A handler that reports each event it gets on the queue in REPORT_QUEUE, through its own SDK, then runs `then`. */
function reportingHandler(then: string): string {
  return `
    const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
    exports.handler = async (event) => {
      await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: process.env.REPORT_QUEUE, MessageBody: JSON.stringify(event) }));
      ${then}
    };`;
}

/** A record of the SQS or Kinesis event, as the function received it. */
interface EventRecord {
  body: string;
  receiptHandle: string;
  md5OfBody: string;
  attributes: Record<string, string>;
  messageAttributes: Record<string, unknown>;
  eventSource: string;
  eventSourceARN: string;
  eventID: string;
  eventName: string;
  awsRegion: string;
  invokeIdentityArn: string;
  kinesis: { data: string; sequenceNumber: string; partitionKey: string; kinesisSchemaVersion: string; approximateArrivalTimestamp: unknown };
}

interface FailureRecord {
  requestContext: { condition: string; approximateInvokeCount: number };
  responseContext: { functionError: string };
  KinesisBatchInfo: { shardId: string; startSequenceNumber: string; batchSize: number; streamArn: string };
}

describe('Lambda event source mappings', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let sqs: SQSClient;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    sqs = new SQSClient(clientConfig(nimbus.endpoint));
    kinesis = new KinesisClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  async function queue(attributes: Record<string, string> = {}, suffix = ''): Promise<{ url: string; arn: string }> {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('q') + suffix, Attributes: attributes }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    return { url: QueueUrl!, arn: Attributes!.QueueArn! };
  }
  async function fn(source: string, variables: Record<string, string> = {}): Promise<string> {
    const name = uniqueName('esm');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Timeout: 30,
      Code: { ZipFile: zipOf({ 'index.js': source }) }, Environment: { Variables: variables },
    }));
    return name;
  }
  /** The next event a reporting handler saw. */
  async function nextReport<T = { Records: EventRecord[] }>(url: string): Promise<T> {
    for (;;) {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1 }));
      if (Messages?.length) return JSON.parse(Messages[0]!.Body!) as T;
    }
  }
  async function counts(url: string): Promise<{ visible: number; inFlight: number }> {
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    return { visible: Number(Attributes!.ApproximateNumberOfMessages), inFlight: Number(Attributes!.ApproximateNumberOfMessagesNotVisible) };
  }
  async function until(check: () => Promise<boolean>): Promise<void> {
    while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  it('creates, gets, lists, updates and deletes a mapping with its states', async () => {
    const source = await queue();
    const name = await fn('exports.handler = async () => {};');
    const created = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn, BatchSize: 5 }));
    assert.equal(created.$metadata.httpStatusCode, 202);
    assert.equal(created.State, 'Creating');
    assert.equal(created.BatchSize, 5);
    assert.equal(created.EventSourceArn, source.arn);
    assert.match(created.FunctionArn!, new RegExp(`:function:${name}$`));
    assert.match(created.UUID!, /^[0-9a-f-]{36}$/);
    await advanceClock(nimbus.endpoint, 1);
    const got = await lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID }));
    assert.equal(got.State, 'Enabled');
    const byFunction = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: name }));
    assert.deepEqual(byFunction.EventSourceMappings!.map((mapping) => mapping.UUID), [created.UUID]);
    const bySource = await lambda.send(new ListEventSourceMappingsCommand({ EventSourceArn: source.arn }));
    assert.deepEqual(bySource.EventSourceMappings!.map((mapping) => mapping.UUID), [created.UUID]);
    const duplicate = await failure(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn })));
    assert.equal(duplicate.name, 'ResourceConflictException');
    assert.equal(duplicate.$metadata.httpStatusCode, 409);
    const disabling = await lambda.send(new UpdateEventSourceMappingCommand({ UUID: created.UUID, Enabled: false, BatchSize: 7 }));
    assert.equal(disabling.State, 'Disabling');
    assert.equal(disabling.BatchSize, 7);
    await advanceClock(nimbus.endpoint, 1);
    assert.equal((await lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID }))).State, 'Disabled');
    const deleted = await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID }));
    assert.equal(deleted.State, 'Deleting');
    const gone = await failure(lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID })));
    assert.equal(gone.name, 'ResourceNotFoundException');
    assert.equal(gone.$metadata.httpStatusCode, 404);
  });

  it('refuses settings AWS refuses', async () => {
    const source = await queue();
    const name = await fn('exports.handler = async () => {};');
    const tooBig = await failure(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn, BatchSize: 100 })));
    assert.equal(tooBig.name, 'InvalidParameterValueException');
    assert.equal(tooBig.$metadata.httpStatusCode, 400);
    const noFunction = await failure(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: uniqueName('missing'), EventSourceArn: source.arn })));
    assert.equal(noFunction.name, 'ResourceNotFoundException');
    const stream = 'arn:aws:kinesis:us-east-1:000000000000:stream/none';
    const noPosition = await failure(lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: stream })));
    assert.equal(noPosition.name, 'InvalidParameterValueException');
  });

  it('delivers SQS messages as the SQS event and deletes them on success', async () => {
    const source = await queue();
    const report = await queue();
    const name = await fn(reportingHandler('return {};'), { REPORT_QUEUE: report.url });
    await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: 'hello', MessageAttributes: { colour: { DataType: 'String', StringValue: 'blue' } } }));
    await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn, BatchSize: 10 }));
    const event = await nextReport(report.url);
    assert.equal(event.Records.length, 1);
    const [record] = event.Records;
    assert.equal(record!.body, 'hello');
    assert.equal(record!.eventSource, 'aws:sqs');
    assert.equal(record!.eventSourceARN, source.arn);
    assert.equal(record!.awsRegion, 'us-east-1');
    assert.equal(record!.md5OfBody, '5d41402abc4b2a76b9719d911017c592');
    assert.equal(record!.attributes.ApproximateReceiveCount, '1');
    assert.ok(record!.receiptHandle);
    assert.deepEqual(record!.messageAttributes.colour, { stringValue: 'blue', stringListValues: [], binaryListValues: [], dataType: 'String' });
    await until(async () => {
      const { visible, inFlight } = await counts(source.url);
      return visible === 0 && inFlight === 0;
    });
  });

  it('with ReportBatchItemFailures deletes the processed messages and leaves exactly the failed ones', async () => {
    const source = await queue({ VisibilityTimeout: '5' });
    const report = await queue();
    const name = await fn(reportingHandler(`
      return { batchItemFailures: event.Records.filter((r) => r.body.startsWith('fail')).map((r) => ({ itemIdentifier: r.messageId })) };`), { REPORT_QUEUE: report.url });
    for (const body of ['ok-1', 'fail-1', 'ok-2', 'fail-2', 'ok-3']) await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: body }));
    const { UUID } = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: name, EventSourceArn: source.arn, BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'],
    }));
    const event = await nextReport(report.url);
    assert.equal(event.Records.length, 5);
    await until(async () => (await counts(source.url)).inFlight === 2);
    await lambda.send(new UpdateEventSourceMappingCommand({ UUID, Enabled: false }));
    await advanceClock(nimbus.endpoint, 6);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: source.url, MaxNumberOfMessages: 10 }));
    assert.deepEqual(Messages!.map((message) => message.Body).sort(), ['fail-1', 'fail-2']);
  });

  it('leaves a failed batch in flight for the visibility timeout, then SQS redrives it by maxReceiveCount', async () => {
    const deadLetter = await queue();
    const source = await queue({ VisibilityTimeout: '5', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetter.arn, maxReceiveCount: 2 }) });
    const report = await queue();
    const name = await fn(reportingHandler(`throw new Error('cannot process');`), { REPORT_QUEUE: report.url });
    await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: 'poison' }));
    await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn, BatchSize: 1 }));
    const first = await nextReport(report.url);
    assert.equal(first.Records[0]!.attributes.ApproximateReceiveCount, '1');
    await until(async () => (await counts(source.url)).inFlight === 1);
    await advanceClock(nimbus.endpoint, 6);
    const second = await nextReport(report.url);
    assert.equal(second.Records[0]!.attributes.ApproximateReceiveCount, '2');
    await advanceClock(nimbus.endpoint, 6);
    await until(async () => (await counts(deadLetter.url)).visible === 1);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: deadLetter.url }));
    assert.equal(Messages?.[0]?.Body, 'poison');
  });

  it('waits up to the batching window to fill a batch', async () => {
    const source = await queue();
    const report = await queue();
    const name = await fn(reportingHandler('return {};'), { REPORT_QUEUE: report.url });
    await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: 'first' }));
    await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn, BatchSize: 20, MaximumBatchingWindowInSeconds: 5 }));
    await until(async () => (await counts(source.url)).inFlight === 1);
    for (const body of ['second', 'third']) await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: body }));
    await advanceClock(nimbus.endpoint, 5);
    const event = await nextReport(report.url);
    assert.deepEqual(event.Records.map((record) => record.body), ['first', 'second', 'third']);
  });

  it('keeps FIFO order within a message group', async () => {
    const source = await queue({ FifoQueue: 'true', ContentBasedDeduplication: 'true' }, '.fifo');
    const report = await queue();
    const name = await fn(reportingHandler('return {};'), { REPORT_QUEUE: report.url });
    for (let n = 0; n < 4; n++) await sqs.send(new SendMessageCommand({ QueueUrl: source.url, MessageBody: `m${n}`, MessageGroupId: 'g' }));
    await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: source.arn, BatchSize: 2 }));
    const bodies: string[] = [];
    while (bodies.length < 4) {
      const event = await nextReport(report.url);
      for (const record of event.Records) {
        assert.equal(record.attributes.MessageGroupId, 'g');
        bodies.push(record.body);
      }
    }
    assert.deepEqual(bodies, ['m0', 'm1', 'm2', 'm3']);
  });

  it('delivers Kinesis records in order as the Kinesis event', async () => {
    const streamName = uniqueName('stream');
    await kinesis.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: 1 }));
    const streamArn = `arn:aws:kinesis:us-east-1:000000000000:stream/${streamName}`;
    const sequenceNumbers: string[] = [];
    for (let n = 0; n < 5; n++) {
      const put = await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'pk', Data: new TextEncoder().encode(`record-${n}`) }));
      sequenceNumbers.push(put.SequenceNumber!);
    }
    const report = await queue();
    const name = await fn(reportingHandler('return {};'), { REPORT_QUEUE: report.url });
    const created = await lambda.send(new CreateEventSourceMappingCommand({ FunctionName: name, EventSourceArn: streamArn, StartingPosition: 'TRIM_HORIZON', BatchSize: 2 }));
    assert.equal(created.StartingPosition, 'TRIM_HORIZON');
    assert.equal(created.MaximumRetryAttempts, -1);
    const records: EventRecord[] = [];
    while (records.length < 5) records.push(...(await nextReport(report.url)).Records);
    assert.deepEqual(records.map((record) => Buffer.from(record.kinesis.data, 'base64').toString()), ['record-0', 'record-1', 'record-2', 'record-3', 'record-4']);
    assert.deepEqual(records.map((record) => record.kinesis.sequenceNumber), sequenceNumbers);
    const [first] = records;
    assert.equal(first!.eventID, `shardId-000000000000:${sequenceNumbers[0]}`);
    assert.equal(first!.kinesis.kinesisSchemaVersion, '1.0');
    assert.equal(first!.kinesis.partitionKey, 'pk');
    assert.equal(typeof first!.kinesis.approximateArrivalTimestamp, 'number');
    assert.equal(first!.eventSource, 'aws:kinesis');
    assert.equal(first!.eventName, 'aws:kinesis:record');
    assert.equal(first!.eventSourceARN, streamArn);
    assert.equal(first!.invokeIdentityArn, ROLE);
    await until(async () => (await lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID }))).LastProcessingResult === 'OK');
  });

  it('bisects a failing Kinesis batch to isolate the bad record', async () => {
    const streamName = uniqueName('stream');
    await kinesis.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: 1 }));
    const streamArn = `arn:aws:kinesis:us-east-1:000000000000:stream/${streamName}`;
    const sequenceNumbers: Record<string, string> = {};
    for (const data of ['a', 'b', 'poison', 'c']) {
      sequenceNumbers[data] = (await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'pk', Data: new TextEncoder().encode(data) }))).SequenceNumber!;
    }
    const report = await queue();
    const onFailure = await queue();
    const name = await fn(`
      const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
      exports.handler = async (event) => {
        const data = event.Records.map((r) => Buffer.from(r.kinesis.data, 'base64').toString());
        if (data.includes('poison')) throw new Error('poison');
        await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: process.env.REPORT_QUEUE, MessageBody: JSON.stringify(data) }));
      };`, { REPORT_QUEUE: report.url });
    await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: name, EventSourceArn: streamArn, StartingPosition: 'TRIM_HORIZON', BatchSize: 4,
      BisectBatchOnFunctionError: true, MaximumRetryAttempts: 0, DestinationConfig: { OnFailure: { Destination: onFailure.arn } },
    }));
    const failed = await nextReport<FailureRecord>(onFailure.url);
    assert.equal(failed.KinesisBatchInfo.batchSize, 1);
    assert.equal(failed.KinesisBatchInfo.startSequenceNumber, sequenceNumbers.poison);
    const delivered: string[] = [];
    while (delivered.length < 3) delivered.push(...await nextReport<string[]>(report.url));
    assert.deepEqual(delivered, ['a', 'b', 'c']);
  });

  it('sends a Kinesis batch that exhausts its retries to the on-failure destination', async () => {
    const streamName = uniqueName('stream');
    await kinesis.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: 1 }));
    const streamArn = `arn:aws:kinesis:us-east-1:000000000000:stream/${streamName}`;
    const put = await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'pk', Data: new TextEncoder().encode('poison') }));
    const onFailure = await queue();
    const name = await fn("exports.handler = async () => { throw new Error('no'); };");
    const { UUID } = await lambda.send(new CreateEventSourceMappingCommand({
      FunctionName: name, EventSourceArn: streamArn, StartingPosition: 'TRIM_HORIZON', MaximumRetryAttempts: 1,
      DestinationConfig: { OnFailure: { Destination: onFailure.arn } },
    }));
    const record = await nextReport<FailureRecord>(onFailure.url);
    assert.equal(record.requestContext.condition, 'RetryAttemptsExhausted');
    assert.equal(record.requestContext.approximateInvokeCount, 2);
    assert.equal(record.responseContext.functionError, 'Unhandled');
    assert.equal(record.KinesisBatchInfo.shardId, 'shardId-000000000000');
    assert.equal(record.KinesisBatchInfo.startSequenceNumber, put.SequenceNumber);
    assert.equal(record.KinesisBatchInfo.batchSize, 1);
    assert.equal(record.KinesisBatchInfo.streamArn, streamArn);
    const mapping = await lambda.send(new GetEventSourceMappingCommand({ UUID }));
    assert.equal(mapping.LastProcessingResult, 'PROBLEM: Function call failed');
    assert.deepEqual(mapping.DestinationConfig, { OnFailure: { Destination: onFailure.arn } });
  });
});

describe('Lambda event source mappings across restarts', () => {
  it('resumes a Kinesis mapping from its checkpoint when Nimbus starts again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nimbus-esm-'));
    const dataDir = join(root, 'data');
    const reportName = uniqueName('report');
    const streamName = uniqueName('stream');
    const first = await startTestNimbus({ ephemeral: false, dataDir });
    let uuid: string;
    try {
      const lambda = lambdaClient(first.endpoint);
      const sqs = new SQSClient(clientConfig(first.endpoint));
      const kinesis = new KinesisClient(clientConfig(first.endpoint));
      await sqs.send(new CreateQueueCommand({ QueueName: reportName }));
      await kinesis.send(new CreateStreamCommand({ StreamName: streamName, ShardCount: 1 }));
      const name = uniqueName('resume');
      await lambda.send(new CreateFunctionCommand({
        FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Timeout: 30,
        Code: { ZipFile: zipOf({ 'index.js': `
          const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
          exports.handler = async (event) => {
            const QueueUrl = process.env.AWS_ENDPOINT_URL + '/000000000000/${reportName}';
            for (const record of event.Records) {
              await new SQSClient({}).send(new SendMessageCommand({ QueueUrl, MessageBody: Buffer.from(record.kinesis.data, 'base64').toString() }));
            }
          };` }) },
      }));
      await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'pk', Data: new TextEncoder().encode('before') }));
      ({ UUID: uuid } = await lambda.send(new CreateEventSourceMappingCommand({
        FunctionName: name, EventSourceArn: `arn:aws:kinesis:us-east-1:000000000000:stream/${streamName}`, StartingPosition: 'TRIM_HORIZON',
      })) as { UUID: string });
      assert.deepEqual(await bodies(sqs, `${first.endpoint}/000000000000/${reportName}`, 1), ['before']);
      while ((await lambda.send(new GetEventSourceMappingCommand({ UUID: uuid }))).LastProcessingResult !== 'OK') await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await first.stop();
    }
    const second = await startTestNimbus({ ephemeral: false, dataDir });
    try {
      const sqs = new SQSClient(clientConfig(second.endpoint));
      const kinesis = new KinesisClient(clientConfig(second.endpoint));
      await kinesis.send(new PutRecordCommand({ StreamName: streamName, PartitionKey: 'pk', Data: new TextEncoder().encode('after') }));
      assert.deepEqual(await bodies(sqs, `${second.endpoint}/000000000000/${reportName}`, 1), ['after']);
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: `${second.endpoint}/000000000000/${reportName}`, WaitTimeSeconds: 2 }));
      assert.equal(Messages, undefined);
    } finally {
      await second.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

async function bodies(sqs: SQSClient, url: string, count: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < count) {
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1 }));
    for (const message of Messages ?? []) {
      out.push(message.Body!);
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
    }
  }
  return out;
}
