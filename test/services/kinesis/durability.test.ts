import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { GetRecordsCommand, GetShardIteratorCommand, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { Clock } from '../../../src/clock/clock.js';
import { EventBus } from '../../../src/events/bus.js';
import { openStore } from '../../../src/store/open-store.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { createActiveStream, kinesisClient } from './clients.js';

const root = mkdtempSync(join(tmpdir(), 'nimbus-kinesis-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('Kinesis across restarts', () => {
  it('keeps records, and iterators handed out before the restart still read them', async () => {
    const dataDir = mkdtempSync(join(root, 'restart-'));
    const first = await startTestNimbus({ ephemeral: false, dataDir });
    const before = kinesisClient(first.endpoint);
    await createActiveStream(before, { StreamName: 'telemetry', ShardCount: 2 });
    const put = await before.send(new PutRecordCommand({ StreamName: 'telemetry', PartitionKey: 'train-1', Data: Buffer.from('kept') }));
    const { ShardIterator } = await before.send(new GetShardIteratorCommand({ StreamName: 'telemetry', ShardId: put.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
    await first.stop();

    const second = await startTestNimbus({ ephemeral: false, dataDir });
    try {
      const kinesis = kinesisClient(second.endpoint);
      const { Records, NextShardIterator } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
      assert.deepEqual(Records!.map((record) => [record.SequenceNumber, Buffer.from(record.Data!).toString()]), [[put.SequenceNumber, 'kept']]);
      const next = await kinesis.send(new PutRecordCommand({ StreamName: 'telemetry', PartitionKey: 'train-1', Data: Buffer.from('later') }));
      assert.ok(BigInt(next.SequenceNumber!) > BigInt(put.SequenceNumber!));
      const { Records: later } = await kinesis.send(new GetRecordsCommand({ ShardIterator: NextShardIterator }));
      assert.deepEqual(later!.map((record) => Buffer.from(record.Data!).toString()), ['later']);
    } finally {
      await second.stop();
    }
  });

  it('delivers a kinesis.put-record left in the outbox when Nimbus starts again', async () => {
    const dataDir = mkdtempSync(join(root, 'outbox-'));
    const first = await startTestNimbus({ ephemeral: false, dataDir });
    const streamArn = await createActiveStream(kinesisClient(first.endpoint), { StreamName: 'alerts' });
    await first.stop();

    // What EventBridge does inside the transaction of its own write: enqueue the delivery.
    const store = await openStore({ dataDir, ephemeral: false });
    const clock = new Clock();
    const bus = new EventBus(store, clock);
    bus.stop();
    await store.transaction((tx) => bus.enqueue(tx, 'kinesis.put-record', { streamArn, partitionKey: 'rule-1', data: Buffer.from('{"alarm":"overspeed"}').toString('base64') }));
    clock.stop();
    await store.close();

    const second = await startTestNimbus({ ephemeral: false, dataDir });
    try {
      const kinesis = kinesisClient(second.endpoint);
      const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamARN: streamArn, ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
      let records: Array<{ Data?: Uint8Array; PartitionKey?: string }> = [];
      for (let attempt = 0; attempt < 200 && records.length === 0; attempt += 1) {
        records = (await kinesis.send(new GetRecordsCommand({ ShardIterator }))).Records!;
        if (!records.length) await new Promise((resolve) => setImmediate(resolve));
      }
      assert.deepEqual(records.map((record) => [record.PartitionKey, Buffer.from(record.Data!).toString()]), [['rule-1', '{"alarm":"overspeed"}']]);
    } finally {
      await second.stop();
    }
  });
});
