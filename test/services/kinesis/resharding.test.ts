import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DescribeStreamCommand, DescribeStreamSummaryCommand, GetRecordsCommand, GetShardIteratorCommand, ListShardsCommand, MergeShardsCommand,
  PutRecordCommand, SplitShardCommand, UpdateShardCountCommand, type KinesisClient,
} from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, failure, kinesisClient, uniqueName } from './clients.js';

const HALF = (1n << 127n).toString();

describe('Kinesis resharding', () => {
  let nimbus: Nimbus;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kinesis = kinesisClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  async function untilActive(stream: string): Promise<void> {
    while ((await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: stream }))).StreamDescriptionSummary!.StreamStatus !== 'ACTIVE');
  }

  it('splits a shard into two children and closes the parent with an EndingSequenceNumber', async () => {
    const stream = uniqueName('split');
    await createActiveStream(kinesis, { StreamName: stream });
    const before = await kinesis.send(new PutRecordCommand({ StreamName: stream, PartitionKey: 'p', Data: Buffer.from('before') }));
    await kinesis.send(new SplitShardCommand({ StreamName: stream, ShardToSplit: 'shardId-000000000000', NewStartingHashKey: HALF }));
    await untilActive(stream);
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: stream }));
    const [parent, low, high] = Shards!;
    assert.equal(parent!.SequenceNumberRange!.EndingSequenceNumber, before.SequenceNumber);
    assert.deepEqual([low!.ShardId, low!.ParentShardId, low!.HashKeyRange!.EndingHashKey], ['shardId-000000000001', 'shardId-000000000000', (1n << 127n) - 1n + '']);
    assert.deepEqual([high!.ShardId, high!.ParentShardId, high!.HashKeyRange!.StartingHashKey], ['shardId-000000000002', 'shardId-000000000000', HALF]);
    assert.ok(BigInt(low!.SequenceNumberRange!.StartingSequenceNumber!) > BigInt(before.SequenceNumber!));
    const after = await kinesis.send(new PutRecordCommand({ StreamName: stream, PartitionKey: 'p', Data: Buffer.from('after') }));
    assert.notEqual(after.ShardId, 'shardId-000000000000');
    assert.ok(BigInt(after.SequenceNumber!) > BigInt(before.SequenceNumber!));

    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: stream, ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    const end = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    assert.deepEqual(end.Records!.map((record) => Buffer.from(record.Data!).toString()), ['before']);
    assert.equal(end.NextShardIterator, undefined);
    assert.deepEqual(end.ChildShards!.map((child) => [child.ShardId, child.ParentShards]), [
      ['shardId-000000000001', ['shardId-000000000000']],
      ['shardId-000000000002', ['shardId-000000000000']],
    ]);
    const open = await kinesis.send(new ListShardsCommand({ StreamName: stream, ShardFilter: { Type: 'AT_LATEST' } }));
    assert.deepEqual(open.Shards!.map((shard) => shard.ShardId), ['shardId-000000000001', 'shardId-000000000002']);
    const horizon = await kinesis.send(new ListShardsCommand({ StreamName: stream, ShardFilter: { Type: 'AT_TRIM_HORIZON' } }));
    assert.deepEqual(horizon.Shards!.map((shard) => shard.ShardId), ['shardId-000000000000']);
  });

  it('merges two adjacent shards into a child naming both parents', async () => {
    const stream = uniqueName('merge');
    await createActiveStream(kinesis, { StreamName: stream, ShardCount: 3 });
    const apart = await failure(kinesis.send(new MergeShardsCommand({ StreamName: stream, ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000002' })));
    assert.equal(apart.name, 'InvalidArgumentException');
    await kinesis.send(new MergeShardsCommand({ StreamName: stream, ShardToMerge: 'shardId-000000000001', AdjacentShardToMerge: 'shardId-000000000000' }));
    await untilActive(stream);
    const { StreamDescription } = await kinesis.send(new DescribeStreamCommand({ StreamName: stream }));
    const child = StreamDescription!.Shards!.find((shard) => shard.ShardId === 'shardId-000000000003')!;
    assert.equal(child.ParentShardId, 'shardId-000000000001');
    assert.equal(child.AdjacentParentShardId, 'shardId-000000000000');
    assert.equal(child.HashKeyRange!.StartingHashKey, '0');
    assert.equal(child.HashKeyRange!.EndingHashKey, StreamDescription!.Shards![1]!.HashKeyRange!.EndingHashKey);
    for (const parent of StreamDescription!.Shards!.slice(0, 2)) assert.ok(parent.SequenceNumberRange!.EndingSequenceNumber);
    const closed = await failure(kinesis.send(new SplitShardCommand({ StreamName: stream, ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1' })));
    assert.equal(closed.name, 'InvalidArgumentException');
  });

  it('rescales with UpdateShardCount within double and half of the open shards', async () => {
    const stream = uniqueName('scale');
    await createActiveStream(kinesis, { StreamName: stream, ShardCount: 2 });
    const scaled = await kinesis.send(new UpdateShardCountCommand({ StreamName: stream, TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' }));
    assert.deepEqual([scaled.CurrentShardCount, scaled.TargetShardCount, scaled.StreamName], [2, 4, stream]);
    await untilActive(stream);
    const open = await kinesis.send(new ListShardsCommand({ StreamName: stream, ShardFilter: { Type: 'AT_LATEST' } }));
    assert.equal(open.Shards!.length, 4);
    assert.deepEqual(open.Shards!.map((shard) => shard.ParentShardId), ['shardId-000000000000', 'shardId-000000000000', 'shardId-000000000001', 'shardId-000000000001']);
    const tooMany = await failure(kinesis.send(new UpdateShardCountCommand({ StreamName: stream, TargetShardCount: 9, ScalingType: 'UNIFORM_SCALING' })));
    assert.equal(tooMany.name, 'LimitExceededException');
    const tooFew = await failure(kinesis.send(new UpdateShardCountCommand({ StreamName: stream, TargetShardCount: 1, ScalingType: 'UNIFORM_SCALING' })));
    assert.equal(tooFew.name, 'LimitExceededException');
  });

  it('refuses to split a shard at a hash key outside its range, or a shard that does not exist', async () => {
    const stream = uniqueName('badsplit');
    await createActiveStream(kinesis, { StreamName: stream, ShardCount: 2 });
    const outside = await failure(kinesis.send(new SplitShardCommand({ StreamName: stream, ShardToSplit: 'shardId-000000000000', NewStartingHashKey: HALF })));
    assert.equal(outside.name, 'InvalidArgumentException');
    const missing = await failure(kinesis.send(new SplitShardCommand({ StreamName: stream, ShardToSplit: 'shardId-000000000042', NewStartingHashKey: '5' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
  });
});
