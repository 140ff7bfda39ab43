import { PutEventsCommand, PutRuleCommand, PutTargetsCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import {
  CreateStreamCommand, DescribeStreamSummaryCommand, GetRecordsCommand, GetShardIteratorCommand, PutRecordCommand, PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import { CreateTopicCommand, PublishCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Clients } from './clients.js';
import type { Operation } from './operations.js';
import { awaitMessages, deliveryLatency, targetQueue } from './queues.js';

const LATENCY = { warmup: 5, minCalls: 100, maxCalls: 300, budgetMs: 3000, concurrency: 1 };
const STREAM = 'bench-stream';
const SHARDS = 4;
const READ_BATCH = 100;
const RECORD = Buffer.alloc(100, 'k');

const marker = (i: number) => `m${i}x${Math.random().toString(36).slice(2)}`;

/** A topic with one SQS subscription (the SNS envelope, not raw). */
async function fanOut(clients: Clients, name: string): Promise<{ topicArn: string; queueUrl: string }> {
  const topicArn = (await clients.sns.send(new CreateTopicCommand({ Name: name }))).TopicArn!;
  const queue = await targetQueue(clients.sqs, name, 'sns.amazonaws.com');
  await clients.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queue.arn }));
  return { topicArn, queueUrl: queue.url };
}

/** A rule on the default bus matching `source`, with one SQS target. */
async function eventRoute(clients: Clients, name: string, source: string): Promise<string> {
  const queue = await targetQueue(clients.sqs, name, 'events.amazonaws.com');
  await clients.events.send(new PutRuleCommand({ Name: name, EventPattern: JSON.stringify({ source: [source] }) }));
  const out = await clients.events.send(new PutTargetsCommand({ Rule: name, Targets: [{ Id: 'queue', Arn: queue.arn }] }));
  if (out.FailedEntryCount) throw new Error(`PutTargets failed: ${JSON.stringify(out.FailedEntries)}`);
  return queue.url;
}

async function putEvent(events: EventBridgeClient, source: string, detail: object): Promise<void> {
  const out = await events.send(new PutEventsCommand({ Entries: [{ Source: source, DetailType: 'bench', Detail: JSON.stringify(detail) }] }));
  if (out.FailedEntryCount) throw new Error(`PutEvents failed: ${JSON.stringify(out.Entries)}`);
}

function snsOperations(): Operation[] {
  let sink: { topicArn: string; queueUrl: string } | undefined;
  let path: { topicArn: string; queueUrl: string } | undefined;
  return [
    {
      name: 'SNS Publish (1 SQS subscription, delivery included)',
      setup: async (clients) => { sink = await fanOut(clients, 'bench-publish'); },
      run: async ({ sns }, _f, i) => { await sns.send(new PublishCommand({ TopicArn: sink!.topicArn, Message: `message ${i}` })); },
      settle: ({ sqs }, _f, calls) => awaitMessages(sqs, sink!.queueUrl, calls),
    },
    {
      name: 'SNS Publish → SQS ReceiveMessage (long poll)',
      kind: 'latency',
      measure: LATENCY,
      setup: async (clients) => { path = await fanOut(clients, 'bench-fanout'); },
      run: ({ sns, sqs }, _f, i) => {
        const m = marker(i);
        return deliveryLatency(sqs, path!.queueUrl, m, () => sns.send(new PublishCommand({ TopicArn: path!.topicArn, Message: m })));
      },
    },
  ];
}

function eventBridgeOperations(): Operation[] {
  let sinkUrl: string | undefined;
  let pathUrl: string | undefined;
  return [
    {
      name: 'EventBridge PutEvents (1 SQS target, delivery included)',
      setup: async (clients) => { sinkUrl = await eventRoute(clients, 'bench-events', 'nimbus.bench'); },
      run: ({ events }, _f, i) => putEvent(events, 'nimbus.bench', { n: i }),
      settle: ({ sqs }, _f, calls) => awaitMessages(sqs, sinkUrl!, calls),
    },
    {
      name: 'EventBridge PutEvents → SQS ReceiveMessage (long poll)',
      kind: 'latency',
      measure: LATENCY,
      setup: async (clients) => { pathUrl = await eventRoute(clients, 'bench-events-path', 'nimbus.bench.path'); },
      run: ({ events, sqs }, _f, i) => {
        const m = marker(i);
        return deliveryLatency(sqs, pathUrl!, m, () => putEvent(events, 'nimbus.bench.path', { marker: m }));
      },
    },
  ];
}

function kinesisOperations(): Operation[] {
  let iterator: string | undefined;
  return [
    {
      name: `Kinesis PutRecord (${RECORD.length} B, ${SHARDS} shards)`,
      setup: async ({ kinesis }) => {
        await kinesis.send(new CreateStreamCommand({ StreamName: STREAM, ShardCount: SHARDS }));
        for (let tries = 0; ; tries++) {
          const out = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: STREAM }));
          if (out.StreamDescriptionSummary?.StreamStatus === 'ACTIVE') break;
          if (tries > 200) throw new Error('stream not ACTIVE after 10 s');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      run: async ({ kinesis }, _f, i) => {
        await kinesis.send(new PutRecordCommand({ StreamName: STREAM, PartitionKey: `key-${i}`, Data: RECORD }));
      },
    },
    {
      name: `Kinesis GetRecords (${READ_BATCH} records)`,
      setup: async ({ kinesis }) => {
        const records = Array.from({ length: READ_BATCH }, () => ({ PartitionKey: 'reader', Data: RECORD }));
        const put = await kinesis.send(new PutRecordsCommand({ StreamName: STREAM, Records: records }));
        const first = put.Records?.[0];
        if (put.FailedRecordCount || !first?.ShardId) throw new Error(`PutRecords failed: ${JSON.stringify(put.Records?.[0])}`);
        iterator = (await kinesis.send(new GetShardIteratorCommand({
          StreamName: STREAM, ShardId: first.ShardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: first.SequenceNumber,
        }))).ShardIterator;
      },
      // An iterator names a position, so every call reads the same records.
      run: async ({ kinesis }) => {
        const out = await kinesis.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: READ_BATCH }));
        if (out.Records?.length !== READ_BATCH) throw new Error(`GetRecords returned ${out.Records?.length} records`);
      },
    },
  ];
}

/** SNS and EventBridge deliveries to SQS, and Kinesis writes and reads. */
export function messagingOperations(): Operation[] {
  return [...snsOperations(), ...eventBridgeOperations(), ...kinesisOperations()];
}
