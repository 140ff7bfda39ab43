import { randomBytes, randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  ConfirmSubscriptionInput, ConfirmSubscriptionResponse, GetSubscriptionAttributesInput, GetSubscriptionAttributesResponse,
  ListSubscriptionsByTopicInput, ListSubscriptionsByTopicResponse, ListSubscriptionsInput, ListSubscriptionsResponse,
  SetSubscriptionAttributesInput, Subscription, SubscribeInput, SubscribeResponse, UnsubscribeInput,
} from './api.generated.js';
import { parseSubscriptionArn, parseTopicArn } from './arns.js';
import { invalidParameter, subscriptionNotFound } from './errors.js';
import type { Outbound } from './outbound.js';
import { subscriptionKey, subscriptions, topicKey, topics, type SubscriptionProtocol, type SubscriptionRecord } from './state.js';
import { checkSubscriptionAttributes, reportedSubscriptionAttributes } from './subscription-attributes.js';
import type { Topics } from './topics.js';

const PAGE_SIZE = 100;
const TOKEN_VALIDITY_MS = 3 * 24 * 3600_000;
const PENDING = 'pending confirmation';
/** Endpoints that confirm by following a link SNS sends them; the others are confirmed at once. */
const CONFIRMED_BY_LINK = new Set<SubscriptionProtocol>(['http', 'https', 'email', 'email-json']);

const ENDPOINT_RULES: Record<string, { test: RegExp; reason: string }> = {
  sqs: { test: /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,80}$/, reason: 'SQS endpoint ARN' },
  lambda: { test: /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/, reason: 'Lambda endpoint ARN' },
  firehose: { test: /^arn:aws[a-z-]*:firehose:[a-z0-9-]+:\d{12}:deliverystream\/.+$/, reason: 'Firehose endpoint ARN' },
  application: { test: /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:endpoint\/.+$/, reason: 'Application endpoint ARN' },
  http: { test: /^http:\/\/[^\s/]+/i, reason: 'Endpoint must match the specified protocol' },
  https: { test: /^https:\/\/[^\s/]+/i, reason: 'Endpoint must match the specified protocol' },
  email: { test: /^[^\s@]+@[^\s@]+$/, reason: 'Email address' },
  'email-json': { test: /^[^\s@]+@[^\s@]+$/, reason: 'Email address' },
  sms: { test: /^\+?[0-9][0-9 ()-]{3,19}$/, reason: 'Invalid SMS endpoint' },
};

/** Subscriptions: Subscribe, ConfirmSubscription, Unsubscribe, their listings and attributes. */
export class Subscriptions {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly topics: Topics,
    private readonly outbound: Outbound,
  ) {}

  async subscribe(input: SubscribeInput, context: CallContext): Promise<SubscribeResponse> {
    const protocol = checkProtocol(input.Protocol);
    const endpoint = checkEndpoint(protocol, input.Endpoint);
    const attributes = checkSubscriptionAttributes(input.Attributes ?? {}, protocol, () => 'Attributes Reason: Unknown attribute');
    const address = parseTopicArn(input.TopicArn);
    await this.outbound.ready();
    return this.deps.store.transaction(async (tx) => {
      const topic = await this.topics.find(input.TopicArn, tx);
      if (topic.attributes.FifoTopic === 'true' && protocol !== 'sqs') {
        throw invalidParameter(`Invalid protocol type: ${protocol}`);
      }
      for (const { value } of await subscriptions(tx).list({ prefix: `${topicKey(address)}/` })) {
        if (value.protocol !== protocol || value.endpoint !== endpoint) continue;
        const differs = Object.entries(attributes).some(([name, setTo]) => value.attributes[name] !== setTo);
        if (differs) throw invalidParameter('Attributes Reason: Subscription already exists with different attributes');
        return { SubscriptionArn: value.pendingConfirmation && !input.ReturnSubscriptionArn ? PENDING : value.arn };
      }
      const id = randomUUID();
      const byLink = CONFIRMED_BY_LINK.has(protocol);
      const subscription: SubscriptionRecord = {
        arn: `${topic.arn}:${id}`,
        topicArn: topic.arn,
        owner: context.account,
        protocol,
        endpoint,
        attributes,
        pendingConfirmation: byLink,
        confirmationWasAuthenticated: !byLink,
        nimbusEndpoint: context.endpoint,
      };
      if (byLink) {
        subscription.token = randomBytes(64).toString('hex');
        subscription.tokenExpiresAt = this.deps.clock.now() + TOKEN_VALIDITY_MS;
      }
      await subscriptions(tx).put(subscriptionKey(address, id), subscription);
      if (byLink) await this.outbound.confirm(tx, topic, subscription, 'SubscriptionConfirmation');
      return { SubscriptionArn: byLink && !input.ReturnSubscriptionArn ? PENDING : subscription.arn };
    });
  }

  async confirmSubscription(input: ConfirmSubscriptionInput): Promise<ConfirmSubscriptionResponse> {
    const address = parseTopicArn(input.TopicArn);
    return this.deps.store.transaction(async (tx) => {
      await this.topics.find(input.TopicArn, tx);
      const now = this.deps.clock.now();
      for (const { key, value } of await subscriptions(tx).list({ prefix: `${topicKey(address)}/` })) {
        if (!value.token || value.token !== input.Token) continue;
        if ((value.tokenExpiresAt ?? 0) <= now) break;
        if (value.pendingConfirmation) {
          const authenticated = input.AuthenticateOnUnsubscribe === 'true';
          await subscriptions(tx).put(key, { ...value, pendingConfirmation: false, confirmationWasAuthenticated: authenticated });
        }
        return { SubscriptionArn: value.arn };
      }
      throw invalidParameter('Token');
    });
  }

  async unsubscribe(input: UnsubscribeInput): Promise<void> {
    const { topic: address, id } = parseSubscriptionArn(input.SubscriptionArn);
    await this.outbound.ready();
    await this.deps.store.transaction(async (tx) => {
      const subscription = await subscriptions(tx).get(subscriptionKey(address, id));
      if (!subscription) throw subscriptionNotFound();
      await subscriptions(tx).delete(subscriptionKey(address, id));
      const topic = await topics(tx).get(topicKey(address));
      if (topic && (subscription.protocol === 'http' || subscription.protocol === 'https')) {
        const token = subscription.token ?? randomBytes(64).toString('hex');
        await this.outbound.confirm(tx, topic, { ...subscription, token }, 'UnsubscribeConfirmation');
      }
    });
  }

  async listSubscriptions(input: ListSubscriptionsInput, context: CallContext): Promise<ListSubscriptionsResponse> {
    return this.list(`${context.account}/${context.region}/`, input.NextToken);
  }

  async listSubscriptionsByTopic(input: ListSubscriptionsByTopicInput): Promise<ListSubscriptionsByTopicResponse> {
    const topic = await this.topics.find(input.TopicArn);
    return this.list(`${topicKey(topic)}/`, input.NextToken);
  }

  async getSubscriptionAttributes(input: GetSubscriptionAttributesInput): Promise<GetSubscriptionAttributesResponse> {
    const subscription = await this.find(input.SubscriptionArn);
    const topic = await topics(this.deps.store).get(topicKey(parseTopicArn(subscription.topicArn)));
    return { Attributes: reportedSubscriptionAttributes(subscription, topic?.attributes.DeliveryPolicy) };
  }

  async setSubscriptionAttributes(input: SetSubscriptionAttributesInput): Promise<void> {
    const { topic: address, id } = parseSubscriptionArn(input.SubscriptionArn);
    await this.deps.store.transaction(async (tx) => {
      const subscription = await subscriptions(tx).get(subscriptionKey(address, id));
      if (!subscription) throw subscriptionNotFound();
      const merged = { ...subscription.attributes, [input.AttributeName]: input.AttributeValue ?? '' };
      const attributes = checkSubscriptionAttributes(merged, subscription.protocol, () => 'AttributeName');
      await subscriptions(tx).put(subscriptionKey(address, id), { ...subscription, attributes });
    });
  }

  private async find(arn: string): Promise<SubscriptionRecord> {
    const { topic, id } = parseSubscriptionArn(arn);
    const subscription = await subscriptions(this.deps.store).get(subscriptionKey(topic, id));
    if (!subscription) throw subscriptionNotFound();
    return subscription;
  }

  private async list(prefix: string, nextToken: string | undefined): Promise<ListSubscriptionsResponse> {
    const after = nextToken ? decodeNextToken(nextToken, prefix) : undefined;
    const found = await subscriptions(this.deps.store).list({ prefix, after, limit: PAGE_SIZE + 1 });
    const page = found.slice(0, PAGE_SIZE);
    const result: ListSubscriptionsResponse = { Subscriptions: page.map(({ value }) => listed(value)) };
    if (found.length > PAGE_SIZE) result.NextToken = Buffer.from(page.at(-1)!.key).toString('base64');
    return result;
  }
}

function listed(subscription: SubscriptionRecord): Subscription {
  return {
    SubscriptionArn: subscription.pendingConfirmation ? 'PendingConfirmation' : subscription.arn,
    Owner: subscription.owner,
    Protocol: subscription.protocol,
    Endpoint: subscription.endpoint,
    TopicArn: subscription.topicArn,
  };
}

function checkProtocol(protocol: string): SubscriptionProtocol {
  const lower = (protocol ?? '').toLowerCase();
  if (!(lower in ENDPOINT_RULES)) throw invalidParameter(`Amazon SNS does not support this protocol string: ${protocol}`);
  return lower as SubscriptionProtocol;
}

function checkEndpoint(protocol: SubscriptionProtocol, endpoint: string | undefined): string {
  const rule = ENDPOINT_RULES[protocol]!;
  if (!endpoint || !rule.test.test(endpoint)) throw invalidParameter(rule.reason);
  return endpoint;
}

function decodeNextToken(token: string, prefix: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (!key.startsWith(prefix)) throw invalidParameter('NextToken');
  return key;
}
