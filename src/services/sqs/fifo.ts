import { createHash } from 'node:crypto';
import type { SendMessageBatchRequestEntry } from './api.generated.js';
import { invalidParameter, invalidParameterValue, missingParameter } from './errors.js';
import { queueKey, addressOf, type Collections, type MessageRecord, type QueueRecord } from './state.js';

/** How long SQS remembers a deduplication id. */
const DEDUPLICATION_INTERVAL_MS = 5 * 60_000;
const NOT_FOR_THIS_QUEUE_TYPE = 'The request include parameter that is not valid for this queue type.';

export interface FifoSend {
  messageGroupId: string;
  messageDeduplicationId: string;
}

interface DeduplicationRecord {
  messageId: string;
  sequenceNumber: string;
  expiresAt: number;
}

type Sendable = Pick<SendMessageBatchRequestEntry, 'MessageGroupId' | 'MessageDeduplicationId' | 'DelaySeconds'>;

export function isFifo(queue: QueueRecord): boolean {
  return queue.attributes.FifoQueue === 'true';
}

/**
 * The FIFO parameters of a send: a FIFO queue needs a group and a deduplication id (given, or
 * the body's SHA-256 with ContentBasedDeduplication) and takes no per-message delay; a standard
 * queue takes no deduplication id.
 */
export function checkFifoSend(queue: QueueRecord, entry: Sendable, body: string): FifoSend | undefined {
  if (!isFifo(queue)) {
    if (entry.MessageDeduplicationId !== undefined) {
      throw invalidParameter('MessageDeduplicationId', entry.MessageDeduplicationId, NOT_FOR_THIS_QUEUE_TYPE);
    }
    return undefined;
  }
  if (!entry.MessageGroupId) throw missingParameter('MessageGroupId');
  if (entry.DelaySeconds !== undefined && entry.DelaySeconds !== 0) {
    throw invalidParameter('DelaySeconds', entry.DelaySeconds, NOT_FOR_THIS_QUEUE_TYPE);
  }
  let deduplicationId = entry.MessageDeduplicationId;
  if (!deduplicationId) {
    if (queue.attributes.ContentBasedDeduplication !== 'true') {
      throw invalidParameterValue('The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
    }
    deduplicationId = createHash('sha256').update(body, 'utf8').digest('hex');
  }
  return { messageGroupId: entry.MessageGroupId, messageDeduplicationId: deduplicationId };
}

let sequence = 0;

/**
 * Within five minutes a deduplication id already seen returns the earlier message's id and
 * sequence number (the message is not stored again; the MD5s stay those of this send, as SQS
 * answers and the SDK checks); otherwise the message gets its group, id and sequence number.
 */
export async function rememberDeduplication(tx: Collections, queue: QueueRecord, fifo: FifoSend, record: MessageRecord, now: number): Promise<MessageRecord | undefined> {
  const scope = queue.attributes.DeduplicationScope === 'messageGroup' ? `${fifo.messageGroupId}/` : '';
  const key = `${queueKey(addressOf(queue))}/${scope}${fifo.messageDeduplicationId}`;
  const deduplications = tx.collection<DeduplicationRecord>('sqs.fifo-deduplication');
  const earlier = await deduplications.get(key);
  if (earlier && earlier.expiresAt > now) {
    return { ...record, messageId: earlier.messageId, sequenceNumber: earlier.sequenceNumber };
  }
  sequence = (sequence + 1) % 1_000_000;
  record.sequenceNumber = `${String(now).padStart(14, '0')}${String(sequence).padStart(6, '0')}`;
  record.messageGroupId = fifo.messageGroupId;
  record.messageDeduplicationId = fifo.messageDeduplicationId;
  await deduplications.put(key, { messageId: record.messageId, sequenceNumber: record.sequenceNumber, expiresAt: now + DEDUPLICATION_INTERVAL_MS });
  return undefined;
}
