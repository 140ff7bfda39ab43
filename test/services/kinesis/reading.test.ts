import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  GetRecordsCommand, GetShardIteratorCommand, IncreaseStreamRetentionPeriodCommand, PutRecordCommand, type KinesisClient,
  type GetShardIteratorCommandInput,
} from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, failure, kinesisClient, uniqueName } from './clients.js';

const SHARD = 'shardId-000000000000';

describe('Kinesis reading', () => {
  let nimbus: Nimbus;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kinesis = kinesisClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  async function put(stream: string, text: string): Promise<string> {
    return (await kinesis.send(new PutRecordCommand({ StreamName: stream, PartitionKey: 'pk', Data: Buffer.from(text) }))).SequenceNumber!;
  }

  async function iterator(stream: string, input: Partial<GetShardIteratorCommandInput>): Promise<string> {
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: SHARD, ShardIteratorType: 'TRIM_HORIZON', ...input }));
    return ShardIterator!;
  }

  async function texts(shardIterator: string, limit?: number): Promise<string[]> {
    const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator: shardIterator, Limit: limit }));
    return Records!.map((record) => Buffer.from(record.Data!).toString());
  }

  it('starts iterators at TRIM_HORIZON, LATEST, AT_ and AFTER_SEQUENCE_NUMBER', async () => {
    const stream = uniqueName('types');
    await createActiveStream(kinesis, { StreamName: stream });
    const [first, second] = [await put(stream, 'one'), await put(stream, 'two')];
    await put(stream, 'three');
    const latest = await iterator(stream, { ShardIteratorType: 'LATEST' });
    await put(stream, 'four');
    assert.deepEqual(await texts(await iterator(stream, { ShardIteratorType: 'TRIM_HORIZON' })), ['one', 'two', 'three', 'four']);
    assert.deepEqual(await texts(latest), ['four']);
    assert.deepEqual(await texts(await iterator(stream, { ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: second })), ['two', 'three', 'four']);
    assert.deepEqual(await texts(await iterator(stream, { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', StartingSequenceNumber: first })), ['two', 'three', 'four']);
    const missing = await failure(kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER' })));
    assert.equal(missing.name, 'InvalidArgumentException');
  });

  it('starts an AT_TIMESTAMP iterator at the first record that arrived at or after the time', async () => {
    const stream = uniqueName('timestamp');
    await createActiveStream(kinesis, { StreamName: stream });
    await put(stream, 'early');
    await advanceClock(nimbus.endpoint, 10);
    await put(stream, 'late');
    const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator: await iterator(stream, {}) }));
    const [early, late] = Records!.map((record) => record.ApproximateArrivalTimestamp!.getTime());
    assert.ok(late! - early! >= 10_000);
    assert.deepEqual(await texts(await iterator(stream, { ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(early! + 5000) })), ['late']);
    assert.deepEqual(await texts(await iterator(stream, { ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(early!) })), ['early', 'late']);
    const future = await iterator(stream, { ShardIteratorType: 'AT_TIMESTAMP', Timestamp: new Date(late! + 60_000) });
    await put(stream, 'next');
    assert.deepEqual(await texts(future), ['next']);
  });

  it('pages with Limit and NextShardIterator, reporting MillisBehindLatest', async () => {
    const stream = uniqueName('paging');
    await createActiveStream(kinesis, { StreamName: stream });
    for (const text of ['a', 'b', 'c', 'd', 'e']) await put(stream, text);
    await advanceClock(nimbus.endpoint, 3);
    const first = await kinesis.send(new GetRecordsCommand({ ShardIterator: await iterator(stream, {}), Limit: 2 }));
    assert.deepEqual(first.Records!.map((record) => Buffer.from(record.Data!).toString()), ['a', 'b']);
    assert.ok(first.MillisBehindLatest! >= 3000);
    assert.equal(first.Records![0]!.PartitionKey, 'pk');
    const second = await kinesis.send(new GetRecordsCommand({ ShardIterator: first.NextShardIterator, Limit: 10 }));
    assert.deepEqual(second.Records!.map((record) => Buffer.from(record.Data!).toString()), ['c', 'd', 'e']);
    assert.equal(second.MillisBehindLatest, 0);
    const empty = await kinesis.send(new GetRecordsCommand({ ShardIterator: second.NextShardIterator }));
    assert.deepEqual(empty.Records, []);
    assert.ok(empty.NextShardIterator);
    await put(stream, 'f');
    assert.deepEqual(await texts(empty.NextShardIterator!), ['f']);
  });

  it('expires an iterator five minutes after it was issued, on the clock', async () => {
    const stream = uniqueName('expiry');
    await createActiveStream(kinesis, { StreamName: stream });
    await put(stream, 'x');
    const old = await iterator(stream, {});
    await advanceClock(nimbus.endpoint, 299);
    const fresh = await kinesis.send(new GetRecordsCommand({ ShardIterator: old }));
    assert.equal(fresh.Records!.length, 1);
    await advanceClock(nimbus.endpoint, 2);
    const expired = await failure(kinesis.send(new GetRecordsCommand({ ShardIterator: old })));
    assert.equal(expired.name, 'ExpiredIteratorException');
    assert.equal(expired.status, 400);
    assert.deepEqual((await kinesis.send(new GetRecordsCommand({ ShardIterator: fresh.NextShardIterator }))).Records, []);
    const invalid = await failure(kinesis.send(new GetRecordsCommand({ ShardIterator: 'bm90IGFuIGl0ZXJhdG9y' })));
    assert.equal(invalid.name, 'InvalidArgumentException');
  });

  it('drops records older than the retention period as the clock passes it', async () => {
    const kept = uniqueName('kept');
    const dropped = uniqueName('dropped');
    await createActiveStream(kinesis, { StreamName: kept });
    await createActiveStream(kinesis, { StreamName: dropped });
    await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: kept, RetentionPeriodHours: 48 }));
    await put(kept, 'old');
    await put(dropped, 'old');
    await advanceClock(nimbus.endpoint, 25 * 3600);
    await put(kept, 'new');
    await put(dropped, 'new');
    assert.deepEqual(await texts(await iterator(kept, {})), ['old', 'new']);
    assert.deepEqual(await texts(await iterator(dropped, {})), ['new']);
  });

  it('refuses an iterator for a shard the stream does not have', async () => {
    const stream = uniqueName('noshard');
    await createActiveStream(kinesis, { StreamName: stream });
    const missing = await failure(kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: 'shardId-000000000009', ShardIteratorType: 'LATEST' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    const wrongShard = await failure(kinesis.send(new GetShardIteratorCommand({
      StreamName: stream, ShardId: SHARD, ShardIteratorType: 'AT_SEQUENCE_NUMBER', StartingSequenceNumber: `49${'0'.repeat(15)}${'0'.repeat(8)}1${'0'.repeat(30)}`,
    })));
    assert.equal(wrongShard.name, 'InvalidArgumentException');
  });
});
