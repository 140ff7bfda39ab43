import type { CallContext } from '../../common/call-context.js';
import type { CommonPrefix, ListObjectsV2Output, ListObjectsV2Request, ObjectShape } from './api.generated.js';
import { ownerOf, requireBucket } from './buckets.js';
import { invalidArgument } from './errors.js';
import type { ObjectRecord, S3State } from './state.js';

const MAX_KEYS = 1000;
const PAGE = 1000;

export interface Listed {
  objects: ObjectRecord[];
  prefixes: string[];
  /** The last key or common prefix returned, when more follow. */
  next?: string;
}

/** ListObjectsV2: keys in UTF-8 order, rolled up into CommonPrefixes at the delimiter. */
export class ListingOperations {
  constructor(private readonly state: S3State) {}

  async listObjectsV2(input: ListObjectsV2Request, context: CallContext): Promise<ListObjectsV2Output> {
    await requireBucket(this.state, input.Bucket, context);
    const maxKeys = input.MaxKeys ?? MAX_KEYS;
    if (maxKeys < 0) throw invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647', 'maxKeys', maxKeys);
    if (input.EncodingType !== undefined && input.EncodingType !== 'url') {
      throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', input.EncodingType);
    }
    const token = input.ContinuationToken === undefined ? undefined : decodeToken(input.ContinuationToken);
    const prefix = input.Prefix ?? '';
    const after = [token, input.StartAfter].filter((key): key is string => key !== undefined && key !== '').sort().pop();
    const listed = await this.list(input.Bucket, prefix, input.Delimiter || undefined, after, Math.min(maxKeys, MAX_KEYS));
    const encode = input.EncodingType === 'url' ? encodeKey : (text: string) => text;
    const owner = input.FetchOwner ? ownerOf(context.account) : undefined;
    return {
      Name: input.Bucket,
      Prefix: encode(prefix),
      Delimiter: input.Delimiter ? encode(input.Delimiter) : undefined,
      MaxKeys: maxKeys,
      EncodingType: input.EncodingType,
      KeyCount: listed.objects.length + listed.prefixes.length,
      IsTruncated: listed.next !== undefined,
      ContinuationToken: input.ContinuationToken,
      NextContinuationToken: listed.next === undefined ? undefined : Buffer.from(listed.next, 'utf8').toString('base64'),
      StartAfter: input.StartAfter === undefined ? undefined : encode(input.StartAfter),
      Contents: listed.objects.map((object) => contentOf(object, encode, owner)),
      CommonPrefixes: listed.prefixes.map((common): CommonPrefix => ({ Prefix: encode(common) })),
    };
  }

  /** Up to `limit` keys and common prefixes after `after`; delete markers hide their keys. */
  async list(bucket: string, prefix: string, delimiter: string | undefined, after: string | undefined, limit: number): Promise<Listed> {
    const listed: Listed = { objects: [], prefixes: [] };
    const base = `${bucket}/`;
    let cursor = after === undefined ? undefined : base + after;
    for (;;) {
      const page = await this.state.objects().list({ prefix: base + prefix, after: cursor, limit: PAGE });
      let skipped = false;
      for (const { key: storeKey, value } of page) {
        cursor = storeKey;
        if (value.deleteMarker) continue;
        const key = value.key;
        const cut = delimiter === undefined ? -1 : key.indexOf(delimiter, prefix.length);
        const common = cut < 0 ? undefined : key.slice(0, cut + delimiter!.length);
        const seen = common !== undefined && (common === listed.prefixes[listed.prefixes.length - 1] || (after !== undefined && common <= after));
        if (!seen && listed.objects.length + listed.prefixes.length === limit) {
          listed.next = lastOf(listed);
          return listed;
        }
        if (common === undefined) {
          listed.objects.push(value);
          continue;
        }
        if (!seen) listed.prefixes.push(common);
        // Every other key under a common prefix rolls up into it: jump past them instead of reading them.
        cursor = base + common + PAST_EVERY_KEY;
        skipped = true;
        break;
      }
      if (!skipped && page.length < PAGE) return listed;
    }
  }
}

/** Sorts after any key that continues a prefix (U+10FFFF is the last code point, twice over). */
const PAST_EVERY_KEY = '\u{10FFFF}\u{10FFFF}';

function lastOf(listed: Listed): string | undefined {
  const lastObject = listed.objects[listed.objects.length - 1]?.key;
  const lastPrefix = listed.prefixes[listed.prefixes.length - 1];
  if (lastObject === undefined) return lastPrefix;
  if (lastPrefix === undefined) return lastObject;
  return lastObject > lastPrefix ? lastObject : lastPrefix;
}

export function contentOf(object: ObjectRecord, encode: (text: string) => string, owner: ObjectShape['Owner']): ObjectShape {
  return {
    Key: encode(object.key),
    LastModified: new Date(object.lastModified),
    ETag: object.etag,
    ChecksumAlgorithm: object.checksum ? [object.checksum.algorithm] : undefined,
    ChecksumType: object.checksum ? (object.checksum.type ?? 'FULL_OBJECT') : undefined,
    Size: object.size,
    StorageClass: object.storageClass as ObjectShape['StorageClass'],
    Owner: owner,
  };
}

/** `encoding-type=url`: keys percent-encoded as S3 does it, slashes kept and spaces as `+`. */
export function encodeKey(text: string): string {
  return encodeURIComponent(text).replace(/%2F/g, '/').replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeToken(token: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (!key || Buffer.from(key, 'utf8').toString('base64') !== token) {
    throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
  }
  return key;
}

