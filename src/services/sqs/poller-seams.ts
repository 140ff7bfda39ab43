import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import { Messages } from './messages.js';
import { Queues } from './queues.js';
import { Receiver } from './receive.js';

/** The bus requests Lambda's event source pollers make: receive, delete, and change visibility. */
export const RECEIVE_MESSAGES = 'sqs.receive-messages';
export const DELETE_MESSAGES = 'sqs.delete-messages';
export const CHANGE_VISIBILITY = 'sqs.change-visibility';

export interface ReceiveMessagesRequest {
  queueArn: string;
  max: number;
  visibilityTimeout?: number;
}

/** A received message as a poller sees it: everything SQS's ReceiveMessage returns with `All` attributes. */
export interface PolledMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  md5OfBody: string;
  attributes: Record<string, string>;
  messageAttributes: Record<string, { DataType: string; StringValue?: string; BinaryValue?: string }>;
  md5OfMessageAttributes?: string;
}

/**
 * Answers the pollers through the same code paths as ReceiveMessage, DeleteMessage and
 * ChangeMessageVisibility, so receive counts, visibility and redrive behave as for any consumer.
 * A receive is a short poll: the poller keeps its own rhythm on the clock.
 */
export function registerPollerSeams(deps: ServiceDeps): void {
  const queues = new Queues(deps);
  const messages = new Messages(deps, queues);
  const receiver = new Receiver(deps, queues);
  deps.bus.respond(RECEIVE_MESSAGES, async (payload) => {
    const request = payload as ReceiveMessagesRequest;
    const { url, context } = addressOf(request.queueArn);
    const max = Math.min(10, Math.max(1, request.max));
    const result = await receiver.receiveMessage({
      QueueUrl: url, MaxNumberOfMessages: max, VisibilityTimeout: request.visibilityTimeout, WaitTimeSeconds: 0,
      MessageSystemAttributeNames: ['All'], MessageAttributeNames: ['All'],
    }, context);
    return (result.Messages ?? []).map((message): PolledMessage => ({
      messageId: message.MessageId!,
      receiptHandle: message.ReceiptHandle!,
      body: message.Body ?? '',
      md5OfBody: message.MD5OfBody!,
      attributes: message.Attributes ?? {},
      messageAttributes: Object.fromEntries(Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [name, {
        DataType: value.DataType!,
        ...(value.StringValue !== undefined ? { StringValue: value.StringValue } : {}),
        ...(value.BinaryValue !== undefined ? { BinaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
      }])),
      ...(message.MD5OfMessageAttributes ? { md5OfMessageAttributes: message.MD5OfMessageAttributes } : {}),
    }));
  });
  deps.bus.respond(DELETE_MESSAGES, async (payload) => {
    const request = payload as { queueArn: string; receiptHandles: string[] };
    const { url, context } = addressOf(request.queueArn);
    const queue = await queues.find(url, context);
    for (const handle of request.receiptHandles) await messages.delete(queue, handle);
    return {};
  });
  deps.bus.respond(CHANGE_VISIBILITY, async (payload) => {
    const request = payload as { queueArn: string; receiptHandles: string[]; visibilityTimeout: number };
    const { url, context } = addressOf(request.queueArn);
    const queue = await queues.find(url, context);
    for (const handle of request.receiptHandles) await messages.changeVisibility(queue, handle, request.visibilityTimeout);
    return {};
  });
}

/** `arn:aws:sqs:<region>:<account>:<name>` as the queue URL and owner context the provider's paths take. */
function addressOf(arn: string): { url: string; context: CallContext } {
  const [, , , region = '', account = '', name = ''] = arn.split(':');
  return {
    url: `/${account}/${encodeURIComponent(name)}`,
    context: { requestId: '', account, region, accessKeyId: account, endpoint: '', sourceIp: '' },
  };
}
