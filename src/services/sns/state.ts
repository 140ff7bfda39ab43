import type { Collection } from '../../store/store.js';
import type { TopicAddress } from './arns.js';

export interface TopicRecord extends TopicAddress {
  arn: string;
  /** The attributes clients set (Policy, DisplayName, DeliveryPolicy, FifoTopic …); computed ones are not stored. */
  attributes: Record<string, string>;
  tags: Record<string, string>;
}

export type SubscriptionProtocol = 'sqs' | 'lambda' | 'http' | 'https' | 'email' | 'email-json' | 'sms' | 'application' | 'firehose';

export interface SubscriptionRecord {
  arn: string;
  topicArn: string;
  /** The account that subscribed. */
  owner: string;
  protocol: SubscriptionProtocol;
  endpoint: string;
  /** FilterPolicy, FilterPolicyScope, RawMessageDelivery, RedrivePolicy, DeliveryPolicy, SubscriptionRoleArn. */
  attributes: Record<string, string>;
  pendingConfirmation: boolean;
  confirmationWasAuthenticated: boolean;
  /** The confirmation token sent to the endpoint, and until when (epoch ms) it confirms. */
  token?: string;
  tokenExpiresAt?: number;
  /** How clients reached Nimbus when subscribing: the base of SubscribeURL, UnsubscribeURL and SigningCertURL. */
  nimbusEndpoint: string;
}

/** A message delivered to an email, email-json or sms endpoint, kept for `GET /_nimbus/sns/outbox`. */
export interface CapturedMessage {
  protocol: 'email' | 'email-json' | 'sms' | 'application';
  endpoint: string;
  topicArn: string;
  subscriptionArn: string;
  subject?: string;
  message: string;
  /** ISO 8601. */
  timestamp: string;
}

/** A mobile push platform application (`app/<Platform>/<Name>`): its attributes as the client set them. */
export interface PlatformApplicationRecord {
  arn: string;
  platform: string;
  name: string;
  attributes: Record<string, string>;
}

/** A device endpoint of a platform application: Token, Enabled and CustomUserData. */
export interface PlatformEndpointRecord {
  arn: string;
  applicationArn: string;
  attributes: Record<string, string>;
}

/** A FIFO topic remembers deduplication ids for five minutes. */
export interface DeduplicationRecord {
  messageId: string;
  sequenceNumber: string;
  expiresAt: number;
}

export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export function topicKey(address: TopicAddress): string {
  return `${address.account}/${address.region}/${address.name}`;
}

export function subscriptionKey(topic: TopicAddress, id: string): string {
  return `${topicKey(topic)}/${id}`;
}

export const topics = (source: Collections) => source.collection<TopicRecord>('sns.topics');
export const subscriptions = (source: Collections) => source.collection<SubscriptionRecord>('sns.subscriptions');
export const captured = (source: Collections) => source.collection<CapturedMessage>('sns.captured');

export const platformApplications = (source: Collections) => source.collection<PlatformApplicationRecord>('sns.platform-applications');
export const endpoints = (source: Collections) => source.collection<PlatformEndpointRecord>('sns.platform-endpoints');
export const deduplications = (source: Collections) => source.collection<DeduplicationRecord>('sns.fifo-deduplication');
