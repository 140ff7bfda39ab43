import type { QueueAddress } from './queue-url.js';
import { messageSuffix, ready, readyKey } from './ready-index.js';
import { messages, messagesPrefix, queueKey, type Collections, type MessageRecord } from './state.js';

/**
 * A FIFO queue's message groups: each group's messages in send order, and the group's one entry
 * in the ready index. A receive takes at most ten messages of a group at a time and only from its
 * front, and only when none of it is in flight, so the messages in flight are always among the
 * first ten: reading those is enough to know when the group can give its next message.
 */
const MAX_IN_FLIGHT_PER_GROUP = 10;

interface GroupRecord {
  /** The group's current key in the ready index. */
  ready: string;
}

const groups = (source: Collections) => source.collection<GroupRecord>('sqs.fifo-groups');
const groupMessages = (source: Collections) => source.collection<Record<string, never>>('sqs.fifo-group-messages');

/** Group ids may hold any punctuation, `/` included, so keys carry them encoded. */
function groupKey(address: QueueAddress, group: string): string {
  return `${queueKey(address)}/${encodeURIComponent(group)}`;
}

function membersPrefix(address: QueueAddress, group: string): string {
  return `${groupKey(address, group)}/`;
}

/** Adds a message to the end of its group's list; `refreshGroup` places the group. */
export async function listInGroup(tx: Collections, address: QueueAddress, group: string, key: string): Promise<void> {
  await groupMessages(tx).put(membersPrefix(address, group) + messageSuffix(address, key), {});
}

/** Takes a message out of its group's list; `refreshGroup` places the group. */
export async function unlistFromGroup(tx: Collections, address: QueueAddress, group: string, key: string): Promise<void> {
  await groupMessages(tx).delete(membersPrefix(address, group) + messageSuffix(address, key));
}

/** Whether the group has messages (and so an entry in the ready index). */
export async function groupExists(tx: Collections, address: QueueAddress, group: string): Promise<boolean> {
  return (await groups(tx).get(groupKey(address, group))) !== undefined;
}

/** The group's messages from its first, in send order, read a page at a time. */
export async function* messagesOfGroup(tx: Collections, address: QueueAddress, group: string): AsyncGenerator<{ key: string; message: MessageRecord }> {
  const prefix = membersPrefix(address, group);
  let after: string | undefined;
  for (;;) {
    const page = await groupMessages(tx).list({ prefix, after, limit: MAX_IN_FLIGHT_PER_GROUP });
    if (!page.length) return;
    for (const { key: member } of page) {
      after = member;
      const key = messagesPrefix(address) + member.slice(prefix.length);
      const message = await messages(tx).get(key);
      if (message) yield { key, message };
    }
  }
}

/**
 * Puts the group's ready entry where its messages say: when the last of its messages in flight
 * becomes visible again, and not before its first message is visible. A group without messages
 * leaves the index.
 */
export async function refreshGroup(tx: Collections, address: QueueAddress, group: string): Promise<void> {
  let head: string | undefined;
  let availableAt = 0;
  for await (const { key, message } of firstMessages(tx, address, group)) {
    if (head === undefined) {
      head = key;
      availableAt = message.visibleAt;
    }
    if (message.receiveCount > 0) availableAt = Math.max(availableAt, message.visibleAt);
  }
  const key = groupKey(address, group);
  const place = head === undefined ? undefined : readyKey(address, availableAt, head);
  const before = await groups(tx).get(key);
  if (before?.ready === place) return;
  if (before) await ready(tx).delete(before.ready);
  if (place === undefined) {
    await groups(tx).delete(key);
    return;
  }
  await ready(tx).put(place, { group });
  await groups(tx).put(key, { ready: place });
}

async function* firstMessages(tx: Collections, address: QueueAddress, group: string): AsyncGenerator<{ key: string; message: MessageRecord }> {
  let read = 0;
  for await (const entry of messagesOfGroup(tx, address, group)) {
    yield entry;
    if (++read === MAX_IN_FLIGHT_PER_GROUP) return;
  }
}

/** Forgets every group of the queue (its ready entries go with the rest of the ready index). */
export async function clearGroups(tx: Collections, address: QueueAddress): Promise<void> {
  for (const collection of [groups(tx), groupMessages(tx)]) {
    for (const { key } of await collection.list({ prefix: `${queueKey(address)}/` })) await collection.delete(key);
  }
}
