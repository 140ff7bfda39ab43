import type { CallContext } from '../../common/call-context.js';
import type {
  DeleteObjectTaggingOutput, DeleteObjectTaggingRequest, GetObjectTaggingOutput, GetObjectTaggingRequest, PutObjectTaggingOutput,
  PutObjectTaggingRequest,
} from './api.generated.js';
import { requireBucket } from './buckets.js';
import { invalidArgument, invalidTag, methodNotAllowed, noSuchKey, noSuchVersion } from './errors.js';
import type { BucketRecord, ObjectRecord, S3State, Tag } from './state.js';
import { versionIdOf, type ObjectVersions } from './versions.js';

const MAX_TAGS = 10;
const MAX_KEY = 128;
const MAX_VALUE = 256;

/** The tag set of `x-amz-tagging`, a URL query string (`a=1&b=2`). */
export function parseTagging(header: string): Tag[] {
  const tags: Tag[] = [];
  for (const pair of header.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    const [key, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    try {
      tags.push({ Key: decodeURIComponent(key.replace(/\+/g, ' ')), Value: decodeURIComponent(value.replace(/\+/g, ' ')) });
    } catch {
      throw invalidArgument('The header \'x-amz-tagging\' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates.', 'x-amz-tagging', header);
    }
  }
  return validTags(tags);
}

/** S3's limits on an object's tags: ten at most, keys unique, 128 and 256 characters, no `aws:` keys. */
export function validTags(tags: Tag[]): Tag[] {
  if (tags.length > MAX_TAGS) throw invalidTag('Object tags cannot be greater than 10');
  const seen = new Set<string>();
  for (const { Key, Value } of tags) {
    if (seen.has(Key)) throw invalidTag('Cannot provide multiple Tags with the same key');
    seen.add(Key);
    if (Key.length === 0 || [...Key].length > MAX_KEY) throw invalidTag('The TagKey you have provided is invalid');
    if ([...Value].length > MAX_VALUE) throw invalidTag('The TagValue you have provided is too long, max 256');
    if (Key.toLowerCase().startsWith('aws:')) throw invalidTag('Your TagKey cannot be prefixed with aws:');
  }
  return tags;
}

/** Get/Put/DeleteObjectTagging on the current version or the one named. */
export class ObjectTaggingOperations {
  constructor(
    private readonly state: S3State,
    private readonly versions: ObjectVersions,
  ) {}

  async getObjectTagging(input: GetObjectTaggingRequest, context: CallContext): Promise<GetObjectTaggingOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const found = await this.versions.find(input.Bucket, input.Key, input.VersionId);
    const record = existing(found?.record, input, 'GET');
    return { VersionId: versionHeader(bucket, record), TagSet: record.tags ?? [] };
  }

  async putObjectTagging(input: PutObjectTaggingRequest, context: CallContext): Promise<PutObjectTaggingOutput> {
    const tags = validTags(input.Tagging?.TagSet ?? []);
    return { VersionId: await this.replaceTags(input, context, tags) };
  }

  async deleteObjectTagging(input: DeleteObjectTaggingRequest, context: CallContext): Promise<DeleteObjectTaggingOutput> {
    return { VersionId: await this.replaceTags(input, context, undefined) };
  }

  private async replaceTags(input: { Bucket: string; Key: string; VersionId?: string }, context: CallContext, tags: Tag[] | undefined): Promise<string | undefined> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    return this.state.transaction(async (tx) => {
      const found = await this.versions.find(input.Bucket, input.Key, input.VersionId, tx);
      const record = existing(found?.record, input, 'PUT');
      await this.versions.update(tx, input.Bucket, found!, { ...record, tags });
      return versionHeader(bucket, record);
    });
  }
}

function existing(record: ObjectRecord | undefined, input: { Key: string; VersionId?: string }, method: string): ObjectRecord {
  if (record?.deleteMarker && input.VersionId !== undefined) {
    throw methodNotAllowed(method, { 'x-amz-delete-marker': 'true', 'x-amz-version-id': versionIdOf(record) });
  }
  if (!record || record.deleteMarker) throw input.VersionId === undefined ? noSuchKey(input.Key) : noSuchVersion(input.Key, input.VersionId);
  return record;
}

/** S3 names the version in its answers once a bucket has had versioning configured. */
export function versionHeader(bucket: BucketRecord, record: ObjectRecord): string | undefined {
  return bucket.versioning ? versionIdOf(record) : undefined;
}
