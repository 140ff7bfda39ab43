import { isAwsError } from '../../common/aws-error.js';
import { DeliveryRefused } from '../../events/delivery-refused.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { MessageAttributeValue } from './api.generated.js';
import { Messages } from './messages.js';
import { Queues } from './queues.js';
import { queueKey, queues } from './state.js';

/** The bus topic other services enqueue to put a message on a queue (SNS fan-out, EventBridge targets). */
export const SEND_MESSAGE = 'sqs.send-message';

/** An attribute as it travels through the outbox: JSON, so binary values are base64. */
export interface DeliveredAttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: string;
}

/** What a sending service enqueues on `sqs.send-message`. */
export interface SendMessageDelivery {
  queueArn: string;
  body: string;
  messageAttributes?: Record<string, DeliveredAttributeValue>;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  /** AWSTraceHeader, as SendMessage takes it. */
  messageSystemAttributes?: Record<string, DeliveredAttributeValue>;
  /** The principal SQS reports as SenderId; the queue owner's account when absent. */
  senderId?: string;
  /**
   * A queue to put the message on instead when the target refuses it for good (gone, or the
   * message breaks its rules): SNS subscription and EventBridge target dead-letter queues.
   */
  deadLetterQueueArn?: string;
}

/**
 * Registers the `sqs.send-message` delivery. It takes the same path as SendMessage (validation,
 * size, FIFO group and deduplication, the queue's delay, MD5s), so a delivered message is
 * indistinguishable from a sent one. A refusal that no retry can cure is not retried: the message
 * goes to the dead-letter queue if one was named, else the delivery is refused (the outbox drops it,
 * as AWS drops it, and a sender that delivers directly learns why).
 */
export function registerDeliveries(deps: ServiceDeps): void {
  const queueStore = new Queues(deps);
  const messages = new Messages(deps, queueStore);
  const deliver = async (arn: string, delivery: SendMessageDelivery): Promise<void> => {
    const address = parseQueueArn(arn);
    const queue = address && (await queues(deps.store).get(queueKey(address)));
    if (!address || !queue) throw new QueueGone(arn);
    const context = callerOf(address.account, address.region, delivery.senderId);
    await messages.send(queue, {
      MessageBody: delivery.body,
      MessageAttributes: toSendAttributes(delivery.messageAttributes),
      MessageSystemAttributes: toSendAttributes(delivery.messageSystemAttributes),
      MessageGroupId: delivery.messageGroupId,
      MessageDeduplicationId: delivery.messageDeduplicationId,
    }, context);
  };
  deps.bus.handle(SEND_MESSAGE, async (payload) => {
    const delivery = payload as SendMessageDelivery;
    try {
      await deliver(delivery.queueArn, delivery);
    } catch (error) {
      if (!(error instanceof QueueGone) && !isAwsError(error)) throw error;
      if (!delivery.deadLetterQueueArn) throw refusal(error);
      try {
        await deliver(delivery.deadLetterQueueArn, delivery);
      } catch (deadLetterError) {
        if (!(deadLetterError instanceof QueueGone) && !isAwsError(deadLetterError)) throw deadLetterError;
        throw refusal(deadLetterError);
      }
    }
  });
}

function refusal(error: unknown): DeliveryRefused {
  if (isAwsError(error)) return new DeliveryRefused(error.code, error.message);
  return new DeliveryRefused('AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
}

class QueueGone extends Error {
  constructor(arn: string) {
    super(`no queue ${arn}`);
  }
}

/** `arn:aws:sqs:<region>:<account>:<name>` */
function parseQueueArn(arn: string): { account: string; region: string; name: string } | undefined {
  const match = /^arn:aws[a-z-]*:sqs:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]{1,80})$/.exec(arn);
  return match ? { region: match[1]!, account: match[2]!, name: match[3]! } : undefined;
}

function callerOf(account: string, region: string, senderId: string | undefined): CallContext {
  return { requestId: '', account, region, accessKeyId: senderId ?? account, endpoint: '', sourceIp: '' };
}

function toSendAttributes(attributes: Record<string, DeliveredAttributeValue> | undefined): Record<string, MessageAttributeValue> | undefined {
  if (!attributes) return undefined;
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, {
    DataType: value.DataType,
    ...(value.StringValue !== undefined ? { StringValue: value.StringValue } : {}),
    ...(value.BinaryValue !== undefined ? { BinaryValue: Buffer.from(value.BinaryValue, 'base64') } : {}),
  }]));
}
