import type { Transaction } from '../../store/store.js';
import { indexedQueue, MessageWrites } from './message-store.js';
import { allowsSource, parseRedrivePolicy } from './queue-attributes.js';
import { queueArn, type QueueAddress } from './queue-url.js';
import { addressOf, messageKey, queueKey, queues, type MessageRecord, type QueueRecord } from './state.js';

/** Whether the queue's redrive policy says this message has been received too often to be received again. */
export function shouldRedrive(queue: QueueRecord, message: MessageRecord): boolean {
  const policy = parseRedrivePolicy(queue.attributes.RedrivePolicy);
  return policy !== undefined && message.receiveCount >= policy.maxReceiveCount;
}

/**
 * Moves a message to the dead-letter queue named by the redrive policy, keeping its id, body,
 * attributes and sent time. Returns the dead-letter queue, or undefined when it does not exist,
 * its RedriveAllowPolicy refuses this source, or it is the queue itself (the message then stays
 * where it is, as SQS leaves it).
 */
export async function moveToDeadLetterQueue(tx: Transaction, writes: MessageWrites, key: string, message: MessageRecord, now: number): Promise<QueueAddress | undefined> {
  const queue = writes.queue;
  const policy = parseRedrivePolicy(queue.attributes.RedrivePolicy)!;
  const [, , , region, account, name] = policy.deadLetterTargetArn.split(':');
  if (!region || !account || !name) return undefined;
  const target = await queues(tx).get(queueKey({ account, region, name }));
  // A queue named as its own dead-letter queue keeps its messages, rather than moving them in circles.
  if (!target || queueKey(target) === queueKey(queue)) return undefined;
  if (!allowsSource(target.attributes, queueArn(addressOf(queue)))) return undefined;
  const moved: MessageRecord = { ...message, visibleAt: now, deadLetterQueueSourceArn: queueArn(addressOf(queue)) };
  delete moved.receiptToken;
  await writes.remove(key, message);
  const arrivals = new MessageWrites(tx, await indexedQueue(tx, target));
  await arrivals.add(messageKey(addressOf(target), now), moved);
  await arrivals.finish();
  return addressOf(target);
}
