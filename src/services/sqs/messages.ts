import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  ChangeMessageVisibilityRequest, DeleteMessageRequest, SendMessageBatchRequestEntry, SendMessageRequest, SendMessageResult,
} from './api.generated.js';
import { invalidParameter, messageNotInflight } from './errors.js';
import { checkFifoSend, isFifo, rememberDeduplication, type FifoSend } from './fifo.js';
import { md5OfAttributes, md5OfBody } from './message-md5.js';
import { sqsMetrics } from './metrics.js';
import { isVisible } from './message-state.js';
import { MessageWrites } from './message-store.js';
import { checkBody, checkMessageAttributes, checkSize, checkSystemAttributes } from './message-validation.js';
import type { Queues } from './queues.js';
import { decodeReceiptHandle, type Receipt } from './receipt-handle.js';
import { availableTopic } from './receive.js';
import { addressOf, messageKey, messages, messagesPrefix, type MessageRecord, type QueueRecord } from './state.js';

export const MAX_VISIBILITY_TIMEOUT = 43200;
const MAX_DELAY_SECONDS = 900;

/** What a sender gives for one message: SendMessage's input, or one SendMessageBatch entry. */
export type MessageToSend = Omit<SendMessageRequest, 'QueueUrl'> | SendMessageBatchRequestEntry;

/** A message that passed every check of a send, ready to store. */
export interface CheckedMessage {
  body: string;
  attributes: NonNullable<MessageRecord['messageAttributes']>;
  systemAttributes: NonNullable<MessageRecord['systemAttributes']>;
  fifo: FifoSend | undefined;
  delaySeconds: number;
}

/**
 * Sending, deleting and changing the visibility of messages. Each has a part that runs inside a
 * transaction, so that a batch call commits its entries together: one write to disk, and after a
 * crash either all of its acknowledged entries or none of them.
 */
export class Messages {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly queues: Queues,
  ) {}

  async sendMessage(input: SendMessageRequest, context: CallContext): Promise<SendMessageResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    return this.send(queue, input, context);
  }

  /** Validates and stores one message, then wakes the queue's long polls. */
  async send(queue: QueueRecord, entry: MessageToSend, context: CallContext): Promise<SendMessageResult> {
    const message = checkMessage(queue, entry);
    const result = await this.deps.store.transaction(async (tx) => {
      const writes = new MessageWrites(tx, await this.queues.current(queue, tx));
      const stored = await this.store(tx, writes, message, context);
      await writes.finish();
      return stored;
    });
    this.sent(queue, [message]);
    return result;
  }

  /** Stores a checked message, unless its FIFO deduplication id was seen: that send's result stands. */
  async store(tx: Transaction, writes: MessageWrites, message: CheckedMessage, context: CallContext): Promise<SendMessageResult> {
    const queue = writes.queue;
    // Read inside the transaction, so that keys (and FIFO sequence numbers) follow commit order.
    const now = this.deps.clock.now();
    const record: MessageRecord = {
      messageId: randomUUID(),
      body: message.body,
      md5OfBody: md5OfBody(message.body),
      senderId: senderId(context),
      sentTimestamp: now,
      visibleAt: now + message.delaySeconds * 1000,
      receiveCount: 0,
    };
    if (Object.keys(message.attributes).length) record.messageAttributes = message.attributes;
    if (Object.keys(message.systemAttributes).length) record.systemAttributes = message.systemAttributes;
    const earlier = message.fifo && (await rememberDeduplication(tx, queue, message.fifo, record, now));
    if (!earlier) await writes.add(messageKey(addressOf(queue), now), record);
    return sendResult(earlier || record, message.attributes, message.systemAttributes);
  }

  /** After the commit of sends: wakes the queue's long polls and counts the messages. */
  sent(queue: QueueRecord, sent: readonly CheckedMessage[]): void {
    if (!sent.length) return;
    this.deps.bus.emit(availableTopic(addressOf(queue)), undefined);
    for (const message of sent) sqsMetrics(this.deps).sent(queue, Buffer.byteLength(message.body));
  }

  async deleteMessage(input: DeleteMessageRequest, context: CallContext): Promise<void> {
    const queue = await this.queues.find(input.QueueUrl, context);
    await this.delete(queue, input.ReceiptHandle);
  }

  async delete(queue: QueueRecord, receiptHandle: string): Promise<void> {
    const receipt = decodeReceiptHandle(receiptHandle, messagesPrefix(addressOf(queue)));
    await this.deps.store.transaction(async (tx) => {
      const writes = new MessageWrites(tx, queue);
      await this.remove(tx, writes, receipt);
      await writes.finish();
    });
    this.deleted(queue, 1);
  }

  /** Deletes the message a handle names; a message already gone is no error, as in SQS. */
  async remove(tx: Transaction, writes: MessageWrites, receipt: Receipt): Promise<void> {
    const message = await messages(tx).get(receipt.messageKey);
    if (message) await writes.remove(receipt.messageKey, message);
  }

  /** After the commit of deletes: a FIFO group may be free to give its next message; counts them. */
  deleted(queue: QueueRecord, count: number): void {
    if (!count) return;
    if (isFifo(queue)) this.deps.bus.emit(availableTopic(addressOf(queue)), undefined);
    for (let i = 0; i < count; i++) sqsMetrics(this.deps).deleted(queue);
  }

  async changeMessageVisibility(input: ChangeMessageVisibilityRequest, context: CallContext): Promise<void> {
    const queue = await this.queues.find(input.QueueUrl, context);
    await this.changeVisibility(queue, input.ReceiptHandle, input.VisibilityTimeout);
  }

  async changeVisibility(queue: QueueRecord, receiptHandle: string, timeout: number | undefined): Promise<void> {
    const receipt = checkVisibilityChange(queue, receiptHandle, timeout);
    await this.deps.store.transaction(async (tx) => {
      const writes = new MessageWrites(tx, queue);
      await this.moveVisibility(tx, writes, receipt, receiptHandle, timeout!);
      await writes.finish();
    });
    this.visibilityChanged(queue);
  }

  /** After the commit of visibility changes: a message made visible may be received at once. */
  visibilityChanged(queue: QueueRecord): void {
    this.deps.bus.emit(availableTopic(addressOf(queue)), undefined);
  }

  /** Moves an in-flight message's visibility to now + timeout; 0 makes it visible at once. */
  async moveVisibility(tx: Transaction, writes: MessageWrites, receipt: Receipt, receiptHandle: string, timeout: number): Promise<void> {
    const message = await messages(tx).get(receipt.messageKey);
    const now = this.deps.clock.now();
    if (!message) {
      throw invalidParameter('ReceiptHandle', receiptHandle, 'Message does not exist or is not available for visibility timeout change.');
    }
    if (isVisible(message, now)) throw messageNotInflight();
    await writes.replace(receipt.messageKey, message, { ...message, visibleAt: now + timeout * 1000 });
  }
}

/** Every check of a send that needs no state: body, attributes, size, FIFO parameters, delay. */
export function checkMessage(queue: QueueRecord, entry: MessageToSend): CheckedMessage {
  const body = checkBody(entry.MessageBody);
  const attributes = checkMessageAttributes(entry.MessageAttributes);
  const systemAttributes = checkSystemAttributes(entry.MessageSystemAttributes);
  checkSize(body, attributes, Number(queue.attributes.MaximumMessageSize));
  const fifo = checkFifoSend(queue, entry, body);
  const delaySeconds = entry.DelaySeconds ?? Number(queue.attributes.DelaySeconds ?? 0);
  if (delaySeconds < 0 || delaySeconds > MAX_DELAY_SECONDS) {
    throw invalidParameter('DelaySeconds', delaySeconds, `DelaySeconds must be >= 0 and <= ${MAX_DELAY_SECONDS}`);
  }
  return { body, attributes, systemAttributes, fifo, delaySeconds };
}

export function checkVisibilityChange(queue: QueueRecord, receiptHandle: string, timeout: number | undefined): Receipt {
  const receipt = decodeReceiptHandle(receiptHandle, messagesPrefix(addressOf(queue)));
  if (timeout === undefined) throw invalidParameter('VisibilityTimeout', timeout, 'Must be provided.');
  if (timeout < 0 || timeout > MAX_VISIBILITY_TIMEOUT) {
    throw invalidParameter('VisibilityTimeout', timeout, `Must be between 0 and ${MAX_VISIBILITY_TIMEOUT}, if provided.`);
  }
  return receipt;
}

function sendResult(record: MessageRecord, attributes: MessageRecord['messageAttributes'], systemAttributes: MessageRecord['systemAttributes']): SendMessageResult {
  const result: SendMessageResult = { MD5OfMessageBody: record.md5OfBody, MessageId: record.messageId };
  const md5OfMessageAttributes = md5OfAttributes(attributes ?? {});
  if (md5OfMessageAttributes) result.MD5OfMessageAttributes = md5OfMessageAttributes;
  const md5OfSystemAttributes = md5OfAttributes(systemAttributes ?? {});
  if (md5OfSystemAttributes) result.MD5OfMessageSystemAttributes = md5OfSystemAttributes;
  if (record.sequenceNumber) result.SequenceNumber = record.sequenceNumber;
  return result;
}

/** SQS reports the sender's principal: the account for root keys, else the key's user. */
function senderId(context: CallContext): string {
  return context.accessKeyId && context.accessKeyId !== context.account ? context.accessKeyId : context.account;
}
