import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  ChangeMessageVisibilityRequest, DeleteMessageRequest, SendMessageBatchRequestEntry, SendMessageRequest, SendMessageResult,
} from './api.generated.js';
import { invalidParameter, messageNotInflight, queueDoesNotExist } from './errors.js';
import { checkFifoSend, rememberDeduplication } from './fifo.js';
import { md5OfAttributes, md5OfBody } from './message-md5.js';
import { sqsMetrics } from './metrics.js';
import { isVisible } from './message-state.js';
import { checkBody, checkMessageAttributes, checkSize, checkSystemAttributes } from './message-validation.js';
import type { Queues } from './queues.js';
import { decodeReceiptHandle } from './receipt-handle.js';
import { availableTopic } from './receive.js';
import { addressOf, messageKey, messages, messagesPrefix, queueKey, queues, type MessageRecord, type QueueRecord } from './state.js';

export const MAX_VISIBILITY_TIMEOUT = 43200;
const MAX_DELAY_SECONDS = 900;

/** What a sender gives for one message: SendMessage's input, or one SendMessageBatch entry. */
export type MessageToSend = Omit<SendMessageRequest, 'QueueUrl'> | SendMessageBatchRequestEntry;

/** Sending, deleting and changing the visibility of single messages. */
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
    const body = checkBody(entry.MessageBody);
    const attributes = checkMessageAttributes(entry.MessageAttributes);
    const systemAttributes = checkSystemAttributes(entry.MessageSystemAttributes);
    checkSize(body, attributes, Number(queue.attributes.MaximumMessageSize));
    const fifo = checkFifoSend(queue, entry, body);
    const delay = entry.DelaySeconds ?? Number(queue.attributes.DelaySeconds ?? 0);
    if (delay < 0 || delay > MAX_DELAY_SECONDS) {
      throw invalidParameter('DelaySeconds', delay, `DelaySeconds must be >= 0 and <= ${MAX_DELAY_SECONDS}`);
    }
    const address = addressOf(queue);
    const now = this.deps.clock.now();
    const record: MessageRecord = {
      messageId: randomUUID(),
      body,
      md5OfBody: md5OfBody(body),
      senderId: senderId(context),
      sentTimestamp: now,
      visibleAt: now + delay * 1000,
      receiveCount: 0,
    };
    if (Object.keys(attributes).length) record.messageAttributes = attributes;
    if (Object.keys(systemAttributes).length) record.systemAttributes = systemAttributes;
    const stored = await this.deps.store.transaction(async (tx) => {
      if (!(await queues(tx).get(queueKey(address)))) throw queueDoesNotExist();
      if (fifo) {
        const earlier = await rememberDeduplication(tx, queue, fifo, record, now);
        if (earlier) return earlier;
      }
      await messages(tx).put(messageKey(address, now), record);
      return record;
    });
    this.deps.bus.emit(availableTopic(address), undefined);
    sqsMetrics(this.deps).sent(queue, Buffer.byteLength(body));
    return sendResult(stored, attributes, systemAttributes);
  }

  async deleteMessage(input: DeleteMessageRequest, context: CallContext): Promise<void> {
    const queue = await this.queues.find(input.QueueUrl, context);
    await this.delete(queue, input.ReceiptHandle);
  }

  /** Deletes the message a handle names; a message already gone is no error, as in SQS. */
  async delete(queue: QueueRecord, receiptHandle: string): Promise<void> {
    const receipt = decodeReceiptHandle(receiptHandle, messagesPrefix(addressOf(queue)));
    await messages(this.deps.store).delete(receipt.messageKey);
    sqsMetrics(this.deps).deleted(queue);
  }

  async changeMessageVisibility(input: ChangeMessageVisibilityRequest, context: CallContext): Promise<void> {
    const queue = await this.queues.find(input.QueueUrl, context);
    await this.changeVisibility(queue, input.ReceiptHandle, input.VisibilityTimeout);
  }

  /** Moves an in-flight message's visibility to now + timeout; 0 makes it visible at once. */
  async changeVisibility(queue: QueueRecord, receiptHandle: string, timeout: number | undefined): Promise<void> {
    const receipt = decodeReceiptHandle(receiptHandle, messagesPrefix(addressOf(queue)));
    if (timeout === undefined) throw invalidParameter('VisibilityTimeout', timeout, 'Must be provided.');
    if (timeout < 0 || timeout > MAX_VISIBILITY_TIMEOUT) {
      throw invalidParameter('VisibilityTimeout', timeout, `Must be between 0 and ${MAX_VISIBILITY_TIMEOUT}, if provided.`);
    }
    await this.deps.store.transaction(async (tx) => {
      const message = await messages(tx).get(receipt.messageKey);
      const now = this.deps.clock.now();
      if (!message) {
        throw invalidParameter('ReceiptHandle', receiptHandle, 'Message does not exist or is not available for visibility timeout change.');
      }
      if (isVisible(message, now)) throw messageNotInflight();
      await messages(tx).put(receipt.messageKey, { ...message, visibleAt: now + timeout * 1000 });
    });
    this.deps.bus.emit(availableTopic(addressOf(queue)), undefined);
  }
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
