import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { Store } from '../../store/store.js';
import type {
  ChecksumAlgorithm, DeleteObjectOutput, DeleteObjectRequest, GetObjectOutput, GetObjectRequest, HeadObjectOutput,
  HeadObjectRequest, PutObjectOutput, PutObjectRequest,
} from './api.generated.js';
import { requireBucket } from './buckets.js';
import { checkConditions } from './conditions.js';
import { badDigest, invalidDigest, noSuchKey, preconditionFailed } from './errors.js';
import { assertValidKey } from './names.js';
import { contentRangeOf, resolveRange, type ByteRange } from './ranges.js';
import { objectKeyOf, type ObjectRecord, type S3State } from './state.js';

/** The flexible checksums whose values the codec has verified against the body (header or trailer). */
const CHECKSUM_MEMBERS = {
  CRC32: 'ChecksumCRC32',
  CRC32C: 'ChecksumCRC32C',
  CRC64NVME: 'ChecksumCRC64NVME',
  SHA1: 'ChecksumSHA1',
  SHA256: 'ChecksumSHA256',
} as const satisfies Partial<Record<ChecksumAlgorithm, keyof PutObjectRequest>>;

const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

export class ObjectOperations {
  constructor(
    private readonly state: S3State,
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async putObject(input: PutObjectRequest, context: CallContext): Promise<PutObjectOutput> {
    try {
      assertValidKey(input.Key);
      await requireBucket(this.state, input.Bucket, context);
      const expectedMd5 = input.ContentMD5 === undefined ? undefined : contentMd5Of(input.ContentMD5);
      const { blob, md5 } = await this.writeBody(input.Body);
      if (expectedMd5 !== undefined && expectedMd5 !== md5.toString('base64')) {
        await this.discardBlob(blob.id);
        throw badDigest(input.ContentMD5!, md5.toString('base64'));
      }
      const record = this.recordOf(input, blob, md5);
      await this.state.transaction(async (tx) => {
        const objects = this.state.objects(tx);
        const previous = await objects.get(objectKeyOf(input.Bucket, input.Key));
        if (input.IfNoneMatch === '*' && previous) throw preconditionFailed('If-None-Match');
        if (input.IfMatch !== undefined) {
          if (!previous) throw noSuchKey(input.Key);
          checkConditions({ IfMatch: input.IfMatch }, previous);
        }
        await objects.put(objectKeyOf(input.Bucket, input.Key), record);
        await tx.retainBlob(record.blobId);
        if (previous) await tx.releaseBlob(previous.blobId);
      }).catch(async (error: unknown) => {
        await this.discardBlob(blob.id);
        throw error;
      });
      return { ETag: record.etag, ServerSideEncryption: 'AES256', ...checksumOutput(record) };
    } finally {
      if (input.Body instanceof Readable && !input.Body.readableEnded) input.Body.destroy();
    }
  }

  async getObject(input: GetObjectRequest, context: CallContext): Promise<GetObjectOutput> {
    const { object, range, output } = await this.describe(input, context);
    const body = object.size === 0 ? Readable.from([]) : this.store.blobs.read(object.blobId, range ?? { start: 0, end: object.size - 1 });
    return { ...output, Body: body };
  }

  async headObject(input: HeadObjectRequest, context: CallContext): Promise<HeadObjectOutput> {
    return (await this.describe(input, context)).output;
  }

  async deleteObject(input: DeleteObjectRequest, context: CallContext): Promise<DeleteObjectOutput> {
    await requireBucket(this.state, input.Bucket, context);
    await this.state.transaction(async (tx) => {
      const objects = this.state.objects(tx);
      const previous = await objects.get(objectKeyOf(input.Bucket, input.Key));
      if (!previous) return;
      await objects.delete(objectKeyOf(input.Bucket, input.Key));
      await tx.releaseBlob(previous.blobId);
    });
    return {};
  }

  /** What GetObject and HeadObject share: lookup, conditions, range and the headers of the answer. */
  private async describe(input: GetObjectRequest | HeadObjectRequest, context: CallContext): Promise<{ object: ObjectRecord; range?: ByteRange; output: GetObjectOutput }> {
    await requireBucket(this.state, input.Bucket, context);
    const object = await this.state.objects().get(objectKeyOf(input.Bucket, input.Key));
    if (!object) throw noSuchKey(input.Key);
    checkConditions(input, object);
    const range = resolveRange(input.Range, object.size);
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
      ServerSideEncryption: 'AES256',
      StorageClass: object.storageClass === 'STANDARD' ? undefined : (object.storageClass as GetObjectOutput['StorageClass']),
      ...(input.ChecksumMode === 'ENABLED' && !range ? checksumOutput(object) : {}),
    };
    return { object, range, output };
  }

  private async writeBody(body: PutObjectRequest['Body']): Promise<{ blob: { id: string; size: number }; md5: Buffer }> {
    const hash = createHash('md5');
    if (!(body instanceof Readable)) {
      const bytes = body ?? new Uint8Array();
      return { blob: await this.store.blobs.write(bytes), md5: hash.update(bytes).digest() };
    }
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    body.on('error', (error) => hashing.destroy(error));
    const blob = await this.store.blobs.write(body.pipe(hashing));
    return { blob, md5: hash.digest() };
  }

  /** A blob no record points to is removed by counting one reference in and out. */
  private async discardBlob(id: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.retainBlob(id);
      await tx.releaseBlob(id);
    });
  }

  private recordOf(input: PutObjectRequest, blob: { id: string; size: number }, md5: Buffer): ObjectRecord {
    const algorithm = (Object.keys(CHECKSUM_MEMBERS) as Array<keyof typeof CHECKSUM_MEMBERS>).find((name) => input[CHECKSUM_MEMBERS[name]] !== undefined);
    return {
      key: input.Key,
      blobId: blob.id,
      size: blob.size,
      etag: `"${md5.toString('hex')}"`,
      // HTTP dates carry whole seconds; keeping the same precision makes conditions agree with them.
      lastModified: Math.floor(this.clock.now() / 1000) * 1000,
      contentType: input.ContentType ?? DEFAULT_CONTENT_TYPE,
      contentEncoding: input.ContentEncoding,
      contentDisposition: input.ContentDisposition,
      contentLanguage: input.ContentLanguage,
      cacheControl: input.CacheControl,
      expires: input.Expires,
      metadata: input.Metadata ?? {},
      checksum: algorithm ? { algorithm, value: input[CHECKSUM_MEMBERS[algorithm]]! } : undefined,
      storageClass: input.StorageClass ?? 'STANDARD',
    };
  }
}

function contentMd5Of(value: string): string {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== value) throw invalidDigest(value);
  return value;
}

function checksumOutput(object: ObjectRecord): Partial<GetObjectOutput> {
  if (!object.checksum) return {};
  const member = CHECKSUM_MEMBERS[object.checksum.algorithm as keyof typeof CHECKSUM_MEMBERS];
  return { [member]: object.checksum.value, ChecksumType: 'FULL_OBJECT' };
}
