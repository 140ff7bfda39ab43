import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../store/store.js';
import type { PutObjectDelivery } from '../s3/put-object-delivery.js';
import type { PublishDelivery } from '../sns/publish.js';
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
 * function as its asynchronous event, an event bus as the `detail` of a
 * `Lambda Function Invocation Result` event from source `lambda`, and an S3 bucket (on failure
 * only) as a JSON object under `aws/lambda/async/<function>/YYYY/MM/DD/`.
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
    case 's3':
      return deps.bus.enqueue(tx, 's3.put-object', failureObject(destination, record, body));
    default:
  }
}

function failureObject(bucketArn: string, record: InvocationRecord, body: string): PutObjectDelivery {
  const [, , , region, account, , functionName] = record.requestContext.functionArn.split(':');
  const stamp = record.timestamp.slice(0, 19);
  const [date] = stamp.split('T');
  return {
    account: account!,
    region: region!,
    bucket: bucketArn.split(':')[5]!,
    key: `aws/lambda/async/${functionName}/${date!.replaceAll('-', '/')}/${stamp.replaceAll(':', '.')}-${randomUUID()}`,
    body: Buffer.from(body).toString('base64'),
    contentType: 'application/json',
  };
}

/** A dead-letter queue or topic gets the event itself, with the request id and error as message attributes. */
export async function sendToDeadLetter(deps: LambdaDeps, tx: Transaction, target: string, payload: string, requestId: string, errorMessage: string): Promise<void> {
  const messageAttributes = {
    RequestID: { DataType: 'String', StringValue: requestId },
    ErrorCode: { DataType: 'Number', StringValue: '200' },
    ErrorMessage: { DataType: 'String', StringValue: errorMessage },
  };
  if (target.includes(':sqs:')) return deps.bus.enqueue(tx, 'sqs.send-message', { queueArn: target, body: payload, messageAttributes });
  if (target.includes(':sns:')) {
    const delivery: PublishDelivery = { topicArn: target, message: payload, messageAttributes };
    return deps.bus.enqueue(tx, 'sns.publish', delivery);
  }
}
