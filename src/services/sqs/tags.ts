import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { ListQueueTagsRequest, ListQueueTagsResult, TagQueueRequest, UntagQueueRequest } from './api.generated.js';
import { invalidParameterValue } from './errors.js';
import type { Queues } from './queues.js';
import { addressOf, queueKey, queues, type QueueRecord } from './state.js';

const MAX_TAGS = 50;

/** Cost-allocation tags on queues. */
export class Tags {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly queues: Queues,
  ) {}

  async listQueueTags(input: ListQueueTagsRequest, context: CallContext): Promise<ListQueueTagsResult> {
    const queue = await this.queues.find(input.QueueUrl, context);
    return Object.keys(queue.tags).length ? { Tags: { ...queue.tags } } : {};
  }

  async tagQueue(input: TagQueueRequest, context: CallContext): Promise<void> {
    await this.update(input.QueueUrl, context, (tags) => {
      const next = { ...tags, ...input.Tags };
      if (Object.keys(next).length > MAX_TAGS) throw invalidParameterValue(`Too many tags added for queue ${input.QueueUrl}.`);
      return next;
    });
  }

  async untagQueue(input: UntagQueueRequest, context: CallContext): Promise<void> {
    await this.update(input.QueueUrl, context, (tags) => {
      const next = { ...tags };
      for (const key of input.TagKeys ?? []) delete next[key];
      return next;
    });
  }

  private async update(url: string, context: CallContext, change: (tags: QueueRecord['tags']) => QueueRecord['tags']): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const queue = await this.queues.find(url, context, tx);
      await queues(tx).put(queueKey(addressOf(queue)), { ...queue, tags: change(queue.tags) });
    });
  }
}
