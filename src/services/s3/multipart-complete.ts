import { createHash } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { Clock } from '../../clock/clock.js';
import type { CompletedPart, CompleteMultipartUploadOutput, CompleteMultipartUploadRequest } from './api.generated.js';
import { requireBucket } from './buckets.js';
import { combineCrcs, compositeChecksum, sentChecksum, type SupportedAlgorithm } from './checksums.js';
import { entityTooSmall, invalidPart, invalidPartOrder, invalidRequest, malformedXml } from './errors.js';
import { checksumOutput, sseOutput, wholeSeconds } from './object-records.js';
import { versionHeader } from './object-tagging.js';
import type { ObjectOperations } from './objects.js';
import { removeUpload, requireUpload } from './multipart.js';
import { partKeyOf, type ObjectRecord, type PartRecord, type S3State, type StoredChecksum, type UploadRecord } from './state.js';

const MIN_PART_SIZE = 5 * 1024 * 1024;

/**
 * CompleteMultipartUpload: the object is its listed parts' blobs in order, referenced, not copied.
 * Its ETag is the MD5 of the parts' MD5s with `-<count>`; its checksum is composite (the checksum
 * of the parts' checksums, `-<count>`) or, for FULL_OBJECT uploads, the CRC of the whole body.
 */
export class CompleteOperations {
  constructor(
    private readonly state: S3State,
    private readonly clock: Clock,
    private readonly objects: ObjectOperations,
  ) {}

  async completeMultipartUpload(input: CompleteMultipartUploadRequest, context: CallContext): Promise<CompleteMultipartUploadOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const upload = await requireUpload(this.state, input.Bucket, input.Key, input.UploadId);
    const listed = input.MultipartUpload?.Parts ?? [];
    if (listed.length === 0) throw malformedXml();
    const parts = await this.chosenParts(upload, listed);
    const size = parts.reduce((sum, part) => sum + part.size, 0);
    if (input.MpuObjectSize !== undefined && input.MpuObjectSize !== size) {
      throw invalidRequest(`The provided 'x-amz-mp-object-size' header value ${input.MpuObjectSize} does not match what was computed: ${size}`);
    }
    const md5s = Buffer.concat(parts.map((part) => Buffer.from(part.etag.replace(/"/g, ''), 'hex')));
    const record: ObjectRecord = {
      ...upload.object,
      key: input.Key,
      blobId: '',
      parts: parts.map(({ blobId, size: partSize, etag, checksum }) => ({ blobId, size: partSize, etag, checksum })),
      size,
      etag: `"${createHash('md5').update(md5s).digest('hex')}-${parts.length}"`,
      lastModified: wholeSeconds(this.clock.now()),
      checksum: await objectChecksum(upload, parts, sentChecksum(input)),
    };
    // The object holds its own references to the parts' blobs; the upload's go in the same transaction.
    const committed = await this.objects.commit(input.Bucket, record, input, async (tx) =>
      removeUpload(this.state, tx, await requireUpload(this.state, input.Bucket, input.Key, input.UploadId, tx)), { eventName: 'ObjectCreated:CompleteMultipartUpload', context });
    return {
      Location: `${context.endpoint}/${input.Bucket}/${encodeURIComponent(input.Key).replace(/%2F/g, '/')}`,
      Bucket: input.Bucket,
      Key: input.Key,
      ETag: record.etag,
      VersionId: versionHeader(committed.bucket, committed.record),
      ...checksumOutput(record.checksum),
      ...sseOutput(record),
    };
  }

  /** The parts the request lists, ascending, each uploaded with the ETag (and checksum) given, all but the last at least 5 MiB. */
  private async chosenParts(upload: UploadRecord, listed: CompletedPart[]): Promise<PartRecord[]> {
    const parts: PartRecord[] = [];
    let previous = 0;
    for (const wanted of listed) {
      const number = wanted.PartNumber ?? 0;
      if (number <= previous) throw invalidPartOrder(upload.uploadId);
      previous = number;
      const part = await this.state.parts().get(partKeyOf(upload.bucket, upload.uploadId, number));
      if (!part || !wanted.ETag || wanted.ETag.replace(/"/g, '') !== part.etag.replace(/"/g, '')) throw invalidPart(upload.uploadId, number, wanted.ETag);
      const claimed = sentChecksum(wanted);
      if (claimed && part.checksum?.algorithm === claimed.algorithm && part.checksum.value !== claimed.value) throw invalidPart(upload.uploadId, number, wanted.ETag);
      if (upload.checksumAlgorithm && upload.checksumType === 'COMPOSITE' && !claimed) {
        throw invalidRequest(`The upload was created using a ${upload.checksumAlgorithm.toLowerCase()} checksum. The complete request must include the checksum for each part. It was missing for part ${number} in the request.`);
      }
      parts.push(part);
    }
    parts.slice(0, -1).forEach((part) => {
      if (part.size < MIN_PART_SIZE) throw entityTooSmall(part.size, part.partNumber, part.etag);
    });
    return parts;
  }
}

async function objectChecksum(upload: UploadRecord, parts: PartRecord[], sent: { algorithm: SupportedAlgorithm; value: string } | undefined): Promise<StoredChecksum | undefined> {
  const algorithm = upload.checksumAlgorithm as SupportedAlgorithm | undefined;
  if (!algorithm || parts.some((part) => part.checksum?.algorithm !== algorithm)) return undefined;
  const values = parts.map((part) => part.checksum!.value);
  if (upload.checksumType === 'FULL_OBJECT') {
    const value = combineCrcs(algorithm, parts.map((part) => ({ checksum: part.checksum!.value, size: part.size })));
    if (sent && sent.algorithm === algorithm && sent.value !== value) {
      throw new AwsError('BadDigest', `The ${algorithm.toLowerCase()} you specified for the full object did not match what was calculated.`, 400);
    }
    return { algorithm, value, type: 'FULL_OBJECT' };
  }
  return { algorithm, value: await compositeChecksum(algorithm, values), type: 'COMPOSITE' };
}
