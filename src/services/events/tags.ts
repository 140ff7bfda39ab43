import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  ListTagsForResourceRequest, ListTagsForResourceResponse, Tag, TagResourceRequest, TagResourceResponse, UntagResourceRequest, UntagResourceResponse,
} from './api.generated.js';
import { parseArn } from './arns.js';
import { notFound } from './errors.js';
import { busKey, buses, type Collections, ruleKey, rules } from './state.js';

/** Tags of event buses and rules, addressed by ARN. */
export class Tags {
  constructor(private readonly deps: ServiceDeps) {}

  async listTagsForResource(input: ListTagsForResourceRequest, context: CallContext): Promise<ListTagsForResourceResponse> {
    const { tags } = await this.resolve(this.deps.store, input.ResourceARN, context);
    return { Tags: tags };
  }

  async tagResource(input: TagResourceRequest, context: CallContext): Promise<TagResourceResponse> {
    await this.update(input.ResourceARN, context, (tags) => {
      const byKey = new Map(tags.map((tag) => [tag.Key, tag]));
      for (const tag of input.Tags) byKey.set(tag.Key, tag);
      return [...byKey.values()];
    });
    return {};
  }

  async untagResource(input: UntagResourceRequest, context: CallContext): Promise<UntagResourceResponse> {
    await this.update(input.ResourceARN, context, (tags) => tags.filter((tag) => !input.TagKeys.includes(tag.Key)));
    return {};
  }

  private async update(arn: string, context: CallContext, change: (tags: Tag[]) => Tag[]): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const { tags, save } = await this.resolve(tx, arn, context);
      await save(change(tags));
    });
  }

  /** A bus ARN (`event-bus/<name>`) or a rule ARN (`rule/<name>` on the default bus, `rule/<bus>/<name>` elsewhere). */
  private async resolve(from: Collections, arn: string, context: CallContext): Promise<{ tags: Tag[]; save: (tags: Tag[]) => Promise<void> }> {
    const resource = parseArn(arn)?.resource ?? '';
    const [kind, ...rest] = resource.split('/');
    if (kind === 'event-bus' && rest.length) {
      const key = busKey(context.account, context.region, rest.join('/'));
      const record = await buses(from).get(key);
      if (record) return { tags: record.tags, save: (tags) => buses(from).put(key, { ...record, tags }) };
    } else if (kind === 'rule' && rest.length) {
      const name = rest.pop()!;
      const key = ruleKey(context.account, context.region, rest.length ? rest.join('/') : 'default', name);
      const record = await rules(from).get(key);
      if (record) return { tags: record.tags, save: (tags) => rules(from).put(key, { ...record, tags }) };
    }
    throw notFound(`Resource ${arn} does not exist.`);
  }
}
