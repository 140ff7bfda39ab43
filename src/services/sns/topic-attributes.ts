import { invalidParameter } from './errors.js';
import type { TopicRecord } from './state.js';

const FEEDBACK = ['HTTP', 'Firehose', 'Lambda', 'SQS', 'Application'].flatMap((protocol) => [
  `${protocol}SuccessFeedbackRoleArn`, `${protocol}SuccessFeedbackSampleRate`, `${protocol}FailureFeedbackRoleArn`,
]);

/** The attributes SetTopicAttributes takes; CreateTopic also takes FifoTopic. */
const SETTABLE = new Set([
  'Policy', 'DisplayName', 'DeliveryPolicy', 'KmsMasterKeyId', 'SignatureVersion', 'TracingConfig',
  'ContentBasedDeduplication', 'ArchivePolicy', 'FifoThroughputScope', 'DataProtectionPolicy', ...FEEDBACK,
]);

const JSON_ATTRIBUTES = new Set(['Policy', 'DeliveryPolicy', 'ArchivePolicy', 'DataProtectionPolicy']);

/** The delivery policy SNS reports until one is set: three linear retries 20 seconds apart for HTTP. */
export const DEFAULT_DELIVERY_POLICY = {
  http: {
    defaultHealthyRetryPolicy: {
      minDelayTarget: 20, maxDelayTarget: 20, numRetries: 3, numMaxDelayRetries: 0, numNoDelayRetries: 0, numMinDelayRetries: 0, backoffFunction: 'linear',
    },
    disableSubscriptionOverrides: false,
    defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
  },
};

/** Checks one attribute a client sets; returns the value to store. */
export function checkTopicAttribute(name: string, value: string, fifo: boolean, creating: boolean): string {
  if (name === 'FifoTopic' && creating) return value;
  if (!SETTABLE.has(name)) throw invalidParameter('AttributeName');
  if (JSON_ATTRIBUTES.has(name) && value !== '') {
    try {
      JSON.parse(value);
    } catch {
      throw invalidParameter(`${name}: failed to parse JSON.`);
    }
  }
  if (name === 'SignatureVersion' && value !== '1' && value !== '2') throw invalidParameter('SignatureVersion');
  if ((name === 'ContentBasedDeduplication' || name === 'FifoThroughputScope') && !fifo) {
    throw invalidParameter(`Attributes Reason: ${name} can only be set for FIFO topics`);
  }
  if (name === 'ContentBasedDeduplication' && value !== 'true' && value !== 'false') {
    throw invalidParameter('Attributes Reason: ContentBasedDeduplication must be true or false');
  }
  return value;
}

export function defaultPolicy(topic: Pick<TopicRecord, 'arn' | 'account'>): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [{
      Sid: '__default_statement_ID',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: [
        'SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission',
        'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish',
      ],
      Resource: topic.arn,
      Condition: { StringEquals: { 'AWS:SourceOwner': topic.account } },
    }],
  });
}

/** What GetTopicAttributes reports: stored attributes over the defaults, plus counts of subscriptions. */
export function reportedTopicAttributes(topic: TopicRecord, counts: { confirmed: number; pending: number; deleted: number }): Record<string, string> {
  const fifo = topic.attributes.FifoTopic === 'true';
  const deliveryPolicy = topic.attributes.DeliveryPolicy ? JSON.parse(topic.attributes.DeliveryPolicy) as object : undefined;
  return {
    Policy: defaultPolicy(topic),
    DisplayName: '',
    ...(fifo ? { FifoTopic: 'true', ContentBasedDeduplication: 'false' } : {}),
    ...topic.attributes,
    Owner: topic.account,
    TopicArn: topic.arn,
    SubscriptionsConfirmed: String(counts.confirmed),
    SubscriptionsPending: String(counts.pending),
    SubscriptionsDeleted: String(counts.deleted),
    EffectiveDeliveryPolicy: JSON.stringify({ ...DEFAULT_DELIVERY_POLICY, ...deliveryPolicy }),
  };
}
