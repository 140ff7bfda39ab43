import type { ServiceDeps } from '../service-deps.js';
import type {
  ListTagsForResourceRequest, ListTagsForResourceResponse, Tag, TagResourceRequest, TagResourceResponse, UntagResourceRequest, UntagResourceResponse,
} from './api.generated.js';
import { parseTopicArn } from './arns.js';
import { invalidParameter, resourceNotFound, tagLimitExceeded } from './errors.js';
import { topicKey, topics } from './state.js';

const MAX_TAGS = 50;

/** Checks tags as SNS does: keys of 1–128 characters, values up to 256, at most 50. */
export function checkTags(tags: readonly Tag[]): Tag[] {
  if (tags.length > MAX_TAGS) throw tagLimitExceeded();
  for (const tag of tags) {
    if (!tag.Key || tag.Key.length > 128) throw invalidParameter('Tags.member.Key');
    if ((tag.Value ?? '').length > 256) throw invalidParameter('Tags.member.Value');
  }
  return [...tags];
}

export function tagMap(tags: readonly Tag[]): Record<string, string> {
  return Object.fromEntries(tags.map((tag) => [tag.Key, tag.Value ?? '']));
}

/** Topic tags: TagResource, UntagResource, ListTagsForResource. */
export class Tags {
  constructor(private readonly deps: ServiceDeps) {}

  async tagResource(input: TagResourceRequest): Promise<TagResourceResponse> {
    const added = tagMap(checkTags(input.Tags ?? []));
    await this.update(input.ResourceArn, (tags) => {
      const merged = { ...tags, ...added };
      if (Object.keys(merged).length > MAX_TAGS) throw tagLimitExceeded();
      return merged;
    });
    return {};
  }

  async untagResource(input: UntagResourceRequest): Promise<UntagResourceResponse> {
    await this.update(input.ResourceArn, (tags) => {
      const kept = { ...tags };
      for (const key of input.TagKeys ?? []) delete kept[key];
      return kept;
    });
    return {};
  }

  async listTagsForResource(input: ListTagsForResourceRequest): Promise<ListTagsForResourceResponse> {
    const topic = await topics(this.deps.store).get(topicKey(parseTopicArn(input.ResourceArn, 'ResourceArn')));
    if (!topic) throw resourceNotFound();
    return { Tags: Object.entries(topic.tags).map(([Key, Value]) => ({ Key, Value })) };
  }

  private async update(arn: string, change: (tags: Record<string, string>) => Record<string, string>): Promise<void> {
    const key = topicKey(parseTopicArn(arn, 'ResourceArn'));
    await this.deps.store.transaction(async (tx) => {
      const topic = await topics(tx).get(key);
      if (!topic) throw resourceNotFound();
      await topics(tx).put(key, { ...topic, tags: change(topic.tags) });
    });
  }
}
