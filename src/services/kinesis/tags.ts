import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidArgument } from './errors.js';
import { page } from './page-tokens.js';
import { addressOf, loadStream, parseStreamArn, saveStream, streamArn } from './stream-access.js';
import type { StreamAddress, StreamRecord } from './state.js';

const MAX_TAGS = 50;

/** Refuses a tag set that would leave a resource with more tags than Kinesis allows. */
export function validateTags(adding: Record<string, string>, existing: Record<string, string>): void {
  const total = new Set([...Object.keys(existing), ...Object.keys(adding)]).size;
  if (total > MAX_TAGS) throw invalidArgument(`A resource can have at most ${MAX_TAGS} tags; the request would leave ${total}.`);
}

function tagList(tags: Record<string, string>): api.Tag[] {
  return Object.keys(tags).sort().map((key) => ({ Key: key, Value: tags[key]! }));
}

/** Tags of streams (by name or ARN) and of consumers (by ARN, through TagResource). */
export class Tags {
  constructor(private readonly deps: ServiceDeps) {}

  async addTagsToStream(input: api.AddTagsToStreamInput, context: CallContext): Promise<void> {
    await this.update(input, context, (stream) => {
      validateTags(input.Tags, stream.tags);
      Object.assign(stream.tags, input.Tags);
    });
  }

  async removeTagsFromStream(input: api.RemoveTagsFromStreamInput, context: CallContext): Promise<void> {
    await this.update(input, context, (stream) => {
      for (const key of input.TagKeys) delete stream.tags[key];
    });
  }

  async listTagsForStream(input: api.ListTagsForStreamInput, context: CallContext): Promise<api.ListTagsForStreamOutput> {
    const stream = await loadStream(this.deps.store, addressOf(input, context));
    const { items, last } = page(tagList(stream.tags), (tag) => tag.Key, input.ExclusiveStartTagKey, input.Limit ?? MAX_TAGS);
    return { Tags: items, HasMoreTags: last !== undefined };
  }

  async tagResource(input: api.TagResourceInput, context: CallContext): Promise<void> {
    await this.updateResource(input.ResourceARN, context, (tags) => {
      validateTags(input.Tags, tags);
      Object.assign(tags, input.Tags);
    });
  }

  async untagResource(input: api.UntagResourceInput, context: CallContext): Promise<void> {
    await this.updateResource(input.ResourceARN, context, (tags) => {
      for (const key of input.TagKeys) delete tags[key];
    });
  }

  async listTagsForResource(input: api.ListTagsForResourceInput): Promise<api.ListTagsForResourceOutput> {
    const { stream, consumerArn } = this.resource(input.ResourceARN);
    const record = await loadStream(this.deps.store, stream);
    return { Tags: tagList(this.tagsOf(record, consumerArn, input.ResourceARN)) };
  }

  private async update(reference: api.DescribeStreamSummaryInput, context: CallContext, change: (stream: StreamRecord) => void): Promise<void> {
    const address = addressOf(reference, context);
    await this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      change(stream);
      await saveStream(tx, stream);
    });
  }

  private async updateResource(arn: string, context: CallContext, change: (tags: Record<string, string>) => void): Promise<void> {
    const { stream, consumerArn } = this.resource(arn);
    await this.update({ StreamARN: streamArn(stream) }, context, (record) => change(this.tagsOf(record, consumerArn, arn)));
  }

  /** A stream ARN, or a consumer ARN (`<stream ARN>/consumer/<name>:<epoch seconds>`). */
  private resource(arn: string): { stream: StreamAddress; consumerArn?: string } {
    const consumer = /^(.+)\/consumer\/[^/]+$/.exec(arn);
    const stream = parseStreamArn(consumer ? consumer[1]! : arn);
    if (!stream) throw invalidArgument(`ResourceARN ${arn} is not a valid Kinesis stream or consumer ARN.`);
    return consumer ? { stream, consumerArn: arn } : { stream };
  }

  private tagsOf(stream: StreamRecord, consumerArn: string | undefined, arn: string): Record<string, string> {
    if (!consumerArn) return stream.tags;
    const consumer = stream.consumers.find((candidate) => candidate.consumerArn === consumerArn);
    if (!consumer) throw new AwsError('ResourceNotFoundException', `Consumer ${arn} not found.`);
    return (consumer.tags ??= {});
  }
}
