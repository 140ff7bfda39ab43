import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { ListTagsForResourceInput, ListTagsForResourceOutput, Tag, TagResourceInput, TagResourceOutput, UntagResourceInput, UntagResourceOutput } from './api.generated.js';
import { invalidParameterValue, resourceNotFoundException } from './errors.js';
import { alarmKey, alarms } from './state.js';

const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:([a-z0-9-]+):(\d{12}):alarm:(.+)$/;
const MAX_TAGS = 50;

/** Tags of alarms (metric and composite), addressed by ARN. */
export class Tags {
  constructor(private readonly deps: ServiceDeps) {}

  async listTagsForResource(input: ListTagsForResourceInput, context: CallContext): Promise<ListTagsForResourceOutput> {
    const alarm = await alarms(this.deps.store).get(this.keyOf(input.ResourceARN, context));
    if (!alarm) throw notFound(input.ResourceARN);
    return { Tags: alarm.tags };
  }

  async tagResource(input: TagResourceInput, context: CallContext): Promise<TagResourceOutput> {
    await this.update(input.ResourceARN, context, (tags) => {
      const merged = new Map(tags.map((t) => [t.Key, t.Value]));
      for (const tag of input.Tags) merged.set(tag.Key, tag.Value);
      if (merged.size > MAX_TAGS) throw invalidParameterValue(`A resource can have no more than ${MAX_TAGS} tags.`);
      return [...merged].map(([Key, Value]) => ({ Key, Value }));
    });
    return {};
  }

  async untagResource(input: UntagResourceInput, context: CallContext): Promise<UntagResourceOutput> {
    await this.update(input.ResourceARN, context, (tags) => tags.filter((t) => !input.TagKeys.includes(t.Key)));
    return {};
  }

  private async update(arn: string, context: CallContext, change: (tags: Tag[]) => Tag[]): Promise<void> {
    const key = this.keyOf(arn, context);
    await this.deps.store.transaction(async (tx) => {
      const alarm = await alarms(tx).get(key);
      if (!alarm) throw notFound(arn);
      await alarms(tx).put(key, { ...alarm, tags: change(alarm.tags) });
    });
  }

  private keyOf(arn: string, context: CallContext): string {
    const match = ALARM_ARN.exec(arn);
    if (!match) throw invalidParameterValue(`Invalid ARN: ${arn}`);
    if (match[1] !== context.region || match[2] !== context.account) throw notFound(arn);
    return alarmKey(match[2]!, match[1]!, match[3]!);
  }
}

function notFound(arn: string) {
  return resourceNotFoundException(`${arn} not found`);
}
