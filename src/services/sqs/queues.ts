import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  CreateQueueRequest, CreateQueueResult, DeleteQueueRequest, GetQueueAttributesRequest, GetQueueAttributesResult,
  GetQueueUrlRequest, GetQueueUrlResult, ListQueuesRequest, ListQueuesResult, PurgeQueueRequest,
  SetQueueAttributesRequest,
} from './api.generated.js';
import {
  invalidParameter, invalidParameterValue, purgeQueueInProgress, queueDeletedRecently, queueDoesNotExist, queueNameExists,
} from './errors.js';
import { isDelayed, isExpired, isInFlight, isVisible } from './message-state.js';
import { READY_INDEX_VERSION, removeMessages } from './message-store.js';
import { assertQueueAttributeNames, checkAttributes, COMPUTED_ATTRIBUTES, defaultAttributes } from './queue-attributes.js';
import { parseQueueUrl, queueArn, queueUrl, type QueueAddress } from './queue-url.js';
import { availableTopic } from './receive.js';
import { addressOf, deletedQueues, messages, messagesPrefix, queueKey, queues, queuesPrefix, type Collections, type QueueRecord } from './state.js';

const NAME_TAKEN_AFTER_DELETE_MS = 60_000;
const PURGE_INTERVAL_MS = 60_000;
const MAX_LIST_RESULTS = 1000;

/** The queue's lifecycle and attributes: CreateQueue … PurgeQueue. */
export class Queues {
  constructor(private readonly deps: ServiceDeps) {}

  /** The queue a URL names, or QueueDoesNotExist. */
  async find(url: string, context: CallContext, source: Collections = this.deps.store): Promise<QueueRecord> {
    const queue = await queues(source).get(queueKey(parseQueueUrl(url, context)));
    if (!queue) throw queueDoesNotExist();
    return queue;
  }

  /** The queue as stored now (inside a transaction): QueueDoesNotExist once it was deleted. */
  async current(queue: QueueRecord, source: Collections): Promise<QueueRecord> {
    const stored = await queues(source).get(queueKey(addressOf(queue)));
    if (!stored) throw queueDoesNotExist();
    return stored;
  }

  async createQueue(input: CreateQueueRequest, context: CallContext): Promise<CreateQueueResult> {
    const name = input.QueueName;
    const requested = input.Attributes ?? {};
    const fifo = checkQueueName(name, requested.FifoQueue === 'true');
    const attributes = withoutCleared(checkAttributes(requested, { fifo, creating: true }));
    const address: QueueAddress = { account: context.account, region: context.region, name };
    const key = queueKey(address);
    await this.deps.store.transaction(async (tx) => {
      const existing = await queues(tx).get(key);
      if (existing) {
        const differing = Object.keys(attributes).find((attr) => existing.attributes[attr] !== attributes[attr]);
        if (differing) throw queueNameExists(differing);
        return;
      }
      const deleted = await deletedQueues(tx).get(key);
      if (deleted && this.deps.clock.now() - deleted.deletedAt < NAME_TAKEN_AFTER_DELETE_MS) throw queueDeletedRecently();
      const now = this.nowSeconds();
      await queues(tx).put(key, {
        ...address,
        attributes: defaultAttributes(fifo, attributes),
        tags: { ...(input.tags ?? {}) },
        createdTimestamp: now,
        lastModifiedTimestamp: now,
        readyIndexVersion: READY_INDEX_VERSION,
      });
    });
    return { QueueUrl: queueUrl(context, address.account, name) };
  }

  async getQueueUrl(input: GetQueueUrlRequest, context: CallContext): Promise<GetQueueUrlResult> {
    const account = input.QueueOwnerAWSAccountId || context.account;
    const queue = await queues(this.deps.store).get(queueKey({ account, region: context.region, name: input.QueueName }));
    if (!queue) throw queueDoesNotExist();
    return { QueueUrl: queueUrl(context, account, queue.name) };
  }

  async listQueues(input: ListQueuesRequest, context: CallContext): Promise<ListQueuesResult> {
    const limit = input.MaxResults;
    if (limit !== undefined && (limit < 1 || limit > MAX_LIST_RESULTS)) {
      throw invalidParameter('MaxResults', limit, `MaxResults must be an integer between 1 and ${MAX_LIST_RESULTS}.`);
    }
    const prefix = queuesPrefix(context.account, context.region);
    const after = input.NextToken ? prefix + decodeNextToken(input.NextToken) : undefined;
    const found = await queues(this.deps.store).list({ prefix: prefix + (input.QueueNamePrefix ?? ''), after, limit: (limit ?? MAX_LIST_RESULTS) + 1 });
    const page = found.slice(0, limit ?? MAX_LIST_RESULTS);
    const result: ListQueuesResult = { QueueUrls: page.map(({ value }) => queueUrl(context, value.account, value.name)) };
    if (limit !== undefined && found.length > page.length) result.NextToken = Buffer.from(page.at(-1)!.value.name).toString('base64');
    return result;
  }

  async deleteQueue(input: DeleteQueueRequest, context: CallContext): Promise<void> {
    const queue = await this.find(input.QueueUrl, context);
    const address = addressOf(queue);
    await this.deps.store.transaction(async (tx) => {
      await queues(tx).delete(queueKey(address));
      await removeMessages(tx, queue, () => true);
      await deletedQueues(tx).put(queueKey(address), { deletedAt: this.deps.clock.now() });
    });
    this.deps.bus.emit(availableTopic(address), undefined);
  }

  async getQueueAttributes(input: GetQueueAttributesRequest, context: CallContext): Promise<GetQueueAttributesResult> {
    const names: string[] = input.AttributeNames ?? [];
    assertQueueAttributeNames(names);
    const queue = await this.find(input.QueueUrl, context);
    if (!names.length) return {};
    const all: Record<string, string> = { ...queue.attributes, ...(await this.computed(queue)) };
    const wanted = names.includes('All') ? Object.keys(all) : names;
    const attributes: Record<string, string> = {};
    for (const name of wanted) if (all[name] !== undefined) attributes[name] = all[name]!;
    return Object.keys(attributes).length ? { Attributes: attributes } : {};
  }

  async setQueueAttributes(input: SetQueueAttributesRequest, context: CallContext): Promise<void> {
    const queue = await this.find(input.QueueUrl, context);
    const changes = checkAttributes(input.Attributes ?? {}, { fifo: queue.attributes.FifoQueue === 'true', creating: false });
    await this.deps.store.transaction(async (tx) => {
      const current = await this.find(input.QueueUrl, context, tx);
      const attributes = withoutCleared({ ...current.attributes, ...changes });
      await queues(tx).put(queueKey(addressOf(current)), { ...current, attributes, lastModifiedTimestamp: this.nowSeconds() });
    });
    if ('ReceiveMessageWaitTimeSeconds' in changes || 'DelaySeconds' in changes) this.deps.bus.emit(availableTopic(addressOf(queue)), undefined);
  }

  async purgeQueue(input: PurgeQueueRequest, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const queue = await this.find(input.QueueUrl, context, tx);
      const now = this.deps.clock.now();
      if (queue.lastPurgedAt !== undefined && now - queue.lastPurgedAt < PURGE_INTERVAL_MS) throw purgeQueueInProgress(queue.name);
      await queues(tx).put(queueKey(addressOf(queue)), { ...queue, lastPurgedAt: now });
      await removeMessages(tx, queue, (message) => message.sentTimestamp <= now);
    });
  }

  /** The attributes SQS computes: counts of messages by state, the ARN and the timestamps. */
  private async computed(queue: QueueRecord): Promise<Record<(typeof COMPUTED_ATTRIBUTES)[number], string>> {
    const now = this.deps.clock.now();
    const counts = { visible: 0, inFlight: 0, delayed: 0 };
    for (const { value } of await messages(this.deps.store).list({ prefix: messagesPrefix(addressOf(queue)) })) {
      if (isExpired(value, queue, now)) continue;
      if (isVisible(value, now)) counts.visible++;
      else if (isDelayed(value, now)) counts.delayed++;
      else if (isInFlight(value, now)) counts.inFlight++;
    }
    return {
      ApproximateNumberOfMessages: String(counts.visible),
      ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
      ApproximateNumberOfMessagesDelayed: String(counts.delayed),
      CreatedTimestamp: String(queue.createdTimestamp),
      LastModifiedTimestamp: String(queue.lastModifiedTimestamp),
      QueueArn: queueArn(addressOf(queue)),
    };
  }

  private nowSeconds(): number {
    return Math.floor(this.deps.clock.now() / 1000);
  }
}

/**
 * Standard names are 1–80 alphanumerics, hyphens and underscores; FIFO names end in `.fifo`
 * and ask for FifoQueue. Returns whether the queue is FIFO.
 */
function checkQueueName(name: string, fifoRequested: boolean): boolean {
  if (fifoRequested) {
    if (!/^[A-Za-z0-9_-]{1,75}\.fifo$/.test(name)) {
      throw invalidParameterValue('The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.');
    }
    return true;
  }
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) {
    throw invalidParameterValue('Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
  }
  return false;
}

function withoutCleared(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== ''));
}

function decodeNextToken(token: string): string {
  const name = Buffer.from(token, 'base64').toString('utf8');
  if (!/^[A-Za-z0-9_.-]{1,80}$/.test(name)) throw invalidParameterValue('Invalid NextToken value.');
  return name;
}
