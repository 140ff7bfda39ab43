import type { CallContext } from '../../common/call-context.js';
import type { CommonPrefix, ListObjectsOutput, ListObjectsRequest } from './api.generated.js';
import { ownerOf, requireBucket } from './buckets.js';
import { invalidArgument } from './errors.js';
import { contentOf, encodeKey, type ListingOperations } from './listing.js';
import type { S3State } from './state.js';

const MAX_KEYS = 1000;

/**
 * ListObjects, the first version: a marker instead of a continuation token, owners always, and a
 * NextMarker only when a delimiter is given (without one, the last key is the next marker).
 */
export class ListV1Operations {
  constructor(
    private readonly state: S3State,
    private readonly listing: ListingOperations,
  ) {}

  async listObjects(input: ListObjectsRequest, context: CallContext): Promise<ListObjectsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const maxKeys = input.MaxKeys ?? MAX_KEYS;
    if (maxKeys < 0) throw invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647', 'maxKeys', maxKeys);
    if (input.EncodingType !== undefined && input.EncodingType !== 'url') {
      throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', input.EncodingType);
    }
    const prefix = input.Prefix ?? '';
    const listed = await this.listing.list(input.Bucket, prefix, input.Delimiter || undefined, input.Marker || undefined, Math.min(maxKeys, MAX_KEYS));
    const encode = input.EncodingType === 'url' ? encodeKey : (text: string) => text;
    const owner = ownerOf(context.account);
    const truncated = listed.next !== undefined;
    return {
      Name: input.Bucket,
      Prefix: encode(prefix),
      Marker: encode(input.Marker ?? ''),
      NextMarker: truncated && input.Delimiter ? encode(listed.next!) : undefined,
      Delimiter: input.Delimiter ? encode(input.Delimiter) : undefined,
      MaxKeys: maxKeys,
      EncodingType: input.EncodingType,
      IsTruncated: truncated,
      Contents: listed.objects.map((object) => contentOf(object, encode, owner)),
      CommonPrefixes: listed.prefixes.map((common): CommonPrefix => ({ Prefix: encode(common) })),
    };
  }
}
