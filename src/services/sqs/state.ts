import type { Collection } from '../../store/store.js';
import type { QueueAddress } from './queue-url.js';

/** A queue as stored: the attributes clients set (defaults filled in) and its tags. */
export interface QueueRecord {
  account: string;
  region: string;
  name: string;
  attributes: Record<string, string>;
  tags: Record<string, string>;
  /** Epoch seconds, as GetQueueAttributes reports them. */
  createdTimestamp: number;
  lastModifiedTimestamp: number;
  /** Epoch milliseconds of the last PurgeQueue, which SQS allows once a minute. */
  lastPurgedAt?: number;
  /** The layout of the ready index its messages are indexed under (message-store.ts). */
  readyIndexVersion?: number;
}

/** A message attribute as stored: binary values as base64, since records are JSON. */
export interface StoredAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
  StringListValues?: string[];
  BinaryListValues?: string[];
}

export interface MessageRecord {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes?: Record<string, StoredAttributeValue>;
  /** Message system attributes the sender set (AWSTraceHeader). */
  systemAttributes?: Record<string, StoredAttributeValue>;
  senderId: string;
  /** Epoch milliseconds. */
  sentTimestamp: number;
  /** When a receive may return the message: after its delay, then after each visibility timeout. */
  visibleAt: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** Names the latest receive; part of the receipt handle. */
  receiptToken?: string;
  /** FIFO queues only. */
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
  /** Set when a redrive policy moved the message here from another queue. */
  deadLetterQueueSourceArn?: string;
}

/** When a queue was deleted, so that its name stays taken for 60 seconds. */
export interface DeletedQueueRecord {
  deletedAt: number;
}

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

const QUEUES = 'sqs.queues';
const MESSAGES = 'sqs.messages';
const DELETED_QUEUES = 'sqs.deleted-queues';

export function queueKey(address: QueueAddress): string {
  return `${address.account}/${address.region}/${address.name}`;
}

/** Every queue of an account in a region, for ListQueues. */
export function queuesPrefix(account: string, region: string): string {
  return `${account}/${region}/`;
}

export function messagesPrefix(address: QueueAddress): string {
  return `${queueKey(address)}/`;
}

let sequence = 0;

/** Keys sort in send order: the send time, then a counter for sends within one millisecond. */
export function messageKey(address: QueueAddress, sentTimestamp: number): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${messagesPrefix(address)}${String(sentTimestamp).padStart(15, '0')}${String(sequence).padStart(6, '0')}`;
}

export const queues = (source: Collections) => source.collection<QueueRecord>(QUEUES);
export const messages = (source: Collections) => source.collection<MessageRecord>(MESSAGES);
export const deletedQueues = (source: Collections) => source.collection<DeletedQueueRecord>(DELETED_QUEUES);

export function addressOf(queue: QueueRecord): QueueAddress {
  return { account: queue.account, region: queue.region, name: queue.name };
}
