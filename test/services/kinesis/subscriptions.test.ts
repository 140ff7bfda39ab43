import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import {
  DeleteStreamCommand, KinesisClient, PutRecordCommand, RegisterStreamConsumerCommand, SplitShardCommand, SubscribeToShardCommand,
  type StartingPosition, type SubscribeToShardEvent, type SubscribeToShardEventStream,
} from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, failure, kinesisClient, uniqueName } from './clients.js';

/** Reads events until `count` records have arrived (empty heartbeat events are skipped), returning the events that carried them. */
async function recordsFrom(events: AsyncIterator<SubscribeToShardEventStream>, count: number): Promise<SubscribeToShardEvent[]> {
  const carrying: SubscribeToShardEvent[] = [];
  let seen = 0;
  while (seen < count) {
    const { value, done } = await events.next();
    assert.ok(!done, `the stream ended after ${seen} of ${count} records`);
    const event = value.SubscribeToShardEvent!;
    if (!event.Records!.length) continue;
    carrying.push(event);
    seen += event.Records!.length;
  }
  return carrying;
}

const run = promisify(execFile);

/** boto3 reads the event stream over HTTP/1.1: the first event that carries records, as JSON. */
const BOTO3_SUBSCRIBE = `
import boto3, json, sys
kinesis = boto3.client('kinesis')
response = kinesis.subscribe_to_shard(ConsumerARN=sys.argv[1], ShardId='shardId-000000000000', StartingPosition={'Type': 'TRIM_HORIZON'})
for event in response['EventStream']:
    records = event['SubscribeToShardEvent']['Records']
    if records:
        print(json.dumps({'data': [r['Data'].decode() for r in records], 'continuation': event['SubscribeToShardEvent']['ContinuationSequenceNumber']}))
        break
response['EventStream'].close()
`;

const text = (event: SubscribeToShardEvent[]) => event.flatMap((e) => e.Records!.map((record) => Buffer.from(record.Data!).toString()));

describe('Kinesis SubscribeToShard (enhanced fan-out over HTTP/2)', () => {
  let nimbus: Nimbus;
  let kinesis: KinesisClient;
  let fanout: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kinesis = kinesisClient(nimbus.endpoint);
    // The SDK's default Kinesis client: HTTP/2, as SubscribeToShard needs.
    fanout = new KinesisClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
  });
  after(async () => {
    fanout.destroy();
    await nimbus.stop();
  });

  async function streamWithConsumer(consumerNames: string[] = ['reader']): Promise<{ streamArn: string; consumers: string[] }> {
    const streamArn = await createActiveStream(kinesis, { StreamName: uniqueName('efo') });
    const consumers: string[] = [];
    for (const name of consumerNames) {
      consumers.push((await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: name }))).Consumer!.ConsumerARN!);
    }
    await advanceClock(nimbus.endpoint, 1);
    return { streamArn, consumers };
  }

  async function subscribe(consumerArn: string, position: StartingPosition, shardId = 'shardId-000000000000', abortSignal?: AbortSignal) {
    const output = await fanout.send(new SubscribeToShardCommand({ ConsumerARN: consumerArn, ShardId: shardId, StartingPosition: position }), { abortSignal });
    return output.EventStream![Symbol.asyncIterator]();
  }

  /** Subscribes again once the server has seen the previous subscription's client go away. */
  async function resubscribe(consumerArn: string, position: StartingPosition) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await subscribe(consumerArn, position);
      } catch (error) {
        if ((error as Error).name !== 'ResourceInUseException' || attempt === 20) throw error;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  const put = (streamArn: string, data: string) => kinesis.send(new PutRecordCommand({ StreamARN: streamArn, PartitionKey: 'k', Data: Buffer.from(data) }));

  it('pushes the records already in the shard, then each record put while subscribed; a new subscription resumes after the ContinuationSequenceNumber', async () => {
    const { streamArn, consumers: [consumer] } = await streamWithConsumer();
    await put(streamArn, 'before-1');
    await put(streamArn, 'before-2');
    const client = new AbortController();
    const events = await subscribe(consumer!, { Type: 'TRIM_HORIZON' }, undefined, client.signal);
    const backlog = await recordsFrom(events, 2);
    assert.deepEqual(text(backlog), ['before-1', 'before-2']);

    const written: string[] = [];
    for (const data of ['after-1', 'after-2', 'after-3']) written.push((await put(streamArn, data)).SequenceNumber!);
    const pushed = await recordsFrom(events, 3);
    assert.deepEqual(text(pushed), ['after-1', 'after-2', 'after-3']);
    assert.deepEqual(pushed.flatMap((event) => event.Records!.map((record) => record.SequenceNumber)), written);
    const last = pushed[pushed.length - 1]!;
    assert.equal(last.ContinuationSequenceNumber, written[2]);
    assert.equal(last.MillisBehindLatest, 0);
    assert.ok(last.Records![0]!.ApproximateArrivalTimestamp instanceof Date);
    client.abort();

    await put(streamArn, 'after-4');
    const resumed = await resubscribe(consumer!, { Type: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: last.ContinuationSequenceNumber });
    assert.deepEqual(text(await recordsFrom(resumed, 1)), ['after-4']);
    await resumed.return?.();
  });

  it('starts at LATEST, AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER', async () => {
    const { streamArn, consumers: [first, second, third] } = await streamWithConsumer(['latest', 'at', 'after']);
    const sequence: string[] = [];
    for (const data of ['r0', 'r1', 'r2']) sequence.push((await put(streamArn, data)).SequenceNumber!);

    const latest = await subscribe(first!, { Type: 'LATEST' });
    const at = await subscribe(second!, { Type: 'AT_SEQUENCE_NUMBER', SequenceNumber: sequence[1] });
    const afterIt = await subscribe(third!, { Type: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: sequence[1] });
    assert.deepEqual(text(await recordsFrom(at, 2)), ['r1', 'r2']);
    assert.deepEqual(text(await recordsFrom(afterIt, 1)), ['r2']);
    await put(streamArn, 'r3');
    assert.deepEqual(text(await recordsFrom(latest, 1)), ['r3']);
    for (const events of [latest, at, afterIt]) await events.return?.();
  });

  it('refuses a second subscription of one consumer to one shard while the first is open; the first ends after five minutes', async () => {
    const { streamArn, consumers: [consumer, other] } = await streamWithConsumer(['one', 'two']);
    const events = await subscribe(consumer!, { Type: 'LATEST' });
    const busy = await failure(subscribe(consumer!, { Type: 'LATEST' }));
    assert.equal(busy.name, 'ResourceInUseException');
    assert.equal(busy.status, 400);
    assert.match(busy.message, /^Another active subscription exists for this consumer: \d{12}:efo-[^:]+:shardId-000000000000:one$/);
    const alongside = await subscribe(other!, { Type: 'LATEST' });

    await advanceClock(nimbus.endpoint, 300);
    for (;;) {
      const { done } = await events.next();
      if (done) break;
    }
    const again = await subscribe(consumer!, { Type: 'TRIM_HORIZON' });
    await put(streamArn, 'fresh');
    assert.deepEqual(text(await recordsFrom(again, 1)), ['fresh']);
    await again.return?.();
    await alongside.return?.();
  });

  it('ends a closed shard with its ChildShards once its records are read', async () => {
    const { streamArn, consumers: [consumer] } = await streamWithConsumer();
    await put(streamArn, 'parent-record');
    await kinesis.send(new SplitShardCommand({ StreamARN: streamArn, ShardToSplit: 'shardId-000000000000', NewStartingHashKey: (2n ** 127n).toString() }));
    await advanceClock(nimbus.endpoint, 1);
    const events = await subscribe(consumer!, { Type: 'TRIM_HORIZON' });
    const seen: SubscribeToShardEvent[] = [];
    for (;;) {
      const { value, done } = await events.next();
      if (done) break;
      seen.push(value.SubscribeToShardEvent!);
    }
    assert.deepEqual(text(seen), ['parent-record']);
    const last = seen[seen.length - 1]!;
    assert.deepEqual(last.ChildShards!.map((child) => child.ShardId).sort(), ['shardId-000000000001', 'shardId-000000000002']);
    assert.deepEqual(last.ChildShards![0]!.ParentShards, ['shardId-000000000000']);
  });

  it('ends the stream with ResourceNotFoundException, as an exception event, when the stream is deleted', async () => {
    const { streamArn, consumers: [consumer] } = await streamWithConsumer();
    const events = await subscribe(consumer!, { Type: 'LATEST' });
    await events.next();
    await kinesis.send(new DeleteStreamCommand({ StreamARN: streamArn, EnforceConsumerDeletion: true }));
    await advanceClock(nimbus.endpoint, 5);
    const ended = await failure((async () => {
      for (;;) if ((await events.next()).done) return;
    })());
    assert.equal(ended.name, 'ResourceNotFoundException');
    assert.match(ended.message, /^Stream efo-[^ ]+ under account \d{12} not found\.$/);
  });

  it('streams to boto3 as well (HTTP/1.1, chunked)', async () => {
    const { streamArn, consumers: [consumer] } = await streamWithConsumer();
    const { SequenceNumber } = await put(streamArn, 'for-python');
    const { stdout } = await run('python3', ['-c', BOTO3_SUBSCRIBE, consumer!], { env: cliEnv(nimbus.endpoint) });
    assert.deepEqual(JSON.parse(stdout), { data: ['for-python'], continuation: SequenceNumber });
  });

  it('answers unknown consumers, unknown shards and incomplete positions with the errors AWS sends', async () => {
    const { streamArn, consumers: [consumer] } = await streamWithConsumer();
    const noConsumer = await failure(subscribe(`${streamArn}/consumer/nobody:1700000000`, { Type: 'LATEST' }));
    assert.equal(noConsumer.name, 'ResourceNotFoundException');
    assert.equal(noConsumer.status, 400);
    const noShard = await failure(subscribe(consumer!, { Type: 'LATEST' }, 'shardId-000000000009'));
    assert.equal(noShard.name, 'ResourceNotFoundException');
    const noNumber = await failure(subscribe(consumer!, { Type: 'AT_SEQUENCE_NUMBER' }));
    assert.equal(noNumber.name, 'InvalidArgumentException');
  });
});
