import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { Store, Transaction } from '../../store/store.js';
import type {
  AbortMultipartUploadOutput, AbortMultipartUploadRequest, CreateMultipartUploadOutput, CreateMultipartUploadRequest, UploadPartCopyOutput,
  UploadPartCopyRequest, UploadPartOutput, UploadPartRequest,
} from './api.generated.js';
import { readBody, writeBody, type WrittenBody } from './body.js';
import { requireBucket } from './buckets.js';
import { isSupported, sentChecksum, supportsFullObject, type SupportedAlgorithm } from './checksums.js';
import { checkCopyConditions, resolveCopySource } from './copy.js';
import { badDigest, invalidArgument, invalidRequest, noSuchUpload } from './errors.js';
import { assertLockAllowed } from './object-lock.js';
import { checksumOutput, describedBy, sseOutput, wholeSeconds } from './object-records.js';
import { versionHeader } from './object-tagging.js';
import { contentMd5Of, type ObjectOperations } from './objects.js';
import { assertValidKey } from './names.js';
import { partKeyOf, uploadKeyOf, type PartRecord, type S3State, type StoredChecksum, type UploadRecord } from './state.js';
import type { ObjectVersions } from './versions.js';

const MAX_PART_NUMBER = 10_000;

/** The upload a request names, which must still be in progress. */
export async function requireUpload(state: S3State, bucket: string, key: string, uploadId: string, tx?: Transaction): Promise<UploadRecord> {
  const upload = await state.uploads(tx).get(uploadKeyOf(bucket, key, uploadId));
  if (!upload) throw noSuchUpload(uploadId);
  return upload;
}

/** Removes an upload and its parts, releasing the parts' blobs except those the completed object keeps. */
export async function removeUpload(state: S3State, tx: Transaction, upload: UploadRecord): Promise<void> {
  const prefix = partKeyOf(upload.bucket, upload.uploadId, 0).slice(0, -5);
  for (const { key, value } of await state.parts(tx).list({ prefix })) {
    await state.parts(tx).delete(key);
    await tx.releaseBlob(value.blobId);
  }
  await state.uploads(tx).delete(uploadKeyOf(upload.bucket, upload.key, upload.uploadId));
}

/** CreateMultipartUpload, UploadPart, UploadPartCopy and AbortMultipartUpload. */
export class MultipartOperations {
  constructor(
    private readonly state: S3State,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly versions: ObjectVersions,
    private readonly objects: ObjectOperations,
  ) {}

  async createMultipartUpload(input: CreateMultipartUploadRequest, context: CallContext): Promise<CreateMultipartUploadOutput> {
    assertValidKey(input.Key);
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const object = describedBy(input, context);
    assertLockAllowed(bucket, object, this.clock.now());
    const { checksumAlgorithm: algorithm, checksumType: type } = checksumOfUpload(input.ChecksumAlgorithm, input.ChecksumType);
    const now = this.clock.now();
    // Upload ids begin with the time, so a key's uploads list in the order they were initiated.
    const uploadId = `${now.toString(36).padStart(9, '0')}${randomBytes(48).toString('base64url')}`;
    await this.state.uploads().put(uploadKeyOf(input.Bucket, input.Key, uploadId), {
      bucket: input.Bucket, key: input.Key, uploadId, initiated: wholeSeconds(now), object, checksumAlgorithm: algorithm, checksumType: type,
    });
    return { Bucket: input.Bucket, Key: input.Key, UploadId: uploadId, ChecksumAlgorithm: algorithm, ChecksumType: type, ...sseOutput(object) };
  }

  async uploadPart(input: UploadPartRequest, context: CallContext): Promise<UploadPartOutput> {
    try {
      await requireBucket(this.state, input.Bucket, context);
      assertPartNumber(input.PartNumber);
      const upload = await requireUpload(this.state, input.Bucket, input.Key, input.UploadId);
      const expectedMd5 = input.ContentMD5 === undefined ? undefined : contentMd5Of(input.ContentMD5);
      const written = await writeBody(this.store.blobs, input.Body, upload.checksumAlgorithm as SupportedAlgorithm | undefined);
      const part = await this.keepPart(upload, input.PartNumber, written, () => {
        if (expectedMd5 !== undefined && expectedMd5 !== written.md5.toString('base64')) throw badDigest(input.ContentMD5!, written.md5.toString('base64'));
        return checksumOfPart(upload, sentChecksum(input), written);
      });
      const { ChecksumType: _type, ...checksum } = checksumOutput(part.checksum);
      return { ETag: part.etag, ...checksum, ...sseOutput(upload.object) };
    } finally {
      if (input.Body instanceof Readable && !input.Body.readableEnded) input.Body.destroy();
    }
  }

  async uploadPartCopy(input: UploadPartCopyRequest, context: CallContext): Promise<UploadPartCopyOutput> {
    await requireBucket(this.state, input.Bucket, context);
    assertPartNumber(input.PartNumber);
    const upload = await requireUpload(this.state, input.Bucket, input.Key, input.UploadId);
    const source = await resolveCopySource(this.state, this.versions, input.CopySource, context);
    checkCopyConditions(input, source.record);
    const range = copyRange(input.CopySourceRange, source.record.size);
    const written = await writeBody(this.store.blobs, readBody(this.store.blobs, source.record, range), upload.checksumAlgorithm as SupportedAlgorithm | undefined);
    const part = await this.keepPart(upload, input.PartNumber, written, () => checksumOfPart(upload, undefined, written));
    const { ChecksumType: _type, ...checksum } = checksumOutput(part.checksum);
    return {
      CopySourceVersionId: versionHeader(source.bucket, source.record),
      CopyPartResult: { ETag: part.etag, LastModified: new Date(part.lastModified), ...checksum },
      ...sseOutput(upload.object),
    };
  }

  async abortMultipartUpload(input: AbortMultipartUploadRequest, context: CallContext): Promise<AbortMultipartUploadOutput> {
    await requireBucket(this.state, input.Bucket, context);
    await this.state.transaction(async (tx) => removeUpload(this.state, tx, await requireUpload(this.state, input.Bucket, input.Key, input.UploadId, tx)));
    return {};
  }

  /** Records a written part, replacing an earlier upload of the same number; the blob goes if anything fails. */
  private async keepPart(upload: UploadRecord, partNumber: number, written: WrittenBody, check: () => StoredChecksum | undefined): Promise<PartRecord> {
    try {
      const checksum = check();
      const part: PartRecord = {
        partNumber, blobId: written.blob.id, size: written.blob.size, etag: `"${written.md5.toString('hex')}"`, lastModified: wholeSeconds(this.clock.now()), checksum,
      };
      await this.state.transaction(async (tx) => {
        await requireUpload(this.state, upload.bucket, upload.key, upload.uploadId, tx);
        const parts = this.state.parts(tx);
        const id = partKeyOf(upload.bucket, upload.uploadId, partNumber);
        const previous = await parts.get(id);
        await tx.retainBlob(part.blobId);
        if (previous) await tx.releaseBlob(previous.blobId);
        await parts.put(id, part);
      });
      return part;
    } catch (error) {
      await this.objects.discardBlob(written.blob.id);
      throw error;
    }
  }
}

/** The checksum algorithm and type of a new upload: CRC64NVME is whole-object only, SHA digests only composite. */
function checksumOfUpload(algorithm: string | undefined, type: UploadRecord['checksumType']): Pick<UploadRecord, 'checksumAlgorithm' | 'checksumType'> {
  if (algorithm === undefined) {
    if (type !== undefined) throw invalidRequest('The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.');
    return {};
  }
  if (!isSupported(algorithm)) throw invalidRequest(`Checksum algorithm ${algorithm} is not supported.`);
  const chosen = type ?? (algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE');
  if (chosen === 'FULL_OBJECT' && !supportsFullObject(algorithm)) {
    throw invalidRequest(`The FULL_OBJECT checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`);
  }
  if (chosen === 'COMPOSITE' && algorithm === 'CRC64NVME') throw invalidRequest('The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.');
  return { checksumAlgorithm: algorithm, checksumType: chosen };
}

/** A part keeps the upload's algorithm (computed on the way in); a part sent with another algorithm is refused. */
function checksumOfPart(upload: UploadRecord, sent: { algorithm: SupportedAlgorithm; value: string } | undefined, written: WrittenBody): StoredChecksum | undefined {
  const algorithm = upload.checksumAlgorithm;
  if (algorithm && sent && sent.algorithm !== algorithm) {
    throw invalidRequest(`Checksum Type mismatch occurred, expected checksum Type: ${algorithm.toLowerCase()}, actual checksum Type: ${sent.algorithm.toLowerCase()}`);
  }
  if (algorithm && written.checksum) return { algorithm, value: written.checksum };
  return sent && { algorithm: sent.algorithm, value: sent.value };
}

function assertPartNumber(partNumber: number): void {
  if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > MAX_PART_NUMBER) {
    throw invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', partNumber);
  }
}

/** `x-amz-copy-source-range: bytes=first-last`, both given and inside the source. */
function copyRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d+)-(\d+)$/.exec(header.trim());
  if (!match) throw invalidArgument('The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy', 'x-amz-copy-source-range', header);
  const [start, end] = [Number(match[1]), Number(match[2])];
  if (start > end || end >= size) throw invalidArgument(`Range specified is not valid for source object of size: ${size}`, 'x-amz-copy-source-range', header);
  return { start, end };
}
