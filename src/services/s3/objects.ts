import { Readable } from 'node:stream';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { Store, Transaction } from '../../store/store.js';
import type {
  DeletedObject, DeleteObjectOutput, DeleteObjectRequest, GetObjectOutput, GetObjectRequest, HeadObjectOutput, HeadObjectRequest, PutObjectOutput,
  PutObjectRequest,
} from './api.generated.js';
import { readBody, writeBody } from './body.js';
import { requireBucket } from './buckets.js';
import { sentChecksum } from './checksums.js';
import { checkConditions } from './conditions.js';
import { badDigest, invalidDigest, invalidPartNumber, invalidRequest, methodNotAllowed, noSuchBucket, noSuchKey, noSuchVersion, preconditionFailed } from './errors.js';
import { assertDeletable, assertLockAllowed, lockOutput } from './object-lock.js';
import { checksumOutput, describedBy, sseOutput, wholeSeconds } from './object-records.js';
import { versionHeader } from './object-tagging.js';
import { assertValidKey } from './names.js';
import { contentRangeOf, resolveRange, type ByteRange } from './ranges.js';
import type { BucketRecord, ObjectRecord, S3State } from './state.js';
import { deleteMarkerOf, versionIdOf, type ObjectVersions } from './versions.js';
import type { EventPublisher, S3EventName } from './notifications.js';

/** PutObject, GetObject, HeadObject and DeleteObject, each on the current version or the one named. */
export class ObjectOperations {
  constructor(
    private readonly state: S3State,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly versions: ObjectVersions,
    /** Writes the bucket's event notifications in the transaction of each write and delete. */
    private readonly events?: EventPublisher,
  ) {}

  /** `eventName` tells notifications how the object came (a browser's form POST is `ObjectCreated:Post`). */
  async putObject(input: PutObjectRequest, context: CallContext, eventName?: S3EventName): Promise<PutObjectOutput> {
    try {
      assertValidKey(input.Key);
      const bucket = await requireBucket(this.state, input.Bucket, context);
      const expectedMd5 = input.ContentMD5 === undefined ? undefined : contentMd5Of(input.ContentMD5);
      const described = describedBy(input, context);
      assertLockAllowed(bucket, described, this.clock.now());
      const { blob, md5 } = await writeBody(this.store.blobs, input.Body);
      if (expectedMd5 !== undefined && expectedMd5 !== md5.toString('base64')) {
        await this.discardBlob(blob.id);
        throw badDigest(input.ContentMD5!, md5.toString('base64'));
      }
      // Read once the body has ended: a trailing checksum is bound to the input only then.
      const sent = sentChecksum(input);
      const record: ObjectRecord = {
        key: input.Key,
        blobId: blob.id,
        size: blob.size,
        etag: `"${md5.toString('hex')}"`,
        lastModified: wholeSeconds(this.clock.now()),
        ...described,
        checksum: sent && { ...sent, type: 'FULL_OBJECT' },
      };
      const committed = await this.commit(input.Bucket, record, input, undefined, { eventName: eventName ?? 'ObjectCreated:Put', context }).catch(async (error: unknown) => {
        await this.discardBlob(blob.id);
        throw error;
      });
      return { ETag: record.etag, VersionId: versionHeader(committed.bucket, committed.record), ...sseOutput(record), ...checksumOutput(record.checksum) };
    } finally {
      if (input.Body instanceof Readable && !input.Body.readableEnded) input.Body.destroy();
    }
  }

  /**
   * Stores a new version under the write's conditions (`If-None-Match: *`, `If-Match`), checked
   * against the current version in the same transaction, with whatever else must commit with it.
   * Shared by PutObject, CopyObject and CompleteMultipartUpload.
   */
  async commit(
    bucketName: string,
    record: ObjectRecord,
    conditions: { IfMatch?: string; IfNoneMatch?: string },
    alongside?: (tx: Transaction) => Promise<void>,
    event?: { eventName: S3EventName; context: CallContext },
  ): Promise<{ bucket: BucketRecord; record: ObjectRecord }> {
    return this.state.transaction(async (tx) => {
      await alongside?.(tx);
      const bucket = await this.state.buckets(tx).get(bucketName);
      if (!bucket) throw noSuchBucket(bucketName);
      const found = await this.versions.find(bucketName, record.key, undefined, tx);
      const previous = found && !found.record.deleteMarker ? found.record : undefined;
      if (conditions.IfNoneMatch === '*' && previous) throw preconditionFailed('If-None-Match');
      if (conditions.IfMatch !== undefined) {
        if (!previous) throw noSuchKey(record.key);
        checkConditions({ IfMatch: conditions.IfMatch }, previous);
      }
      const committed = await this.versions.commit(tx, bucket, record);
      if (event) {
        const { eventName, context } = event;
        await this.events?.publish(tx, bucket, { eventName, key: committed.key, size: committed.size, etag: committed.etag, versionId: committed.versionId }, context);
      }
      return { bucket, record: committed };
    });
  }

  async getObject(input: GetObjectRequest, context: CallContext): Promise<GetObjectOutput> {
    const { object, range, output } = await this.describe(input, context, 'GET');
    return { ...output, Body: readBody(this.store.blobs, object, range) };
  }

  async headObject(input: HeadObjectRequest, context: CallContext): Promise<HeadObjectOutput> {
    return (await this.describe(input, context, 'HEAD')).output;
  }

  async deleteObject(input: DeleteObjectRequest, context: CallContext): Promise<DeleteObjectOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const deleted = await this.state.transaction((tx) => this.deleteInTransaction(tx, input.Bucket, input.Key, input.VersionId, input.BypassGovernanceRetention, context));
    return { DeleteMarker: deleted.DeleteMarker, VersionId: deleted.DeleteMarkerVersionId ?? deleted.VersionId };
  }

  /**
   * One delete as S3 does it: a version id removes that version for good (unless locked); without one,
   * a versioned bucket gains a delete marker and an unversioned bucket loses the object.
   */
  async deleteInTransaction(
    tx: Transaction,
    bucketName: string,
    key: string,
    versionId: string | undefined,
    bypassGovernance?: boolean,
    context?: CallContext,
  ): Promise<DeletedObject> {
    const deleted = await this.deleteVersion(tx, bucketName, key, versionId, bypassGovernance);
    if (context) {
      const bucket = (await this.state.buckets(tx).get(bucketName))!;
      const createdMarker = deleted.DeleteMarker === true && versionId === undefined;
      await this.events?.publish(
        tx,
        bucket,
        { eventName: createdMarker ? 'ObjectRemoved:DeleteMarkerCreated' : 'ObjectRemoved:Delete', key, versionId: deleted.DeleteMarkerVersionId ?? deleted.VersionId },
        context,
      );
    }
    return deleted;
  }

  private async deleteVersion(tx: Transaction, bucketName: string, key: string, versionId: string | undefined, bypassGovernance?: boolean): Promise<DeletedObject> {
    const bucket = await this.state.buckets(tx).get(bucketName);
    if (!bucket) throw noSuchBucket(bucketName);
    if (versionId !== undefined) {
      const found = await this.versions.find(bucketName, key, versionId, tx);
      if (!found) return { Key: key, VersionId: versionId };
      assertDeletable(found.record, bypassGovernance, this.clock.now());
      await this.versions.remove(tx, bucketName, found);
      const marker = found.record.deleteMarker === true;
      return { Key: key, VersionId: versionId, DeleteMarker: marker || undefined, DeleteMarkerVersionId: marker ? versionId : undefined };
    }
    if (!bucket.versioning) {
      const found = await this.versions.find(bucketName, key, undefined, tx);
      if (found) await this.versions.remove(tx, bucketName, found);
      return { Key: key };
    }
    const marker = await this.versions.commit(tx, bucket, deleteMarkerOf(key, this.clock.now()));
    return { Key: key, DeleteMarker: true, DeleteMarkerVersionId: versionIdOf(marker) };
  }

  /** What GetObject and HeadObject share: lookup, conditions, range or part, and the headers of the answer. */
  private async describe(
    input: GetObjectRequest | HeadObjectRequest,
    context: CallContext,
    method: string,
  ): Promise<{ object: ObjectRecord; range?: ByteRange; output: GetObjectOutput }> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const found = await this.versions.find(input.Bucket, input.Key, input.VersionId);
    if (!found) throw input.VersionId === undefined ? noSuchKey(input.Key) : noSuchVersion(input.Key, input.VersionId);
    const object = found.record;
    if (object.deleteMarker) {
      const headers = { 'x-amz-delete-marker': 'true', 'x-amz-version-id': versionIdOf(object) };
      if (input.VersionId === undefined) throw noSuchKey(input.Key, headers);
      throw methodNotAllowed(method, { ...headers, 'last-modified': new Date(object.lastModified).toUTCString() });
    }
    checkConditions(input, object);
    const range = input.PartNumber === undefined ? resolveRange(input.Range, object.size) : partRange(object, input.PartNumber, input.Range);
    const output: GetObjectOutput = {
      AcceptRanges: 'bytes',
      LastModified: new Date(object.lastModified),
      ContentLength: range ? range.end - range.start + 1 : object.size,
      ETag: object.etag,
      ContentRange: range ? contentRangeOf(range, object.size) : undefined,
      ContentType: input.ResponseContentType ?? object.contentType,
      ContentEncoding: input.ResponseContentEncoding ?? object.contentEncoding,
      ContentDisposition: input.ResponseContentDisposition ?? object.contentDisposition,
      ContentLanguage: input.ResponseContentLanguage ?? object.contentLanguage,
      CacheControl: input.ResponseCacheControl ?? object.cacheControl,
      Expires: input.ResponseExpires?.toUTCString() ?? object.expires,
      Metadata: object.metadata,
      VersionId: versionHeader(bucket, object),
      WebsiteRedirectLocation: object.websiteRedirectLocation,
      StorageClass: object.storageClass === 'STANDARD' ? undefined : (object.storageClass as GetObjectOutput['StorageClass']),
      PartsCount: input.PartNumber !== undefined && object.parts ? object.parts.length : undefined,
      TagCount: object.tags?.length || undefined,
      ...sseOutput(object),
      ...lockOutput(object),
      ...(input.ChecksumMode === 'ENABLED' ? checksumOf(object, input.PartNumber, range) : {}),
    };
    return { object, range, output };
  }

  /** A blob no record points to is removed by counting one reference in and out. */
  async discardBlob(id: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.retainBlob(id);
      await tx.releaseBlob(id);
    });
  }
}

/** `?partNumber=N`: the bytes of part N of a multipart object; a single-part object has only part 1. */
function partRange(object: ObjectRecord, partNumber: number, range: string | undefined): ByteRange | undefined {
  if (range !== undefined) throw invalidRequest('Cannot specify both Range header and partNumber query parameter');
  const sizes = object.parts?.map((part) => part.size) ?? [object.size];
  if (partNumber < 1 || partNumber > sizes.length) throw invalidPartNumber();
  if (!object.parts || object.size === 0) return undefined;
  const start = sizes.slice(0, partNumber - 1).reduce((sum, size) => sum + size, 0);
  return { start, end: start + sizes[partNumber - 1]! - 1 };
}

function checksumOf(object: ObjectRecord, partNumber: number | undefined, range: ByteRange | undefined): Partial<GetObjectOutput> {
  if (partNumber !== undefined && object.parts) return checksumOutput(object.parts[partNumber - 1]?.checksum);
  return range ? {} : checksumOutput(object.checksum);
}

/** A Content-MD5 header's value, refused unless it is base64 of 16 bytes. */
export function contentMd5Of(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== value) throw invalidDigest(value);
  return value;
}
