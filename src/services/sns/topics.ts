import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateTopicInput, CreateTopicResponse, DeleteTopicInput, GetDataProtectionPolicyInput, GetDataProtectionPolicyResponse,
  GetTopicAttributesInput, GetTopicAttributesResponse, ListTopicsInput, ListTopicsResponse, PutDataProtectionPolicyInput, SetTopicAttributesInput,
} from './api.generated.js';
import { parseTopicArn, topicArn, type TopicAddress } from './arns.js';
import { invalidParameter, topicNotFound } from './errors.js';
import { subscriptions, topicKey, topics, type Collections, type TopicRecord } from './state.js';
import { checkTags, tagMap } from './tags.js';
import { checkTopicAttribute, reportedTopicAttributes } from './topic-attributes.js';

const PAGE_SIZE = 100;

/** Topics: CreateTopic … SetTopicAttributes. */
export class Topics {
  constructor(private readonly deps: ServiceDeps) {}

  /** The topic an ARN names, or NotFound. */
  async find(arn: string | undefined, source: Collections = this.deps.store): Promise<TopicRecord> {
    const topic = await topics(source).get(topicKey(parseTopicArn(arn)));
    if (!topic) throw topicNotFound();
    return topic;
  }

  async createTopic(input: CreateTopicInput, context: CallContext): Promise<CreateTopicResponse> {
    const requested = { ...input.Attributes };
    if (input.DataProtectionPolicy !== undefined) requested.DataProtectionPolicy = input.DataProtectionPolicy;
    const fifo = checkTopicName(input.Name, requested.FifoTopic);
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(requested)) attributes[name] = checkTopicAttribute(name, value, fifo, true);
    if (fifo) attributes.FifoTopic = 'true';
    else delete attributes.FifoTopic;
    const tags = tagMap(checkTags(input.Tags ?? []));
    const address: TopicAddress = { account: context.account, region: context.region, name: input.Name };
    const arn = topicArn(address);
    await this.deps.store.transaction(async (tx) => {
      const existing = await topics(tx).get(topicKey(address));
      if (existing) {
        const differs = Object.entries(attributes).some(([name, value]) => existing.attributes[name] !== value);
        if (differs) throw invalidParameter('Attributes Reason: Topic already exists with different attributes');
        if (input.Tags && Object.entries(tags).some(([key, value]) => existing.tags[key] !== value)) {
          throw invalidParameter('Tags Reason: Topic already exists with different tags');
        }
        return;
      }
      await topics(tx).put(topicKey(address), { ...address, arn, attributes, tags });
    });
    return { TopicArn: arn };
  }

  /** Deleting a topic deletes its subscriptions; deleting one that does not exist is no error. */
  async deleteTopic(input: DeleteTopicInput): Promise<void> {
    const key = topicKey(parseTopicArn(input.TopicArn));
    await this.deps.store.transaction(async (tx) => {
      await topics(tx).delete(key);
      const subscribed = subscriptions(tx);
      for (const { key: subscription } of await subscribed.list({ prefix: `${key}/` })) await subscribed.delete(subscription);
    });
  }

  async listTopics(input: ListTopicsInput, context: CallContext): Promise<ListTopicsResponse> {
    const prefix = `${context.account}/${context.region}/`;
    const after = input.NextToken ? prefix + decodeNextToken(input.NextToken) : undefined;
    const found = await topics(this.deps.store).list({ prefix, after, limit: PAGE_SIZE + 1 });
    const page = found.slice(0, PAGE_SIZE);
    const result: ListTopicsResponse = { Topics: page.map(({ value }) => ({ TopicArn: value.arn })) };
    if (found.length > PAGE_SIZE) result.NextToken = Buffer.from(page.at(-1)!.value.name).toString('base64');
    return result;
  }

  async getTopicAttributes(input: GetTopicAttributesInput): Promise<GetTopicAttributesResponse> {
    const topic = await this.find(input.TopicArn);
    const counts = { confirmed: 0, pending: 0, deleted: 0 };
    for (const { value } of await subscriptions(this.deps.store).list({ prefix: `${topicKey(topic)}/` })) {
      if (value.pendingConfirmation) counts.pending++;
      else counts.confirmed++;
    }
    return { Attributes: reportedTopicAttributes(topic, counts) };
  }

  /** The topic's DataProtectionPolicy attribute; the empty string when none is set. */
  async getDataProtectionPolicy(input: GetDataProtectionPolicyInput): Promise<GetDataProtectionPolicyResponse> {
    const topic = await this.find(input.ResourceArn);
    return { DataProtectionPolicy: topic.attributes.DataProtectionPolicy ?? '' };
  }

  async putDataProtectionPolicy(input: PutDataProtectionPolicyInput): Promise<void> {
    await this.setTopicAttributes({ TopicArn: input.ResourceArn, AttributeName: 'DataProtectionPolicy', AttributeValue: input.DataProtectionPolicy });
  }

  async setTopicAttributes(input: SetTopicAttributesInput): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const topic = await this.find(input.TopicArn, tx);
      const value = checkTopicAttribute(input.AttributeName, input.AttributeValue ?? '', topic.attributes.FifoTopic === 'true', false);
      const attributes = { ...topic.attributes };
      if (value === '' && input.AttributeName !== 'DisplayName') delete attributes[input.AttributeName];
      else attributes[input.AttributeName] = value;
      await topics(tx).put(topicKey(topic), { ...topic, attributes });
    });
  }
}

/**
 * Names are 1–256 letters, digits, hyphens and underscores; a FIFO topic's ends in `.fifo` and
 * asks for FifoTopic. Returns whether the topic is FIFO.
 */
function checkTopicName(name: string, fifoTopic: string | undefined): boolean {
  const fifo = fifoTopic === 'true';
  if (fifo) {
    if (!/^[A-Za-z0-9_-]{1,251}\.fifo$/.test(name)) {
      throw invalidParameter('Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.');
    }
    return true;
  }
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(name)) throw invalidParameter('Topic Name');
  return false;
}

function decodeNextToken(token: string): string {
  const name = Buffer.from(token, 'base64').toString('utf8');
  if (!/^[A-Za-z0-9_.-]{1,256}$/.test(name)) throw invalidParameter('NextToken');
  return name;
}
