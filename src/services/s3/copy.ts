import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { Store } from '../../store/store.js';
import type { CopyObjectOutput, CopyObjectRequest } from './api.generated.js';
import { readBody } from './body.js';
import { requireBucket } from './buckets.js';
import { createChecksum, isSupported } from './checksums.js';
import { invalidArgument, invalidRequest, noSuchKey, noSuchVersion, preconditionFailed } from './errors.js';
import { assertLockAllowed } from './object-lock.js';
import { checksumOutput, describedBy, sseOutput, wholeSeconds } from './object-records.js';
import { versionHeader } from './object-tagging.js';
import type { ObjectOperations } from './objects.js';
import { assertValidKey } from './names.js';
import type { BucketRecord, ObjectRecord, S3State, StoredChecksum } from './state.js';
import type { ObjectVersions } from './versions.js';

export interface CopySource {
  bucket: BucketRecord;
  key: string;
  versionId?: string;
  record: ObjectRecord;
}

interface CopyConditions {
  CopySourceIfMatch?: string;
  CopySourceIfNoneMatch?: string;
  CopySourceIfModifiedSince?: Date;
  CopySourceIfUnmodifiedSince?: Date;
}

/**
 * The object `x-amz-copy-source` names (`[/]bucket/url-encoded-key[?versionId=…]`), readable by the
 * caller, and not a delete marker; shared by CopyObject and UploadPartCopy.
 */
export async function resolveCopySource(state: S3State, versions: ObjectVersions, header: string, context: CallContext): Promise<CopySource> {
  const [path, query = ''] = header.replace(/^\//, '').split('?', 2) as [string, string?];
  const slash = path.indexOf('/');
  if (slash <= 0 || slash === path.length - 1) throw invalidArgument('Invalid copy source object key', 'x-amz-copy-source', header);
  let key: string;
  try {
    key = decodeURIComponent(path.slice(slash + 1));
  } catch {
    throw invalidArgument('Invalid copy source encoding', 'x-amz-copy-source', header);
  }
  const versionId = new URLSearchParams(query).get('versionId') ?? undefined;
  const bucket = await requireBucket(state, decodeURIComponent(path.slice(0, slash)), context);
  const found = await versions.find(bucket.name, key, versionId);
  if (!found) throw versionId === undefined ? noSuchKey(key) : noSuchVersion(key, versionId);
  if (found.record.deleteMarker) {
    if (versionId === undefined) throw noSuchKey(key);
    throw invalidRequest('The source of a copy request may not specifically refer to a delete marker by version id.');
  }
  return { bucket, key, versionId, record: found.record };
}

/**
 * The `x-amz-copy-source-if-*` conditions: every failure is 412. An If-Match that holds overrides a
 * failed If-Unmodified-Since, as S3 documents; likewise If-None-Match over If-Modified-Since.
 */
export function checkCopyConditions(conditions: CopyConditions, source: ObjectRecord): void {
  const matches = (condition: string) =>
    condition.split(',').some((candidate) => candidate.trim() === '*' || candidate.trim().replace(/^"|"$/g, '') === source.etag.replace(/^"|"$/g, ''));
  const modifiedSince = (date: Date) => source.lastModified > date.getTime();
  if (conditions.CopySourceIfMatch !== undefined) {
    if (!matches(conditions.CopySourceIfMatch)) throw preconditionFailed('x-amz-copy-source-If-Match');
  } else if (conditions.CopySourceIfUnmodifiedSince && modifiedSince(conditions.CopySourceIfUnmodifiedSince)) {
    throw preconditionFailed('x-amz-copy-source-If-Unmodified-Since');
  }
  if (conditions.CopySourceIfNoneMatch !== undefined) {
    if (matches(conditions.CopySourceIfNoneMatch)) throw preconditionFailed('x-amz-copy-source-If-None-Match');
  } else if (conditions.CopySourceIfModifiedSince && !modifiedSince(conditions.CopySourceIfModifiedSince)) {
    throw preconditionFailed('x-amz-copy-source-If-Modified-Since');
  }
}

/** CopyObject: the new version shares the source's blobs, so no byte is copied. */
export class CopyOperations {
  constructor(
    private readonly state: S3State,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly versions: ObjectVersions,
    private readonly objects: ObjectOperations,
  ) {}

  async copyObject(input: CopyObjectRequest, context: CallContext): Promise<CopyObjectOutput> {
    assertValidKey(input.Key);
    const target = await requireBucket(this.state, input.Bucket, context);
    const source = await resolveCopySource(this.state, this.versions, input.CopySource, context);
    checkCopyConditions(input, source.record);
    const replace = input.MetadataDirective === 'REPLACE';
    const changes = replace || input.StorageClass !== undefined || input.ServerSideEncryption !== undefined || input.WebsiteRedirectLocation !== undefined;
    const sameVersion = source.versionId === undefined || source.versionId === (await this.versions.find(source.bucket.name, source.key, undefined))?.record.versionId;
    if (source.bucket.name === target.name && source.key === input.Key && sameVersion && !changes) {
      throw invalidRequest(
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      );
    }
    const described = describedBy(input, context);
    assertLockAllowed(target, described, this.clock.now());
    const from = source.record;
    const record: ObjectRecord = {
      ...described,
      ...(replace ? {} : contentOf(from)),
      tags: input.TaggingDirective === 'REPLACE' ? described.tags : from.tags,
      key: input.Key,
      blobId: from.blobId,
      parts: from.parts,
      size: from.size,
      etag: from.etag,
      lastModified: wholeSeconds(this.clock.now()),
      checksum: await this.checksumOfCopy(from, input.ChecksumAlgorithm),
    };
    const committed = await this.objects.commit(target.name, record, input, undefined, { eventName: 'ObjectCreated:Copy', context });
    return {
      CopyObjectResult: { ETag: record.etag, LastModified: new Date(record.lastModified), ...checksumOutput(record.checksum) },
      VersionId: versionHeader(committed.bucket, committed.record),
      CopySourceVersionId: versionHeader(source.bucket, from),
      ...sseOutput(record),
    };
  }

  /** The source's checksum carries over; another algorithm, or a whole-object one for a composite, is computed from the bytes. */
  private async checksumOfCopy(from: ObjectRecord, algorithm: string | undefined): Promise<StoredChecksum | undefined> {
    if (algorithm === undefined || (from.checksum?.algorithm === algorithm && from.checksum.type !== 'COMPOSITE')) return from.checksum;
    if (!isSupported(algorithm)) throw invalidRequest(`Checksum algorithm ${algorithm} is not supported.`);
    const checksum = createChecksum(algorithm);
    for await (const chunk of readBody(this.store.blobs, from)) checksum.update(chunk as Buffer);
    return { algorithm, value: await checksum.digest(), type: 'FULL_OBJECT' };
  }
}

/** What MetadataDirective COPY carries from the source: its content headers and user metadata. */
function contentOf(from: ObjectRecord): Partial<ObjectRecord> {
  return {
    contentType: from.contentType,
    contentEncoding: from.contentEncoding,
    contentDisposition: from.contentDisposition,
    contentLanguage: from.contentLanguage,
    cacheControl: from.cacheControl,
    expires: from.expires,
    metadata: from.metadata,
  };
}
