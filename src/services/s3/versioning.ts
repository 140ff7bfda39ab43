import type { CallContext } from '../../common/call-context.js';
import type {
  CommonPrefix, DeleteMarkerEntry, GetBucketVersioningOutput, GetBucketVersioningRequest, ListObjectVersionsOutput, ListObjectVersionsRequest,
  ObjectVersion, Owner, PutBucketVersioningRequest,
} from './api.generated.js';
import { ownerOf, requireBucket } from './buckets.js';
import { invalidArgument, invalidBucketState, malformedXml, noSuchBucket } from './errors.js';
import { encodeKey } from './listing.js';
import type { ObjectRecord, S3State } from './state.js';
import { versionIdOf, type ObjectVersions } from './versions.js';

const MAX_KEYS = 1000;
const PAGE = 1000;

type Entry = { version: ObjectRecord; latest: boolean } | { prefix: string };

/** Put/GetBucketVersioning and ListObjectVersions. */
export class VersioningOperations {
  constructor(
    private readonly state: S3State,
    private readonly versions: ObjectVersions,
  ) {}

  async putBucketVersioning(input: PutBucketVersioningRequest, context: CallContext): Promise<void> {
    await requireBucket(this.state, input.Bucket, context);
    const status = input.VersioningConfiguration?.Status;
    if (status !== 'Enabled' && status !== 'Suspended') throw malformedXml();
    await this.state.transaction(async (tx) => {
      const bucket = await this.state.buckets(tx).get(input.Bucket);
      if (!bucket) throw noSuchBucket(input.Bucket);
      if (bucket.objectLockEnabled && status === 'Suspended') {
        throw invalidBucketState('An Object Lock configuration is present on this bucket, so the versioning state cannot be changed.');
      }
      await this.state.buckets(tx).put(input.Bucket, { ...bucket, versioning: status });
    });
  }

  async getBucketVersioning(input: GetBucketVersioningRequest, context: CallContext): Promise<GetBucketVersioningOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    return { Status: bucket.versioning };
  }

  async listObjectVersions(input: ListObjectVersionsRequest, context: CallContext): Promise<ListObjectVersionsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const maxKeys = input.MaxKeys ?? MAX_KEYS;
    if (maxKeys < 0) throw invalidArgument('Argument maxKeys must be an integer between 0 and 2147483647', 'maxKeys', maxKeys);
    if (input.EncodingType !== undefined && input.EncodingType !== 'url') {
      throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', input.EncodingType);
    }
    if (input.VersionIdMarker && !input.KeyMarker) {
      throw invalidArgument('A version-id marker cannot be specified without a key marker.', 'version-id-marker', input.VersionIdMarker);
    }
    const { entries, truncated } = await this.collect(input, Math.min(maxKeys, MAX_KEYS));
    const encode = input.EncodingType === 'url' ? encodeKey : (text: string) => text;
    const owner = ownerOf(context.account);
    const last = entries[entries.length - 1];
    return {
      Name: input.Bucket,
      Prefix: encode(input.Prefix ?? ''),
      Delimiter: input.Delimiter ? encode(input.Delimiter) : undefined,
      KeyMarker: encode(input.KeyMarker ?? ''),
      VersionIdMarker: input.VersionIdMarker ?? '',
      MaxKeys: maxKeys,
      EncodingType: input.EncodingType,
      IsTruncated: truncated,
      NextKeyMarker: truncated && last ? encode('prefix' in last ? last.prefix : last.version.key) : undefined,
      NextVersionIdMarker: truncated && last && 'version' in last ? versionIdOf(last.version) : undefined,
      Versions: entries.filter(isVersion).filter((entry) => !entry.version.deleteMarker).map((entry) => versionOf(entry, encode, owner)),
      DeleteMarkers: entries.filter(isVersion).filter((entry) => entry.version.deleteMarker).map((entry) => markerOf(entry, encode, owner)),
      CommonPrefixes: entries.filter((entry): entry is { prefix: string } => 'prefix' in entry).map((entry): CommonPrefix => ({ Prefix: encode(entry.prefix) })),
    };
  }

  /** Keys in order, each key's versions newest first, rolled up at the delimiter, from the markers on. */
  private async collect(input: ListObjectVersionsRequest, limit: number): Promise<{ entries: Entry[]; truncated: boolean }> {
    const entries: Entry[] = [];
    const prefix = input.Prefix ?? '';
    const delimiter = input.Delimiter || undefined;
    const base = `${input.Bucket}/`;
    const keyMarker = input.KeyMarker || undefined;
    let resumeIn = input.VersionIdMarker ? keyMarker : undefined;
    // Resuming inside a key's versions starts at that key; otherwise after it.
    let cursor = keyMarker === undefined || resumeIn !== undefined ? undefined : base + keyMarker;
    for (;;) {
      const page = await this.state.objects().list({ prefix: base + prefix, after: cursor, limit: PAGE });
      for (const { key: storeKey, value: current } of page) {
        cursor = storeKey;
        const key = current.key;
        if (keyMarker !== undefined && (key < keyMarker || (key === keyMarker && resumeIn === undefined))) continue;
        const cut = delimiter === undefined ? -1 : key.indexOf(delimiter, prefix.length);
        if (cut >= 0) {
          const common = key.slice(0, cut + delimiter!.length);
          const previous = entries[entries.length - 1];
          if ((previous && 'prefix' in previous && previous.prefix === common) || (keyMarker !== undefined && common <= keyMarker)) continue;
          if (entries.length === limit) return { entries, truncated: true };
          entries.push({ prefix: common });
          continue;
        }
        let versions = [current, ...(await this.versions.noncurrent(input.Bucket, key))];
        if (key === resumeIn) {
          const at = versions.findIndex((version) => versionIdOf(version) === input.VersionIdMarker);
          versions = at < 0 ? [] : versions.slice(at + 1);
          resumeIn = undefined;
        }
        for (const version of versions) {
          if (entries.length === limit) return { entries, truncated: true };
          entries.push({ version, latest: version === current });
        }
      }
      if (page.length < PAGE) return { entries, truncated: false };
    }
  }
}

const isVersion = (entry: Entry): entry is { version: ObjectRecord; latest: boolean } => 'version' in entry;

function versionOf({ version, latest }: { version: ObjectRecord; latest: boolean }, encode: (text: string) => string, owner: Owner): ObjectVersion {
  return {
    ETag: version.etag,
    ChecksumAlgorithm: version.checksum ? [version.checksum.algorithm] : undefined,
    ChecksumType: version.checksum ? (version.checksum.type ?? 'FULL_OBJECT') : undefined,
    Size: version.size,
    StorageClass: version.storageClass as ObjectVersion['StorageClass'],
    Key: encode(version.key),
    VersionId: versionIdOf(version),
    IsLatest: latest,
    LastModified: new Date(version.lastModified),
    Owner: owner,
  };
}

function markerOf({ version, latest }: { version: ObjectRecord; latest: boolean }, encode: (text: string) => string, owner: Owner): DeleteMarkerEntry {
  return { Owner: owner, Key: encode(version.key), VersionId: versionIdOf(version), IsLatest: latest, LastModified: new Date(version.lastModified) };
}
