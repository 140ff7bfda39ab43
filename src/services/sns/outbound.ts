import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import { DELIVER, retryDelays, type SnsDelivery } from './deliveries.js';
import { confirmationEnvelope, lambdaEvent, notificationEnvelope, type Envelope, type EnvelopeContext } from './envelope.js';
import type { StoredMessageAttribute } from './message-attributes.js';
import type { SigningKey } from './signing.js';
import type { CapturedMessage, SubscriptionRecord, TopicRecord } from './state.js';
import { deadLetterQueueArn } from './subscription-attributes.js';
import { DEFAULT_DELIVERY_POLICY } from './topic-attributes.js';

/** The principal SQS reports as the SenderId of messages SNS delivers. */
const SNS_SENDER_ID = 'AIDAIT2UOQQY3AUEKVGXU';

/** One published message, as it goes to a subscription. */
export interface Notification {
  messageId: string;
  timestamp: string;
  /** The text for this subscription's protocol (MessageStructure json picks it per protocol). */
  message: string;
  subject?: string;
  messageAttributes: Record<string, StoredMessageAttribute>;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
}

/** Puts what SNS sends to an endpoint into the outbox, inside the caller's transaction. */
export class Outbound {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly signer: SigningKey,
  ) {}

  /** Loads the signing key; call before opening the transaction that will sign (the store waits for it). */
  async ready(): Promise<void> {
    await this.signer.certificatePem();
  }

  async notify(tx: Transaction, topic: TopicRecord, subscription: SubscriptionRecord, notification: Notification): Promise<void> {
    const raw = subscription.attributes.RawMessageDelivery === 'true';
    const envelope = () => notificationEnvelope(this.signer, this.context(topic, subscription, notification.messageId, notification.timestamp), {
      subscriptionArn: subscription.arn,
      message: notification.message,
      subject: notification.subject,
      sequenceNumber: notification.sequenceNumber,
      messageAttributes: notification.messageAttributes,
    });
    switch (subscription.protocol) {
      case 'sqs': {
        const body = raw ? notification.message : JSON.stringify(await envelope());
        // A FIFO topic also delivers to standard queues, which take neither a group nor a deduplication id.
        const fifoQueue = subscription.endpoint.endsWith('.fifo');
        await this.deps.bus.enqueue(tx, 'sqs.send-message', {
          queueArn: subscription.endpoint,
          body,
          ...(raw && Object.keys(notification.messageAttributes).length ? { messageAttributes: notification.messageAttributes } : {}),
          ...(fifoQueue && notification.messageGroupId !== undefined ? { messageGroupId: notification.messageGroupId } : {}),
          ...(fifoQueue && notification.messageDeduplicationId !== undefined ? { messageDeduplicationId: notification.messageDeduplicationId } : {}),
          senderId: SNS_SENDER_ID,
          ...optionalDeadLetter(subscription),
        });
        return;
      }
      case 'http':
      case 'https': {
        const body = raw ? notification.message : JSON.stringify(await envelope());
        const headers = this.headers('Notification', notification.messageId, topic, subscription);
        if (raw) headers['x-amz-sns-rawdelivery'] = 'true';
        return this.post(tx, topic, subscription, body, headers);
      }
      case 'email':
      case 'sms':
      case 'application':
        return this.capture(tx, subscription, notification.message, notification.timestamp, notification.subject);
      case 'email-json':
        return this.capture(tx, subscription, JSON.stringify(await envelope()), notification.timestamp, notification.subject);
      case 'lambda': {
        // SNS invokes the function asynchronously; Lambda's own event queue then runs it.
        const signed = await envelope();
        const delivery: SnsDelivery = {
          kind: 'lambda',
          functionArn: subscription.endpoint,
          topicArn: subscription.topicArn,
          event: JSON.stringify(lambdaEvent(subscription.arn, signed)),
          endpoint: subscription.nimbusEndpoint,
          envelope: JSON.stringify(signed),
          ...optionalDeadLetter(subscription),
        };
        await this.deps.bus.enqueue(tx, DELIVER, delivery);
        return;
      }
      default:
        // firehose subscriptions are stored; Nimbus does not deliver to them yet.
        return;
    }
  }

  /** The SubscriptionConfirmation (or UnsubscribeConfirmation) that carries the subscription's token. */
  async confirm(tx: Transaction, topic: TopicRecord, subscription: SubscriptionRecord, type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation'): Promise<void> {
    const messageId = randomUUID();
    const timestamp = this.deps.clock.date().toISOString();
    const envelope = await confirmationEnvelope(this.signer, this.context(topic, subscription, messageId, timestamp), type, subscription.token!, subscription.arn);
    switch (subscription.protocol) {
      case 'http':
      case 'https':
        return this.post(tx, topic, subscription, JSON.stringify(envelope), this.headers(type, messageId, topic, type === 'UnsubscribeConfirmation' ? subscription : undefined));
      case 'email':
        return this.capture(tx, subscription, emailConfirmation(topic, envelope), timestamp, 'AWS Notification - Subscription Confirmation');
      case 'email-json':
        return this.capture(tx, subscription, JSON.stringify(envelope), timestamp, 'AWS Notification - Subscription Confirmation');
      default:
        return;
    }
  }

  private async post(tx: Transaction, topic: TopicRecord, subscription: SubscriptionRecord, body: string, headers: Record<string, string>): Promise<void> {
    const delivery: SnsDelivery = {
      kind: 'http',
      url: subscription.endpoint,
      body,
      headers,
      retryDelays: retryDelays(healthyRetryPolicy(topic, subscription)),
      attempt: 0,
      ...optionalDeadLetter(subscription),
    };
    await this.deps.bus.enqueue(tx, DELIVER, delivery);
  }

  /** A text message to a phone number, published directly. */
  async sms(tx: Transaction, phoneNumber: string, message: string, timestamp: string): Promise<void> {
    const delivery: SnsDelivery = { kind: 'capture', message: { protocol: 'sms', endpoint: phoneNumber, topicArn: '', subscriptionArn: '', message, timestamp } };
    await this.deps.bus.enqueue(tx, DELIVER, delivery);
  }

  /** A message to a platform endpoint: no push service is reached, so it is captured. */
  async application(tx: Transaction, endpointArn: string, message: string, timestamp: string): Promise<void> {
    const delivery: SnsDelivery = { kind: 'capture', message: { protocol: 'application', endpoint: endpointArn, topicArn: '', subscriptionArn: '', message, timestamp } };
    await this.deps.bus.enqueue(tx, DELIVER, delivery);
  }

  private async capture(tx: Transaction, subscription: SubscriptionRecord, message: string, timestamp: string, subject: string | undefined): Promise<void> {
    const delivery: SnsDelivery = {
      kind: 'capture',
      message: {
        protocol: subscription.protocol as CapturedMessage['protocol'],
        endpoint: subscription.endpoint,
        topicArn: subscription.topicArn,
        subscriptionArn: subscription.arn,
        ...(subject !== undefined && subscription.protocol !== 'sms' && subscription.protocol !== 'application' ? { subject } : {}),
        message,
        timestamp,
      },
    };
    await this.deps.bus.enqueue(tx, DELIVER, delivery);
  }

  private headers(type: string, messageId: string, topic: TopicRecord, subscription: SubscriptionRecord | undefined): Record<string, string> {
    return {
      'content-type': 'text/plain; charset=UTF-8',
      'user-agent': 'Amazon Simple Notification Service Agent',
      'x-amz-sns-message-type': type,
      'x-amz-sns-message-id': messageId,
      'x-amz-sns-topic-arn': topic.arn,
      ...(subscription ? { 'x-amz-sns-subscription-arn': subscription.arn } : {}),
    };
  }

  private context(topic: TopicRecord, subscription: SubscriptionRecord, messageId: string, timestamp: string): EnvelopeContext {
    return { nimbusEndpoint: subscription.nimbusEndpoint, topicArn: topic.arn, messageId, timestamp, signatureVersion: topic.attributes.SignatureVersion ?? '1' };
  }
}

function optionalDeadLetter(subscription: SubscriptionRecord): { deadLetterQueueArn?: string } {
  const arn = deadLetterQueueArn(subscription);
  return arn ? { deadLetterQueueArn: arn } : {};
}

/** The subscription's own policy, unless the topic forbids overrides, else the topic's, else SNS's default. */
function healthyRetryPolicy(topic: TopicRecord, subscription: SubscriptionRecord): object {
  type Policy = { healthyRetryPolicy?: object; http?: { defaultHealthyRetryPolicy?: object; disableSubscriptionOverrides?: boolean } };
  const topicPolicy = topic.attributes.DeliveryPolicy ? (JSON.parse(topic.attributes.DeliveryPolicy) as Policy).http : undefined;
  const own = subscription.attributes.DeliveryPolicy ? (JSON.parse(subscription.attributes.DeliveryPolicy) as Policy).healthyRetryPolicy : undefined;
  if (own && !topicPolicy?.disableSubscriptionOverrides) return own;
  return topicPolicy?.defaultHealthyRetryPolicy ?? DEFAULT_DELIVERY_POLICY.http.defaultHealthyRetryPolicy;
}

function emailConfirmation(topic: TopicRecord, envelope: Envelope): string {
  const name = topic.attributes.DisplayName || topic.name;
  return `You have chosen to subscribe to the topic: \n${topic.arn}\n\nTo confirm this subscription, click or visit the link below (If this was in error no action is necessary):\nConfirm subscription: ${String(envelope.SubscribeURL)}\n\n(${name})`;
}
