import type { QueueAddress } from './queue-url.js';
import { messagesPrefix, queueKey, type Collections } from './state.js';

/**
 * The ready index: where a receive finds what it may take without reading the queue's backlog.
 * One entry per lane, ordered by the time the lane can next give a message, then by send order.
 * A lane of a standard queue is one message, ready when it is visible; a lane of a FIFO queue is
 * a message group, ready when nothing in it is in flight and its first message is visible.
 * Keys: `<queue>/<availableAt, 15 digits>/<the message's key within the queue>`.
 */
export interface ReadyEntry {
  /** The message group whose first message the key names; absent for a standard queue's message. */
  group?: string;
}

export const ready = (source: Collections) => source.collection<ReadyEntry>('sqs.ready');

export function readyPrefix(address: QueueAddress): string {
  return `${queueKey(address)}/`;
}

/** A message's key without its queue's prefix: the send time and counter, which sort in send order. */
export function messageSuffix(address: QueueAddress, messageKey: string): string {
  return messageKey.slice(messagesPrefix(address).length);
}

export function readyKey(address: QueueAddress, availableAt: number, messageKey: string): string {
  return `${readyPrefix(address)}${String(Math.max(0, availableAt)).padStart(15, '0')}/${messageSuffix(address, messageKey)}`;
}

/** What a ready key says: when the lane is ready and which message it starts with. */
export function parseReadyKey(address: QueueAddress, key: string): { availableAt: number; messageKey: string } {
  const rest = key.slice(readyPrefix(address).length);
  const slash = rest.indexOf('/');
  return { availableAt: Number(rest.slice(0, slash)), messageKey: messagesPrefix(address) + rest.slice(slash + 1) };
}

/**
 * Walks the queue's lanes that are ready at `now`, in order, each at most once even when handling
 * one puts it back in the index. Returns when the next lane becomes ready (Infinity when none will).
 */
export async function forEachReadyLane(
  source: Collections,
  address: QueueAddress,
  now: number,
  visit: (lane: { key: string; messageKey: string; entry: ReadyEntry }) => Promise<'more' | 'done'>,
): Promise<number> {
  const seen = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = await ready(source).list({ prefix: readyPrefix(address), after, limit: 16 });
    if (!page.length) return Infinity;
    for (const { key, value } of page) {
      after = key;
      const { availableAt, messageKey } = parseReadyKey(address, key);
      if (availableAt > now) return availableAt;
      const lane = value.group === undefined ? `message ${messageKey}` : `group ${value.group}`;
      if (seen.has(lane)) continue;
      seen.add(lane);
      if ((await visit({ key, messageKey, entry: value })) === 'done') return Infinity;
    }
  }
}
