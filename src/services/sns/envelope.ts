import { CERTIFICATE_PATH, type SigningKey } from './signing.js';
import type { StoredMessageAttribute } from './message-attributes.js';

/** The JSON documents SNS delivers to sqs, http/s and email-json endpoints, signed. */

export interface EnvelopeContext {
  /** How clients reach Nimbus: the base of the URLs in the message. */
  nimbusEndpoint: string;
  topicArn: string;
  messageId: string;
  /** ISO 8601 with milliseconds. */
  timestamp: string;
  signatureVersion: string;
}

export interface NotificationContent {
  subscriptionArn: string;
  message: string;
  subject?: string;
  sequenceNumber?: string;
  messageAttributes?: Record<string, StoredMessageAttribute>;
}

export type Envelope = Record<string, unknown>;

export async function notificationEnvelope(signer: SigningKey, context: EnvelopeContext, content: NotificationContent): Promise<Envelope> {
  const signed = {
    Type: 'Notification',
    MessageId: context.messageId,
    ...(content.sequenceNumber !== undefined ? { SequenceNumber: content.sequenceNumber } : {}),
    TopicArn: context.topicArn,
    ...(content.subject !== undefined ? { Subject: content.subject } : {}),
    Message: content.message,
    Timestamp: context.timestamp,
  };
  const envelope: Envelope = {
    ...signed,
    SignatureVersion: context.signatureVersion,
    Signature: await signer.sign(signed, context.signatureVersion),
    SigningCertURL: `${context.nimbusEndpoint}${CERTIFICATE_PATH}`,
    UnsubscribeURL: `${context.nimbusEndpoint}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(content.subscriptionArn)}&Version=2010-03-31`,
  };
  const attributes = Object.entries(content.messageAttributes ?? {});
  if (attributes.length) {
    envelope.MessageAttributes = Object.fromEntries(attributes.map(([name, value]) => [name, { Type: value.DataType, Value: value.StringValue ?? value.BinaryValue }]));
  }
  return envelope;
}

/**
 * The event a Lambda subscriber is invoked with: one record whose `Sns` is the notification with the
 * field spellings AWS uses there (SigningCertUrl, UnsubscribeUrl), Subject null when none was given
 * and MessageAttributes always present.
 */
export function lambdaEvent(subscriptionArn: string, notification: Envelope): { Records: object[] } {
  const { SigningCertURL, UnsubscribeURL, MessageAttributes, ...signed } = notification;
  return {
    Records: [{
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: subscriptionArn,
      Sns: {
        Type: signed.Type,
        MessageId: signed.MessageId,
        TopicArn: signed.TopicArn,
        Subject: signed.Subject ?? null,
        Message: signed.Message,
        Timestamp: signed.Timestamp,
        SignatureVersion: signed.SignatureVersion,
        Signature: signed.Signature,
        SigningCertUrl: SigningCertURL,
        UnsubscribeUrl: UnsubscribeURL,
        MessageAttributes: MessageAttributes ?? {},
      },
    }],
  };
}

/** SubscriptionConfirmation (on Subscribe) or UnsubscribeConfirmation (on Unsubscribe), both carrying a token. */
export async function confirmationEnvelope(
  signer: SigningKey,
  context: EnvelopeContext,
  type: 'SubscriptionConfirmation' | 'UnsubscribeConfirmation',
  token: string,
  subscriptionArn: string,
): Promise<Envelope> {
  const subscribeUrl = `${context.nimbusEndpoint}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(context.topicArn)}&Token=${token}&Version=2010-03-31`;
  const message = type === 'SubscriptionConfirmation'
    ? `You have chosen to subscribe to the topic ${context.topicArn}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`
    : `You have chosen to deactivate subscription ${subscriptionArn}.\nTo cancel this operation and restore the subscription, visit the SubscribeURL included in this message.`;
  const signed = {
    Type: type,
    MessageId: context.messageId,
    Token: token,
    TopicArn: context.topicArn,
    Message: message,
    SubscribeURL: subscribeUrl,
    Timestamp: context.timestamp,
  };
  return {
    ...signed,
    SignatureVersion: context.signatureVersion,
    Signature: await signer.sign(signed, context.signatureVersion),
    SigningCertURL: `${context.nimbusEndpoint}${CERTIFICATE_PATH}`,
  };
}
