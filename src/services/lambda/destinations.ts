import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../store/store.js';
import { INVOKE_ASYNC, type InvokeAsyncDelivery } from './invoke.js';
import type { LambdaDeps } from './lookup.js';

/** The invocation record Lambda sends to an on-success or on-failure destination. */
export interface InvocationRecord {
  version: '1.0';
  timestamp: string;
  requestContext: { requestId: string; functionArn: string; condition: string; approximateInvokeCount: number };
  requestPayload: unknown;
  responseContext: Record<string, unknown>;
  responsePayload: unknown;
}

/**
 * Hands an invocation record to its destination through the outbox, in the transaction that
 * settles the event: an SQS queue gets it as the message body, an SNS topic as the message, a
 * function as its asynchronous event, and an event bus as the `detail` of a
 * `Lambda Function Invocation Result` event from source `lambda`.
 */
export async function sendToDestination(deps: LambdaDeps, tx: Transaction, destination: string, record: InvocationRecord): Promise<void> {
  const [, , service, region, account, , name, qualifier] = destination.split(':');
  const body = JSON.stringify(record);
  switch (service) {
    case 'sqs':
      return deps.bus.enqueue(tx, 'sqs.send-message', { queueArn: destination, body });
    case 'sns':
      return deps.bus.enqueue(tx, 'sns.publish', { topicArn: destination, message: body });
    case 'lambda': {
      const delivery: InvokeAsyncDelivery = {
        functionArn: `arn:aws:lambda:${region}:${account}:function:${name}`,
        payload: body,
        ...(qualifier ? { qualifier } : {}),
        endpoint: deps.endpoint(),
      };
      return deps.bus.enqueue(tx, INVOKE_ASYNC, delivery);
    }
    case 'events': {
      const success = record.requestContext.condition === 'Success';
      const event = {
        version: '0',
        id: randomUUID(),
        'detail-type': `Lambda Function Invocation Result - ${success ? 'Success' : 'Failure'}`,
        source: 'lambda',
        account: record.requestContext.functionArn.split(':')[4],
        time: record.timestamp.replace(/\.\d{3}Z$/, 'Z'),
        region: record.requestContext.functionArn.split(':')[3],
        resources: [destination, record.requestContext.functionArn],
        detail: record,
      };
      return deps.bus.enqueue(tx, 'events.put-event', { busArn: destination, event });
    }
    default:
  }
}

/** A dead-letter queue or topic gets the event itself, with the request id and error as attributes where the target keeps them. */
export async function sendToDeadLetter(deps: LambdaDeps, tx: Transaction, target: string, payload: string, requestId: string, errorMessage: string): Promise<void> {
  if (target.includes(':sqs:')) {
    return deps.bus.enqueue(tx, 'sqs.send-message', {
      queueArn: target,
      body: payload,
      messageAttributes: {
        RequestID: { DataType: 'String', StringValue: requestId },
        ErrorCode: { DataType: 'Number', StringValue: '200' },
        ErrorMessage: { DataType: 'String', StringValue: errorMessage },
      },
    });
  }
  // The outbox's SNS publish carries no message attributes: a topic gets the event alone.
  if (target.includes(':sns:')) return deps.bus.enqueue(tx, 'sns.publish', { topicArn: target, message: payload });
}
