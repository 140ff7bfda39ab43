import { FilterPolicyError, parseFilterPolicy, type FilterPolicyScope } from './filter-policy.js';
import { invalidParameter } from './errors.js';
import type { SubscriptionProtocol, SubscriptionRecord } from './state.js';
import { DEFAULT_DELIVERY_POLICY } from './topic-attributes.js';

const SETTABLE = new Set(['DeliveryPolicy', 'FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'SubscriptionRoleArn', 'ReplayPolicy']);
const RAW_PROTOCOLS = new Set<SubscriptionProtocol>(['sqs', 'http', 'https', 'firehose']);
const QUEUE_ARN = /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,80}$/;

/**
 * Checks a subscription's attributes together (the filter policy depends on its scope) and
 * returns them as stored. `reason` words an error as Subscribe (`Attributes Reason: …`) or
 * SetSubscriptionAttributes (the attribute's name) does.
 */
export function checkSubscriptionAttributes(attributes: Record<string, string>, protocol: SubscriptionProtocol, unknownName: (name: string) => string): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!SETTABLE.has(name)) throw invalidParameter(unknownName(name));
    if (value !== '') stored[name] = value;
  }
  if (stored.RawMessageDelivery !== undefined) {
    if (stored.RawMessageDelivery !== 'true' && stored.RawMessageDelivery !== 'false') {
      throw invalidParameter('Attributes Reason: RawMessageDelivery: Invalid value [' + stored.RawMessageDelivery + ']. Must be true or false.');
    }
    if (!RAW_PROTOCOLS.has(protocol)) throw invalidParameter(`Attributes Reason: Delivery protocol [${protocol}] does not support raw message delivery.`);
  }
  const scope = stored.FilterPolicyScope;
  if (scope !== undefined && scope !== 'MessageAttributes' && scope !== 'MessageBody') {
    throw invalidParameter('Attributes Reason: FilterPolicyScope: Invalid value [' + scope + ']. Please use either MessageBody or MessageAttributes');
  }
  if (stored.FilterPolicy !== undefined) {
    try {
      parseFilterPolicy(stored.FilterPolicy, (scope ?? 'MessageAttributes') as FilterPolicyScope);
    } catch (error) {
      if (error instanceof FilterPolicyError) throw invalidParameter(`FilterPolicy: ${error.message}`);
      throw error;
    }
  }
  if (stored.RedrivePolicy !== undefined) checkRedrivePolicy(stored.RedrivePolicy);
  if (stored.DeliveryPolicy !== undefined) checkJson('DeliveryPolicy', stored.DeliveryPolicy);
  return stored;
}

function checkRedrivePolicy(text: string): void {
  const policy = checkJson('RedrivePolicy', text) as { deadLetterTargetArn?: unknown };
  if (typeof policy.deadLetterTargetArn !== 'string') throw invalidParameter('RedrivePolicy: deadLetterTargetArn is missing');
  if (!QUEUE_ARN.test(policy.deadLetterTargetArn)) throw invalidParameter('RedrivePolicy: deadLetterTargetArn is an invalid arn');
}

function checkJson(name: string, text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // reported below
  }
  throw invalidParameter(`${name}: failed to parse JSON.`);
}

/** The dead-letter queue a subscription's RedrivePolicy names, if any. */
export function deadLetterQueueArn(subscription: SubscriptionRecord): string | undefined {
  if (!subscription.attributes.RedrivePolicy) return undefined;
  return (JSON.parse(subscription.attributes.RedrivePolicy) as { deadLetterTargetArn: string }).deadLetterTargetArn;
}

/** What GetSubscriptionAttributes reports. */
export function reportedSubscriptionAttributes(subscription: SubscriptionRecord, topicDeliveryPolicy: string | undefined): Record<string, string> {
  const reported: Record<string, string> = {
    SubscriptionArn: subscription.arn,
    TopicArn: subscription.topicArn,
    Owner: subscription.owner,
    Protocol: subscription.protocol,
    Endpoint: subscription.endpoint,
    PendingConfirmation: String(subscription.pendingConfirmation),
    ConfirmationWasAuthenticated: String(subscription.confirmationWasAuthenticated),
    RawMessageDelivery: 'false',
    SubscriptionPrincipal: `arn:aws:iam::${subscription.owner}:root`,
    ...subscription.attributes,
  };
  if (subscription.attributes.FilterPolicy && !subscription.attributes.FilterPolicyScope) reported.FilterPolicyScope = 'MessageAttributes';
  if (subscription.protocol === 'http' || subscription.protocol === 'https') {
    const topicPolicy = topicDeliveryPolicy ? (JSON.parse(topicDeliveryPolicy) as { http?: object }).http : undefined;
    const own = subscription.attributes.DeliveryPolicy ? JSON.parse(subscription.attributes.DeliveryPolicy) as object : {};
    reported.EffectiveDeliveryPolicy = JSON.stringify({ ...DEFAULT_DELIVERY_POLICY.http, ...topicPolicy, ...own });
  }
  return reported;
}
