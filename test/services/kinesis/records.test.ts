import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, PutRecordCommand, PutRecordsCommand, type KinesisClient,
} from '@aws-sdk/client-kinesis';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, expectedShard, failure, kinesisClient, uniqueName } from './clients.js';

const MiB = 1024 * 1024;

describe('Kinesis records', () => {
  let nimbus: Nimbus;
  let kinesis: KinesisClient;
  before(async () => {
    nimbus = await startTestNimbus();
    kinesis = kinesisClient(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('routes many partition keys to the shard whose range holds the MD5 of the key', async () => {
    const name = uniqueName('routing');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: 7 });
    const { StreamDescription } = await kinesis.send(new DescribeStreamCommand({ StreamName: name }));
    const keys = Array.from({ length: 400 }, (_, i) => `sensor-${i}-${(i * 7919) % 1000}`);
    const used = new Set<string>();
    for (let start = 0; start < keys.length; start += 200) {
      const batch = keys.slice(start, start + 200);
      const { Records, FailedRecordCount } = await kinesis.send(new PutRecordsCommand({
        StreamName: name,
        Records: batch.map((key) => ({ PartitionKey: key, Data: Buffer.from(key) })),
      }));
      assert.equal(FailedRecordCount, 0);
      Records!.forEach((result, i) => {
        assert.equal(result.ShardId, expectedShard(batch[i]!, StreamDescription!.Shards!), batch[i]);
        used.add(result.ShardId!);
      });
    }
    const single = await kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: 'one more', Data: Buffer.from('x') }));
    assert.equal(single.ShardId, expectedShard('one more', StreamDescription!.Shards!));
    assert.equal(used.size, 7);
  });

  it('routes by ExplicitHashKey over the partition key, and refuses one outside the space', async () => {
    const name = uniqueName('explicit');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: 4 });
    const top = ((1n << 128n) - 1n).toString();
    const put = await kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: 'a', ExplicitHashKey: top, Data: Buffer.from('x') }));
    assert.equal(put.ShardId, 'shardId-000000000003');
    const batch = await kinesis.send(new PutRecordsCommand({
      StreamName: name,
      Records: [{ PartitionKey: 'a', ExplicitHashKey: '0', Data: Buffer.from('y') }, { PartitionKey: 'a', ExplicitHashKey: (1n << 127n).toString(), Data: Buffer.from('z') }],
    }));
    assert.deepEqual(batch.Records!.map((record) => record.ShardId), ['shardId-000000000000', 'shardId-000000000002']);
    const outside = await failure(kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: 'a', ExplicitHashKey: (1n << 128n).toString(), Data: Buffer.from('x') })));
    assert.equal(outside.name, 'InvalidArgumentException');
    assert.equal(outside.status, 400);
  });

  it('gives each shard strictly increasing 56-digit sequence numbers and keeps the order records were put in', async () => {
    const name = uniqueName('order');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: 2 });
    const sequences = new Map<string, string[]>();
    for (let i = 0; i < 60; i += 1) {
      const { ShardId, SequenceNumber } = await kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: `k${i % 5}`, Data: Buffer.from(`record ${i}`) }));
      assert.match(SequenceNumber!, /^\d{56}$/);
      sequences.set(ShardId!, [...(sequences.get(ShardId!) ?? []), SequenceNumber!]);
    }
    const batch = await kinesis.send(new PutRecordsCommand({ StreamName: name, Records: Array.from({ length: 40 }, (_, i) => ({ PartitionKey: `k${i % 5}`, Data: Buffer.from(`batch ${i}`) })) }));
    for (const record of batch.Records!) sequences.set(record.ShardId!, [...sequences.get(record.ShardId!)!, record.SequenceNumber!]);
    for (const [shardId, numbers] of sequences) {
      for (let i = 1; i < numbers.length; i += 1) assert.ok(BigInt(numbers[i]!) > BigInt(numbers[i - 1]!), `${shardId} #${i}`);
      const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: name, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
      const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
      assert.deepEqual(Records!.map((record) => record.SequenceNumber), numbers);
    }
  });

  it('reports per-record failures in PutRecords when a provisioned shard is over its 1 MiB a second', async () => {
    const name = uniqueName('quota');
    await createActiveStream(kinesis, { StreamName: name, ShardCount: 1 });
    const data = Buffer.alloc(300 * 1024, 1);
    const { Records, FailedRecordCount } = await kinesis.send(new PutRecordsCommand({
      StreamName: name,
      Records: Array.from({ length: 5 }, (_, i) => ({ PartitionKey: `p${i}`, Data: data })),
    }));
    assert.equal(FailedRecordCount, 2);
    assert.deepEqual(Records!.map((record) => record.ErrorCode ?? 'ok'), ['ok', 'ok', 'ok', 'ProvisionedThroughputExceededException', 'ProvisionedThroughputExceededException']);
    assert.equal(Records![3]!.ErrorMessage, `Rate exceeded for shard shardId-000000000000 in stream ${name} under account 000000000000.`);
    assert.equal(Records![3]!.SequenceNumber, undefined);
    assert.ok(Records![0]!.SequenceNumber);
  });

  it('refuses a record over 1 MiB and a PutRecords request over 5 MiB', async () => {
    const name = uniqueName('limits');
    await createActiveStream(kinesis, { StreamName: name, StreamModeDetails: { StreamMode: 'ON_DEMAND' }, ShardCount: undefined });
    const big = await failure(kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: 'a', Data: Buffer.alloc(MiB + 1) })));
    assert.equal(big.name, 'ValidationException');
    assert.equal(big.status, 400);
    assert.equal(big.message, `1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=${MiB + 1} cap=${MiB + 1}]' at 'data' failed to satisfy constraint: Member must have length less than or equal to ${MiB}`);
    await kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: 'a', Data: Buffer.alloc(MiB) }));
    const inBatch = await failure(kinesis.send(new PutRecordsCommand({ StreamName: name, Records: [{ PartitionKey: 'a', Data: Buffer.alloc(1) }, { PartitionKey: 'b', Data: Buffer.alloc(MiB + 1) }] })));
    assert.equal(inBatch.name, 'ValidationException');
    assert.match(inBatch.message, /at 'records\.2\.member\.data'/);
    const total = await failure(kinesis.send(new PutRecordsCommand({ StreamName: name, Records: Array.from({ length: 6 }, (_, i) => ({ PartitionKey: `k${i}`, Data: Buffer.alloc(MiB - 16) })) })));
    assert.equal(total.name, 'InvalidArgumentException');
    assert.equal(total.message, 'Records size exceeds 5 MB limit');
  });

  it('answers ResourceNotFoundException for a stream that does not exist', async () => {
    const missing = await failure(kinesis.send(new PutRecordCommand({ StreamName: uniqueName('absent'), PartitionKey: 'a', Data: Buffer.from('x') })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.status, 400);
  });
});
