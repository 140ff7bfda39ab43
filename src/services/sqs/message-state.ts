import type { MessageRecord, QueueRecord } from './state.js';

/** A message's state at a moment: delayed, visible, in flight (received, not yet visible again) or expired. */

export function isVisible(message: MessageRecord, now: number): boolean {
  return message.visibleAt <= now;
}

export function isDelayed(message: MessageRecord, now: number): boolean {
  return message.receiveCount === 0 && message.visibleAt > now;
}

export function isInFlight(message: MessageRecord, now: number): boolean {
  return message.receiveCount > 0 && message.visibleAt > now;
}

/** Past the queue's MessageRetentionPeriod: SQS deletes it, so no receive or count sees it. */
export function isExpired(message: MessageRecord, queue: QueueRecord, now: number): boolean {
  return message.sentTimestamp + Number(queue.attributes.MessageRetentionPeriod ?? 345600) * 1000 <= now;
}
