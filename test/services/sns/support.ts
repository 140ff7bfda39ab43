import { createVerify, X509Certificate } from 'node:crypto';
import { SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { clientConfig } from '../../support/nimbus.js';

export { uniqueName } from '../../support/calls.js';

export function clients(endpoint: string): { sns: SNSClient; sqs: SQSClient } {
  return {
    sns: new SNSClient(clientConfig(endpoint, { maxAttempts: 1 })),
    sqs: new SQSClient(clientConfig(endpoint, { maxAttempts: 1 })),
  };
}


/** A queue and its ARN. */
export async function createQueue(sqs: SQSClient, name: string, attributes: Record<string, string> = {}): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

/** Long-polls until `count` messages arrived (deliveries run after Publish answers) or the wait ends. */
export async function receiveAll(sqs: SQSClient, url: string, count: number, waitSeconds = 5): Promise<Message[]> {
  const received: Message[] = [];
  const deadline = Date.now() + waitSeconds * 1000;
  while (received.length < count && Date.now() < deadline) {
    const { Messages } = await sqs.send(new ReceiveMessageCommand({
      QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'],
    }));
    received.push(...(Messages ?? []));
  }
  return received;
}

/** What a failed call reports: the SDK's error name, HTTP status and message. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode, message: e.message };
  }
  throw new Error('the call succeeded');
}

const SIGNED: Record<string, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
  UnsubscribeConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/**
 * Verifies an SNS message's signature the way AWS's documentation tells subscribers to: fetch the
 * certificate at SigningCertURL, rebuild the string to sign, check it with the certificate's key.
 */
export async function signatureVerifies(message: Record<string, string>): Promise<boolean> {
  const pem = await (await fetch(message.SigningCertURL!)).text();
  const certificate = new X509Certificate(pem);
  const text = SIGNED[message.Type!]!.filter((field) => message[field] !== undefined).map((field) => `${field}\n${message[field]}\n`).join('');
  const verifier = createVerify(message.SignatureVersion === '2' ? 'RSA-SHA256' : 'RSA-SHA1');
  verifier.update(text, 'utf8');
  return verifier.verify(certificate.publicKey, message.Signature!, 'base64');
}

/** The captured email, email-json and sms deliveries. */
export async function outbox(endpoint: string): Promise<Array<Record<string, string>>> {
  const response = await fetch(`${endpoint}/_nimbus/sns/outbox`);
  return ((await response.json()) as { messages: Array<Record<string, string>> }).messages;
}

/** Polls a condition until it holds (deliveries happen after the call that caused them returns). */
export async function eventually<T>(probe: () => Promise<T | undefined>, waitMs = 5000): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
