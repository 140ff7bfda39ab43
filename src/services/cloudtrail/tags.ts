import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidTagParameter, resourceNotFound, trailArnInvalid } from './errors.js';
import { trailKey, trails, type TrailRecord } from './state.js';

const TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+):(\d{12}):trail\/(.+)$/;
const MAX_TAGS = 50;

export function tagsFrom(list: api.Tag[] | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const tag of list ?? []) tags[tag.Key] = tag.Value ?? '';
  if (Object.keys(tags).length > MAX_TAGS) throw invalidTagParameter(`A resource can have at most ${MAX_TAGS} tags.`);
  return tags;
}

const tagList = (tags: Record<string, string>): api.Tag[] => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** Tags on trails, addressed by the trail's ARN. */
export class TagOperations {
  constructor(private readonly deps: ServiceDeps) {}

  async addTags(input: api.AddTagsRequest, context: CallContext): Promise<api.AddTagsResponse> {
    await this.change(input.ResourceId, context, (trail) => ({ ...trail, tags: { ...trail.tags, ...tagsFrom(input.TagsList) } }));
    return {};
  }

  async removeTags(input: api.RemoveTagsRequest, context: CallContext): Promise<api.RemoveTagsResponse> {
    await this.change(input.ResourceId, context, (trail) => {
      const tags = { ...trail.tags };
      for (const tag of input.TagsList) if (tag.Value === undefined || tags[tag.Key] === tag.Value) delete tags[tag.Key];
      return { ...trail, tags };
    });
    return {};
  }

  async listTags(input: api.ListTagsRequest, context: CallContext): Promise<api.ListTagsResponse> {
    const list: api.ResourceTag[] = [];
    for (const id of input.ResourceIdList) {
      const trail = await trails(this.deps.store).get(keyOf(id, context));
      if (!trail) throw resourceNotFound(id);
      list.push({ ResourceId: id, TagsList: tagList(trail.tags) });
    }
    return { ResourceTagList: list };
  }

  private async change(id: string, context: CallContext, update: (trail: TrailRecord) => TrailRecord): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const key = keyOf(id, context);
      const trail = await trails(tx).get(key);
      if (!trail) throw resourceNotFound(id);
      const updated = update(trail);
      if (Object.keys(updated.tags).length > MAX_TAGS) throw invalidTagParameter(`A resource can have at most ${MAX_TAGS} tags.`);
      await trails(tx).put(key, updated);
    });
  }
}

function keyOf(id: string, context: CallContext): string {
  const match = TRAIL_ARN.exec(id);
  if (!match || match[2] !== context.account) throw trailArnInvalid(id);
  return trailKey(match[2], match[1]!, match[3]!);
}
