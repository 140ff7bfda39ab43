import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as kinesis from '@aws-sdk/client-kinesis';
import * as sns from '@aws-sdk/client-sns';
import { DeleteFunctionCommand } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient } from '../lambda/support.js';
import { clients, eb, forwardingFunction, isEmpty, queue, sqs, uniqueName, type Clients } from './support.js';

interface DeadLetter {
  event: { id: string };
  attributes: Record<string, string>;
}

/** Waits for `count` dead-letter messages and deletes them; answers each event and its attributes. */
async function deadLetters(c: Clients, url: string, count: number): Promise<DeadLetter[]> {
  const found: DeadLetter[] = [];
  for (let round = 0; round < 15 && found.length < count; round++) {
    const { Messages = [] } = await c.queues.send(new sqs.ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 2, MessageAttributeNames: ['All'] }));
    for (const message of Messages) {
      await c.queues.send(new sqs.DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
      const attributes = Object.fromEntries(Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => {
        assert.equal(value.DataType, 'String');
        return [name, value.StringValue!];
      }));
      found.push({ event: JSON.parse(message.Body!) as { id: string }, attributes });
    }
  }
  return found;
}

/** The Nimbus clock, read through its public route. */
async function clockNow(endpoint: string): Promise<number> {
  const { now } = (await (await fetch(`${endpoint}/_nimbus/clock`)).json()) as { now: string };
  return Date.parse(now);
}

const FULL_SECOND = 1024 * 1024;

/**
 * A provisioned shard takes 1 MiB a second. This moves the clock to the start of a second and
 * writes 1 MiB there, so that a delivery made at once is throttled (ProvisionedThroughputExceeded).
 * When the machine is too slow to finish well within the second it tries again in the next one.
 */
async function fillShard(endpoint: string, client: kinesis.KinesisClient, StreamName: string): Promise<void> {
  for (let tries = 0; tries < 5; tries++) {
    const before = await clockNow(endpoint);
    await advanceClock(endpoint, (1000 - (before % 1000) + 5) / 1000);
    const second = Math.floor((await clockNow(endpoint)) / 1000);
    const written = await client.send(new kinesis.PutRecordCommand({ StreamName, PartitionKey: 'k', Data: new Uint8Array(FULL_SECOND - 1) })).then(() => true, () => false);
    const now = await clockNow(endpoint);
    if (written && Math.floor(now / 1000) === second && now % 1000 < 600) return;
  }
  throw new Error('could not fill a shard within one clock second');
}

/** The data of every record on a one-shard stream but the 1 MiB fillers. */
async function streamEvents(client: kinesis.KinesisClient, StreamName: string): Promise<Array<{ id: string }>> {
  const { StreamDescription } = await client.send(new kinesis.DescribeStreamCommand({ StreamName }));
  const { ShardIterator } = await client.send(new kinesis.GetShardIteratorCommand({ StreamName, ShardId: StreamDescription!.Shards![0]!.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
  const { Records = [] } = await client.send(new kinesis.GetRecordsCommand({ ShardIterator }));
  return Records.filter((record) => record.Data!.length < FULL_SECOND - 1).map((record) => JSON.parse(Buffer.from(record.Data!).toString('utf8')) as { id: string });
}

async function createStream(client: kinesis.KinesisClient): Promise<{ name: string; arn: string }> {
  const name = uniqueName('throttled');
  await client.send(new kinesis.CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
  const { StreamDescriptionSummary } = await client.send(new kinesis.DescribeStreamSummaryCommand({ StreamName: name }));
  return { name, arn: StreamDescriptionSummary!.StreamARN! };
}

/** A rule for one source with the given targets; answers the rule's ARN and a PutEvents for the source. */
async function ruleWith(c: Clients, targets: eb.Target[]): Promise<{ ruleArn: string; put: () => Promise<string> }> {
  const source = uniqueName('com.example.failures');
  const { RuleArn } = await c.events.send(new eb.PutRuleCommand({ Name: uniqueName('failing'), EventPattern: JSON.stringify({ source: [source] }) }));
  await c.events.send(new eb.PutTargetsCommand({ Rule: RuleArn!.split('/').pop(), Targets: targets }));
  return {
    ruleArn: RuleArn!,
    put: async () => (await c.events.send(new eb.PutEventsCommand({ Entries: [{ Source: source, DetailType: 'failing', Detail: '{}' }] }))).Entries![0]!.EventId!,
  };
}

describe('EventBridge target failures: retry policy and dead-letter queues', () => {
  let nimbus: Nimbus;
  let c: Clients;
  let streams: kinesis.KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
    streams = new kinesis.KinesisClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
  });
  after(() => nimbus.stop());

  it('sends an event whose target no longer exists to the dead-letter queue at once, without retries', async () => {
    const dlq = await queue(c, uniqueName('dlq'));
    const inbox = await queue(c, uniqueName('inbox'));
    const functionArn = await forwardingFunction(nimbus.endpoint, inbox.url);
    await lambdaClient(nimbus.endpoint).send(new DeleteFunctionCommand({ FunctionName: functionArn }));
    const topics = new sns.SNSClient(clientConfig(nimbus.endpoint));
    const { TopicArn } = await topics.send(new sns.CreateTopicCommand({ Name: uniqueName('deleted') }));
    await topics.send(new sns.DeleteTopicCommand({ TopicArn }));
    const gone = {
      queue: 'arn:aws:sqs:us-east-1:000000000000:no-such-queue',
      function: functionArn,
      topic: TopicArn!,
      logGroup: `arn:aws:logs:us-east-1:000000000000:log-group:/aws/events/${uniqueName('missing')}`,
      bus: 'arn:aws:events:us-east-1:000000000000:event-bus/no-such-bus',
    };
    const retryPolicy = { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 3600 };
    const { ruleArn, put } = await ruleWith(c, Object.entries(gone).map(([Id, Arn]) => ({ Id, Arn, RetryPolicy: retryPolicy, DeadLetterConfig: { Arn: dlq.arn } })));
    const eventId = await put();

    const letters = await deadLetters(c, dlq.url, 5);
    assert.deepEqual(letters.map((letter) => letter.attributes.TARGET_ARN).sort(), Object.values(gone).sort());
    for (const { event, attributes } of letters) {
      assert.equal(event.id, eventId);
      assert.deepEqual(Object.keys(attributes).sort(), ['ERROR_CODE', 'ERROR_MESSAGE', 'RETRY_ATTEMPTS', 'RULE_ARN', 'TARGET_ARN']);
      assert.equal(attributes.RULE_ARN, ruleArn);
      assert.equal(attributes.ERROR_CODE, 'NO_RESOURCE');
      assert.equal(attributes.RETRY_ATTEMPTS, '0');
    }
    const messageOf = (arn: string) => letters.find((letter) => letter.attributes.TARGET_ARN === arn)!.attributes.ERROR_MESSAGE;
    assert.equal(messageOf(gone.queue), 'The specified queue does not exist.');
    assert.equal(messageOf(gone.logGroup), 'The specified log group does not exist.');
  });

  it('dead-letters an event for a deleted stream', async () => {
    const dlq = await queue(c, uniqueName('dlq'));
    const stream = await createStream(streams);
    await streams.send(new kinesis.DeleteStreamCommand({ StreamName: stream.name }));
    const { put } = await ruleWith(c, [{ Id: 's', Arn: stream.arn, DeadLetterConfig: { Arn: dlq.arn } }]);
    const eventId = await put();
    const [letter] = await deadLetters(c, dlq.url, 1);
    assert.equal(letter!.event.id, eventId);
    assert.equal(letter!.attributes.ERROR_CODE, 'NO_RESOURCE');
    assert.equal(letter!.attributes.RETRY_ATTEMPTS, '0');
  });

  it('drops an event whose target is gone when no dead-letter queue is set', async () => {
    const later = await queue(c, uniqueName('later'));
    const { put } = await ruleWith(c, [{ Id: 'gone', Arn: 'arn:aws:sqs:us-east-1:000000000000:never-there' }, { Id: 'fine', Arn: later.arn }]);
    const eventId = await put();
    const [letter] = await deadLetters(c, later.url, 1);
    assert.equal(letter!.event.id, eventId, 'the target that exists still gets it');
  });

  it('puts a throttled delivery on the dead-letter queue when MaximumRetryAttempts is 0', async () => {
    const dlq = await queue(c, uniqueName('dlq'));
    const stream = await createStream(streams);
    const { ruleArn, put } = await ruleWith(c, [{ Id: 's', Arn: stream.arn, RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 }, DeadLetterConfig: { Arn: dlq.arn } }]);
    await fillShard(nimbus.endpoint, streams, stream.name);
    const eventId = await put();
    const [letter] = await deadLetters(c, dlq.url, 1);
    assert.equal(letter!.event.id, eventId);
    assert.deepEqual(letter!.attributes, {
      RULE_ARN: ruleArn, TARGET_ARN: stream.arn, ERROR_CODE: 'THROTTLING', ERROR_MESSAGE: letter!.attributes.ERROR_MESSAGE,
      RETRY_ATTEMPTS: '0', EXHAUSTED_RETRY_CONDITION: 'MaximumRetryAttempts',
    });
    assert.match(letter!.attributes.ERROR_MESSAGE!, /^Rate exceeded for shard shardId-000000000000/);
    assert.deepEqual(await streamEvents(streams, stream.name), []);
  });

  it('retries a throttled delivery on the clock and delivers it', async () => {
    const dlq = await queue(c, uniqueName('dlq'));
    const stream = await createStream(streams);
    const { put } = await ruleWith(c, [{ Id: 's', Arn: stream.arn, RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 }, DeadLetterConfig: { Arn: dlq.arn } }]);
    await fillShard(nimbus.endpoint, streams, stream.name);
    const eventId = await put();
    assert.deepEqual(await streamEvents(streams, stream.name), [], 'the first attempt was throttled');
    await advanceClock(nimbus.endpoint, 11);
    assert.deepEqual((await eventually(() => streamEvents(streams, stream.name))).map((event) => event.id), [eventId]);
    assert.equal(await isEmpty(c, dlq.url), true);
  });

  it('gives up a retry that comes due after MaximumEventAgeInSeconds', async () => {
    const dlq = await queue(c, uniqueName('dlq'));
    const stream = await createStream(streams);
    const { ruleArn, put } = await ruleWith(c, [{ Id: 's', Arn: stream.arn, RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 60 }, DeadLetterConfig: { Arn: dlq.arn } }]);
    await fillShard(nimbus.endpoint, streams, stream.name);
    const eventId = await put();
    assert.deepEqual(await streamEvents(streams, stream.name), []);
    await advanceClock(nimbus.endpoint, 120);
    const [letter] = await deadLetters(c, dlq.url, 1);
    assert.equal(letter!.event.id, eventId);
    assert.equal(letter!.attributes.RULE_ARN, ruleArn);
    assert.equal(letter!.attributes.ERROR_CODE, 'THROTTLING');
    assert.equal(letter!.attributes.RETRY_ATTEMPTS, '0');
    assert.equal(letter!.attributes.EXHAUSTED_RETRY_CONDITION, 'MaximumEventAgeInSeconds');
    assert.deepEqual(await streamEvents(streams, stream.name), []);
  });
});

describe('EventBridge retries across a restart', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nimbus-events-retry-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps a waiting retry and makes it after the restart', async () => {
    const first = await startTestNimbus({ ephemeral: false, dataDir });
    let c = clients(first.endpoint);
    let streams = new kinesis.KinesisClient(clientConfig(first.endpoint, { maxAttempts: 1 }));
    const stream = await createStream(streams);
    const { put } = await ruleWith(c, [{ Id: 's', Arn: stream.arn, RetryPolicy: { MaximumRetryAttempts: 3 } }]);
    await fillShard(first.endpoint, streams, stream.name);
    const eventId = await put();
    assert.deepEqual(await streamEvents(streams, stream.name), []);
    await first.stop();

    const second = await startTestNimbus({ ephemeral: false, dataDir });
    try {
      c = clients(second.endpoint);
      streams = new kinesis.KinesisClient(clientConfig(second.endpoint, { maxAttempts: 1 }));
      await advanceClock(second.endpoint, 15);
      assert.deepEqual((await eventually(() => streamEvents(streams, stream.name))).map((event) => event.id), [eventId]);
    } finally {
      await second.stop();
    }
  });
});

/** Polls until the answer is not empty (deliveries run after the call that causes them). */
async function eventually<T>(read: () => Promise<T[]>): Promise<T[]> {
  for (let round = 0; round < 100; round++) {
    const found = await read();
    if (found.length) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [];
}

