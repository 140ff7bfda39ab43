import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { startTestNimbus } from '../../support/nimbus.js';
import { client, PROTOCOLS, uniqueName } from './clients.js';

const INDEX_COLLECTIONS = ['sqs.ready', 'sqs.fifo-groups', 'sqs.fifo-group-messages'];

/**
 * Turns a data directory into one written before queues had a ready index: the index's records
 * gone, and no queue saying which layout it is indexed under. (The records table is the SQLite
 * store's own layout; nothing else in the tests reads it.)
 */
function forgetIndex(dataDir: string): void {
  const db = new Database(join(dataDir, 'state.db'));
  try {
    for (const collection of INDEX_COLLECTIONS) db.prepare('DELETE FROM records WHERE collection = ?').run(collection);
    const rows = db.prepare<[], { key: string; value: string }>("SELECT key, value FROM records WHERE collection = 'sqs.queues'").all();
    for (const { key, value } of rows) {
      const { readyIndexVersion: _, ...queue } = JSON.parse(value) as Record<string, unknown>;
      db.prepare("UPDATE records SET value = ? WHERE collection = 'sqs.queues' AND key = ?").run(JSON.stringify(queue), key);
    }
  } finally {
    db.close();
  }
}

const { sdk } = PROTOCOLS[0]!;

describe('SQS queues stored before the ready index', () => {
  it('are indexed at their first receive: standard order, FIFO groups and messages in flight kept', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'nimbus-sqs-upgrade-'));
    try {
      const name = uniqueName('upgrade');
      const first = await startTestNimbus({ ephemeral: false, dataDir });
      let sqs = client(sdk, first.endpoint);
      const standard = (await sqs.send(new sdk.CreateQueueCommand({ QueueName: name }))).QueueUrl!;
      const fifo = (await sqs.send(new sdk.CreateQueueCommand({ QueueName: `${name}.fifo`, Attributes: { FifoQueue: 'true', VisibilityTimeout: '60' } }))).QueueUrl!;
      for (const body of ['s1', 's2', 's3']) await sqs.send(new sdk.SendMessageCommand({ QueueUrl: standard, MessageBody: body }));
      for (const [group, body] of [['A', 'a1'], ['A', 'a2'], ['B', 'b1']] as const) {
        await sqs.send(new sdk.SendMessageCommand({ QueueUrl: fifo, MessageBody: body, MessageGroupId: group, MessageDeduplicationId: body }));
      }
      const inFlight = (await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl: fifo, MaxNumberOfMessages: 1 }))).Messages ?? [];
      assert.deepEqual(inFlight.map((message) => message.Body), ['a1']);
      await first.stop();
      forgetIndex(dataDir);

      const second = await startTestNimbus({ ephemeral: false, dataDir });
      try {
        sqs = client(sdk, second.endpoint);
        const receive = async (QueueUrl: string) =>
          ((await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages ?? []).map((message) => message.Body);
        assert.deepEqual(await receive(standard), ['s1', 's2', 's3']);
        assert.deepEqual(await receive(fifo), ['b1'], 'group A waits for a1, still in flight');
        await sqs.send(new sdk.DeleteMessageCommand({ QueueUrl: fifo, ReceiptHandle: inFlight[0]!.ReceiptHandle }));
        assert.deepEqual(await receive(fifo), ['a2']);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
