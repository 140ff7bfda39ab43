import type { CallContext } from '../../common/call-context.js';
import type { CommonPrefix, ListMultipartUploadsOutput, ListMultipartUploadsRequest, ListPartsOutput, ListPartsRequest, MultipartUpload, Part } from './api.generated.js';
import { ownerOf, requireBucket } from './buckets.js';
import { invalidArgument } from './errors.js';
import { encodeKey } from './listing.js';
import { requireUpload } from './multipart.js';
import { checksumOutput } from './object-records.js';
import { partKeyOf, uploadKeyOf, type S3State, type UploadRecord } from './state.js';

const MAX_PARTS = 1000;
const MAX_UPLOADS = 1000;

/** ListParts and ListMultipartUploads. */
export class MultipartListingOperations {
  constructor(private readonly state: S3State) {}

  async listParts(input: ListPartsRequest, context: CallContext): Promise<ListPartsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const upload = await requireUpload(this.state, input.Bucket, input.Key, input.UploadId);
    const maxParts = input.MaxParts ?? MAX_PARTS;
    if (maxParts < 0) throw invalidArgument('Argument max-parts must be an integer between 0 and 2147483647', 'max-parts', maxParts);
    const marker = input.PartNumberMarker ?? 0;
    const prefix = partKeyOf(upload.bucket, upload.uploadId, 0).slice(0, -5);
    const limit = Math.min(maxParts, MAX_PARTS);
    const found = await this.state.parts().list({ prefix, after: partKeyOf(upload.bucket, upload.uploadId, marker), limit: limit + 1 });
    const page = found.slice(0, limit).map((entry) => entry.value);
    const truncated = found.length > limit;
    const owner = ownerOf(context.account);
    return {
      Bucket: input.Bucket,
      Key: input.Key,
      UploadId: input.UploadId,
      PartNumberMarker: marker,
      NextPartNumberMarker: page.length ? page[page.length - 1]!.partNumber : undefined,
      MaxParts: maxParts,
      IsTruncated: truncated,
      Parts: page.map((part): Part => {
        const { ChecksumType: _type, ...checksum } = checksumOutput(part.checksum);
        return { PartNumber: part.partNumber, LastModified: new Date(part.lastModified), ETag: part.etag, Size: part.size, ...checksum };
      }),
      Initiator: owner,
      Owner: owner,
      StorageClass: upload.object.storageClass as ListPartsOutput['StorageClass'],
      ChecksumAlgorithm: upload.checksumAlgorithm,
      ChecksumType: upload.checksumType,
    };
  }

  async listMultipartUploads(input: ListMultipartUploadsRequest, context: CallContext): Promise<ListMultipartUploadsOutput> {
    await requireBucket(this.state, input.Bucket, context);
    const maxUploads = input.MaxUploads ?? MAX_UPLOADS;
    if (maxUploads < 0) throw invalidArgument('Argument max-uploads must be an integer between 0 and 2147483647', 'max-uploads', maxUploads);
    if (input.EncodingType !== undefined && input.EncodingType !== 'url') {
      throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', input.EncodingType);
    }
    const limit = Math.min(maxUploads, MAX_UPLOADS);
    const prefix = input.Prefix ?? '';
    const delimiter = input.Delimiter || undefined;
    const keyMarker = input.KeyMarker || undefined;
    // Without an upload-id marker, the key marker's own uploads are all behind; with one, those after it follow.
    const after = keyMarker === undefined ? undefined : input.UploadIdMarker ? uploadKeyOf(input.Bucket, keyMarker, input.UploadIdMarker) : `${uploadKeyOf(input.Bucket, keyMarker, '')}\uffff`;
    const entries: Array<UploadRecord | string> = [];
    let truncated = false;
    for (const { value } of await this.state.uploads().list({ prefix: `${input.Bucket}/${prefix}`, after })) {
      const cut = delimiter === undefined ? -1 : value.key.indexOf(delimiter, prefix.length);
      const common = cut < 0 ? undefined : value.key.slice(0, cut + delimiter!.length);
      if (common !== undefined && (entries[entries.length - 1] === common || (keyMarker !== undefined && common <= keyMarker))) continue;
      if (entries.length === limit) {
        truncated = true;
        break;
      }
      entries.push(common ?? value);
    }
    const encode = input.EncodingType === 'url' ? encodeKey : (text: string) => text;
    const last = entries[entries.length - 1];
    const owner = ownerOf(context.account);
    return {
      Bucket: input.Bucket,
      KeyMarker: encode(input.KeyMarker ?? ''),
      UploadIdMarker: input.UploadIdMarker ?? '',
      NextKeyMarker: last === undefined ? undefined : encode(typeof last === 'string' ? last : last.key),
      NextUploadIdMarker: last === undefined || typeof last === 'string' ? undefined : last.uploadId,
      Prefix: encode(prefix),
      Delimiter: delimiter && encode(delimiter),
      MaxUploads: maxUploads,
      EncodingType: input.EncodingType,
      IsTruncated: truncated,
      Uploads: entries.filter((entry): entry is UploadRecord => typeof entry !== 'string').map((upload): MultipartUpload => ({
        UploadId: upload.uploadId,
        Key: encode(upload.key),
        Initiated: new Date(upload.initiated),
        StorageClass: upload.object.storageClass as MultipartUpload['StorageClass'],
        Owner: owner,
        Initiator: owner,
        ChecksumAlgorithm: upload.checksumAlgorithm,
        ChecksumType: upload.checksumType,
      })),
      CommonPrefixes: entries.filter((entry): entry is string => typeof entry === 'string').map((common): CommonPrefix => ({ Prefix: encode(common) })),
    };
  }
}
