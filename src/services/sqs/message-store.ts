import { clearGroups, groupExists, listInGroup, refreshGroup, unlistFromGroup } from './fifo-groups.js';
import { isFifo } from './fifo.js';
import { ready, readyKey, readyPrefix } from './ready-index.js';
import { addressOf, messages, messagesPrefix, queueKey, queues, type Collections, type MessageRecord, type QueueRecord } from './state.js';

/** Bumped when the index's layout changes: a queue stored under another version is indexed again. */
export const READY_INDEX_VERSION = 1;

/**
 * The writes of one transaction to one queue's messages. Every change to messages goes through
 * here, so that the ready index (ready-index.ts) says what the messages say: a standard message's
 * entry moves with it at once; a FIFO group is placed again once, by `finish()`, however many of
 * its messages changed.
 */
export class MessageWrites {
  private readonly touched = new Set<string>();

  constructor(
    private readonly tx: Collections,
    readonly queue: QueueRecord,
  ) {}

  async add(key: string, message: MessageRecord): Promise<void> {
    await messages(this.tx).put(key, message);
    const group = this.groupOf(message);
    if (group === undefined) {
      await ready(this.tx).put(readyKey(addressOf(this.queue), message.visibleAt, key), {});
      return;
    }
    await listInGroup(this.tx, addressOf(this.queue), group, key);
    // Joining a group behind others changes nothing about when the group is ready, unless the
    // message arrives already received (redriven to a dead-letter queue).
    if (message.receiveCount > 0 || !(await groupExists(this.tx, addressOf(this.queue), group))) this.touched.add(group);
  }

  /** Rewrites a stored message: a receive, or a change of its visibility. */
  async replace(key: string, before: MessageRecord, after: MessageRecord): Promise<void> {
    await messages(this.tx).put(key, after);
    const group = this.groupOf(after);
    if (group !== undefined) {
      this.touched.add(group);
    } else if (before.visibleAt !== after.visibleAt) {
      await ready(this.tx).delete(readyKey(addressOf(this.queue), before.visibleAt, key));
      await ready(this.tx).put(readyKey(addressOf(this.queue), after.visibleAt, key), {});
    }
  }

  async remove(key: string, message: MessageRecord): Promise<void> {
    await messages(this.tx).delete(key);
    const group = this.groupOf(message);
    if (group === undefined) {
      await ready(this.tx).delete(readyKey(addressOf(this.queue), message.visibleAt, key));
      return;
    }
    await unlistFromGroup(this.tx, addressOf(this.queue), group, key);
    this.touched.add(group);
  }

  /** Places the FIFO groups written to in the ready index; call before the transaction ends. */
  async finish(): Promise<void> {
    for (const group of this.touched) await refreshGroup(this.tx, addressOf(this.queue), group);
    this.touched.clear();
  }

  private groupOf(message: MessageRecord): string | undefined {
    return isFifo(this.queue) ? message.messageGroupId : undefined;
  }
}

/** Deletes the messages `which` picks (PurgeQueue, DeleteQueue) and indexes what is left. */
export async function removeMessages(tx: Collections, queue: QueueRecord, which: (message: MessageRecord) => boolean): Promise<void> {
  const collection = messages(tx);
  for (const { key, value } of await collection.list({ prefix: messagesPrefix(addressOf(queue)) })) {
    if (which(value)) await collection.delete(key);
  }
  await indexQueue(tx, queue);
}

/**
 * The queue as stored, its messages indexed: a queue from before the index (or from an older
 * layout of it) is indexed once, from its messages.
 */
export async function indexedQueue(tx: Collections, queue: QueueRecord): Promise<QueueRecord> {
  if (queue.readyIndexVersion === READY_INDEX_VERSION) return queue;
  await indexQueue(tx, queue);
  const indexed = { ...queue, readyIndexVersion: READY_INDEX_VERSION };
  await queues(tx).put(queueKey(addressOf(queue)), indexed);
  return indexed;
}

async function indexQueue(tx: Collections, queue: QueueRecord): Promise<void> {
  const address = addressOf(queue);
  for (const { key } of await ready(tx).list({ prefix: readyPrefix(address) })) await ready(tx).delete(key);
  await clearGroups(tx, address);
  const writes = new MessageWrites(tx, queue);
  for (const { key, value } of await messages(tx).list({ prefix: messagesPrefix(address) })) await writes.add(key, value);
  await writes.finish();
}
