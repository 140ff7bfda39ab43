import { createHash, randomUUID } from 'node:crypto';
import { isAwsError } from '../../common/aws-error.js';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  BatchResultErrorEntry, PublishBatchInput, PublishBatchRequestEntry, PublishBatchResponse, PublishBatchResultEntry, PublishInput, PublishResponse,
} from './api.generated.js';
import {
  batchEntryIdsNotDistinct, batchRequestTooLong, emptyBatchRequest, invalidBatchEntryId, invalidParameter, tooManyEntriesInBatchRequest, wireCode,
} from './errors.js';
import { snsMetrics } from './metrics.js';
import { matchesFilterPolicy, parseFilterPolicy, type FilterPolicyScope, type FilterValue } from './filter-policy.js';
import { attributesSize, checkMessageAttributes, filterDocument, type StoredMessageAttribute } from './message-attributes.js';
import type { Notification, Outbound } from './outbound.js';
import { deduplications, subscriptions, topicKey, type SubscriptionRecord, type TopicRecord } from './state.js';
import type { Topics } from './topics.js';

const MAX_MESSAGE_BYTES = 262144;
const MAX_BATCH_ENTRIES = 10;
const DEDUPLICATION_INTERVAL_MS = 5 * 60_000;

/** A message to publish: Publish's input or one PublishBatch entry, checked. */
interface Checked {
  message: string;
  /** Per-protocol messages when MessageStructure is json. */
  structured?: Record<string, string>;
  subject?: string;
  attributes: Record<string, StoredMessageAttribute>;
  messageGroupId?: string;
  messageDeduplicationId?: string;
}

let sequence = 0;

/** Publish and PublishBatch: checks, FIFO deduplication, filter policies, and the fan-out through the outbox. */
export class Publisher {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly topics: Topics,
    private readonly outbound: Outbound,
  ) {}

  async publish(input: PublishInput): Promise<PublishResponse> {
    const arn = input.TopicArn ?? input.TargetArn;
    if (!arn && input.PhoneNumber) return this.sendSms(input);
    if (!arn) throw invalidParameter('TopicArn or TargetArn Reason: no value for required parameter');
    const topic = await this.topics.find(arn);
    const checked = checkMessage(input, topic);
    await this.outbound.ready();
    return this.deps.store.transaction((tx) => this.fanOut(tx, topic, checked));
  }

  async publishBatch(input: PublishBatchInput): Promise<PublishBatchResponse> {
    const topic = await this.topics.find(input.TopicArn);
    const entries = input.PublishBatchRequestEntries ?? [];
    checkBatch(entries);
    await this.outbound.ready();
    const Successful: PublishBatchResultEntry[] = [];
    const Failed: BatchResultErrorEntry[] = [];
    for (const entry of entries) {
      try {
        const published = await this.deps.store.transaction((tx) => this.fanOut(tx, topic, checkMessage(entry, topic)));
        Successful.push({ Id: entry.Id, ...published });
      } catch (error) {
        if (!isAwsError(error)) throw error;
        Failed.push({ Id: entry.Id, Code: wireCode(error), Message: error.message, SenderFault: error.senderFault });
      }
    }
    return { Successful, Failed };
  }

  /** Records the message (FIFO: once per deduplication id) and queues one delivery per matching confirmed subscription. */
  private async fanOut(tx: Transaction, topic: TopicRecord, checked: Checked): Promise<PublishResponse> {
    const now = this.deps.clock.now();
    const messageId = randomUUID();
    let sequenceNumber: string | undefined;
    if (topic.attributes.FifoTopic === 'true') {
      const key = `${topicKey(topic)}/${checked.messageDeduplicationId}`;
      const earlier = await deduplications(tx).get(key);
      if (earlier && earlier.expiresAt > now) return { MessageId: earlier.messageId, SequenceNumber: earlier.sequenceNumber };
      sequence = (sequence + 1) % 1_000_000;
      sequenceNumber = `${String(now).padStart(14, '0')}${String(sequence).padStart(6, '0')}`;
      await deduplications(tx).put(key, { messageId, sequenceNumber, expiresAt: now + DEDUPLICATION_INTERVAL_MS });
    }
    const timestamp = new Date(now).toISOString();
    for (const { value: subscription } of await subscriptions(tx).list({ prefix: `${topicKey(topic)}/` })) {
      if (subscription.pendingConfirmation) continue;
      const message = checked.structured?.[structureKey(subscription)] ?? checked.structured?.default ?? checked.message;
      if (!passesFilter(subscription, message, checked.attributes)) continue;
      const notification: Notification = {
        messageId, timestamp, message, subject: checked.subject, messageAttributes: checked.attributes,
        messageGroupId: checked.messageGroupId, messageDeduplicationId: checked.messageDeduplicationId, sequenceNumber,
      };
      await this.outbound.notify(tx, topic, subscription, notification);
    }
    tx.afterCommit(() => snsMetrics(this.deps).published(topic, checked.message));
    return sequenceNumber ? { MessageId: messageId, SequenceNumber: sequenceNumber } : { MessageId: messageId };
  }

  private async sendSms(input: PublishInput): Promise<PublishResponse> {
    if (!/^\+?[0-9]{4,20}$/.test(input.PhoneNumber!)) throw invalidParameter('PhoneNumber Reason: input incorrectly formatted');
    if (!input.Message) throw invalidParameter('Empty message');
    const messageId = randomUUID();
    await this.deps.store.transaction((tx) => this.outbound.sms(tx, input.PhoneNumber!, input.Message, this.deps.clock.date().toISOString()));
    return { MessageId: messageId };
  }
}

/** What other services (EventBridge targets) enqueue on `sns.publish`. */
export interface PublishDelivery {
  topicArn: string;
  message: string;
  subject?: string;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  messageAttributes?: Record<string, { DataType: string; StringValue: string }>;
}

/** Publishes messages other services send through the outbox; one SNS refuses (no such topic) is refused, so the outbox drops it as AWS does and a sender with a dead-letter queue learns why. */
export function registerPublishDelivery(deps: ServiceDeps, publisher: Publisher): void {
  deps.bus.handle('sns.publish', async (payload) => {
    const delivery = payload as PublishDelivery;
    try {
      await publisher.publish({
        TopicArn: delivery.topicArn, Message: delivery.message, Subject: delivery.subject,
        MessageGroupId: delivery.messageGroupId, MessageDeduplicationId: delivery.messageDeduplicationId,
        MessageAttributes: delivery.messageAttributes,
      });
    } catch (error) {
      if (!isAwsError(error)) throw error;
      throw new DeliveryRefused(error.code, error.message);
    }
  });
}

function checkMessage(input: Omit<PublishBatchRequestEntry, 'Id'>, topic: TopicRecord): Checked {
  const message = input.Message;
  if (message === undefined || message === '') throw invalidParameter('Empty message');
  const attributes = checkMessageAttributes(input.MessageAttributes);
  if (Buffer.byteLength(message, 'utf8') + attributesSize(attributes) > MAX_MESSAGE_BYTES) throw invalidParameter('Message too long');
  if (input.Subject !== undefined && !/^[\x20-\x7e]{1,100}$/.test(input.Subject)) throw invalidParameter('Subject');
  const checked: Checked = { message, attributes };
  if (input.Subject !== undefined) checked.subject = input.Subject;
  if (input.MessageStructure !== undefined) {
    if (input.MessageStructure !== 'json') throw invalidParameter('MessageStructure');
    checked.structured = structuredMessages(message);
    checked.message = checked.structured.default!;
  }
  const fifo = topic.attributes.FifoTopic === 'true';
  if (fifo) {
    if (!input.MessageGroupId) throw invalidParameter('The MessageGroupId parameter is required for FIFO topics');
    checked.messageDeduplicationId = input.MessageDeduplicationId ?? contentDeduplicationId(topic, message);
  } else if (input.MessageDeduplicationId !== undefined) {
    throw invalidParameter('MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type');
  }
  if (input.MessageGroupId !== undefined) checked.messageGroupId = input.MessageGroupId;
  return checked;
}

function contentDeduplicationId(topic: TopicRecord, message: string): string {
  if (topic.attributes.ContentBasedDeduplication !== 'true') {
    throw invalidParameter('The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
  }
  return createHash('sha256').update(message, 'utf8').digest('hex');
}

/** MessageStructure json: an object of per-protocol strings, with the `default` one required. */
function structuredMessages(message: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidParameter('Message Structure - JSON message body failed to parse');
  }
  const messages = parsed as Record<string, unknown>;
  if (typeof messages.default !== 'string') throw invalidParameter('Message Structure - No default entry in JSON message body');
  return Object.fromEntries(Object.entries(messages).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The MessageStructure json key a subscription reads: its protocol, or for a platform endpoint its platform (GCM, APNS …). */
function structureKey(subscription: SubscriptionRecord): string {
  return subscription.protocol === 'application' ? subscription.endpoint.split(':').at(-1)!.split('/')[1]! : subscription.protocol;
}

function passesFilter(subscription: SubscriptionRecord, message: string, attributes: Record<string, StoredMessageAttribute>): boolean {
  const text = subscription.attributes.FilterPolicy;
  if (!text) return true;
  const scope = (subscription.attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope;
  const policy = parseFilterPolicy(text, scope);
  if (scope === 'MessageAttributes') return matchesFilterPolicy(policy, filterDocument(attributes));
  try {
    const body: unknown = JSON.parse(message);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
    return matchesFilterPolicy(policy, body as Record<string, FilterValue>);
  } catch {
    return false;
  }
}

function checkBatch(entries: readonly PublishBatchRequestEntry[]): void {
  if (!entries.length) throw emptyBatchRequest();
  if (entries.length > MAX_BATCH_ENTRIES) throw tooManyEntriesInBatchRequest();
  const seen = new Set<string>();
  let bytes = 0;
  for (const entry of entries) {
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(entry.Id ?? '')) throw invalidBatchEntryId();
    if (seen.has(entry.Id)) throw batchEntryIdsNotDistinct();
    seen.add(entry.Id);
    bytes += Buffer.byteLength(entry.Message ?? '', 'utf8');
  }
  if (bytes > MAX_MESSAGE_BYTES) throw batchRequestTooLong();
}
