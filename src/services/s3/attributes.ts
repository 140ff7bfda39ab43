import type { CallContext } from '../../common/call-context.js';
import type { Checksum, GetObjectAttributesOutput, GetObjectAttributesParts, GetObjectAttributesRequest, ObjectPart } from './api.generated.js';
import { requireBucket } from './buckets.js';
import { invalidArgument, methodNotAllowed, noSuchKey, noSuchVersion } from './errors.js';
import { checksumOutput } from './object-records.js';
import { versionHeader } from './object-tagging.js';
import type { ObjectRecord, S3State } from './state.js';
import { versionIdOf, type ObjectVersions } from './versions.js';

const MAX_PARTS = 1000;

/** GetObjectAttributes: the attributes asked for in `x-amz-object-attributes`, without the body. */
export class AttributesOperations {
  constructor(
    private readonly state: S3State,
    private readonly versions: ObjectVersions,
  ) {}

  async getObjectAttributes(input: GetObjectAttributesRequest, context: CallContext): Promise<GetObjectAttributesOutput> {
    const bucket = await requireBucket(this.state, input.Bucket, context);
    const wanted = new Set(input.ObjectAttributes ?? []);
    const found = await this.versions.find(input.Bucket, input.Key, input.VersionId);
    if (!found) throw input.VersionId === undefined ? noSuchKey(input.Key) : noSuchVersion(input.Key, input.VersionId);
    const object = found.record;
    if (object.deleteMarker) {
      const headers = { 'x-amz-delete-marker': 'true', 'x-amz-version-id': versionIdOf(object) };
      throw input.VersionId === undefined ? noSuchKey(input.Key, headers) : methodNotAllowed('GET', headers);
    }
    return {
      LastModified: new Date(object.lastModified),
      VersionId: versionHeader(bucket, object),
      ETag: wanted.has('ETag') ? object.etag.replace(/^"|"$/g, '') : undefined,
      Checksum: wanted.has('Checksum') && object.checksum ? (checksumOutput(object.checksum) as Checksum) : undefined,
      ObjectParts: wanted.has('ObjectParts') && object.parts ? partsOf(object, input) : undefined,
      StorageClass: wanted.has('StorageClass') ? (object.storageClass as GetObjectAttributesOutput['StorageClass']) : undefined,
      ObjectSize: wanted.has('ObjectSize') ? object.size : undefined,
    };
  }
}

function partsOf(object: ObjectRecord, input: GetObjectAttributesRequest): GetObjectAttributesParts {
  const maxParts = input.MaxParts ?? MAX_PARTS;
  if (maxParts < 0) throw invalidArgument('Argument max-parts must be an integer between 0 and 2147483647', 'max-parts', maxParts);
  const marker = input.PartNumberMarker ?? 0;
  const all = object.parts!.map((part, index): ObjectPart => {
    const { ChecksumType: _type, ...checksum } = checksumOutput(part.checksum);
    return { PartNumber: index + 1, Size: part.size, ...checksum };
  });
  const after = all.filter((part) => part.PartNumber! > marker);
  const page = after.slice(0, Math.min(maxParts, MAX_PARTS));
  const truncated = after.length > page.length;
  return {
    TotalPartsCount: all.length,
    PartNumberMarker: marker,
    NextPartNumberMarker: truncated ? page[page.length - 1]?.PartNumber : undefined,
    MaxParts: maxParts,
    IsTruncated: truncated,
    Parts: page,
  };
}
