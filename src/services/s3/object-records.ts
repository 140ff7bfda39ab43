import { createHash } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { GetObjectOutput, PutObjectRequest } from './api.generated.js';
import { CHECKSUM_MEMBERS, isSupported } from './checksums.js';
import { invalidArgument } from './errors.js';
import { lockOf } from './object-lock.js';
import { parseTagging } from './object-tagging.js';
import type { ObjectRecord, StoredChecksum } from './state.js';

export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

/** HTTP dates carry whole seconds; keeping the same precision makes conditions agree with them. */
export const wholeSeconds = (now: number) => Math.floor(now / 1000) * 1000;

/** The headers that describe an object, as PutObject, CopyObject (REPLACE) and CreateMultipartUpload take them. */
export type ObjectHeaders = Pick<
  PutObjectRequest,
  | 'ContentType' | 'ContentEncoding' | 'ContentDisposition' | 'ContentLanguage' | 'CacheControl' | 'Expires' | 'Metadata' | 'StorageClass'
  | 'Tagging' | 'ServerSideEncryption' | 'SSEKMSKeyId' | 'BucketKeyEnabled' | 'ObjectLockMode' | 'ObjectLockRetainUntilDate'
  | 'ObjectLockLegalHoldStatus' | 'WebsiteRedirectLocation'
>;

type Described = Omit<ObjectRecord, 'key' | 'blobId' | 'size' | 'etag' | 'lastModified'>;

/** What a write's headers say about the object, apart from its bytes. */
export function describedBy(input: ObjectHeaders, context: CallContext): Described {
  return {
    contentType: input.ContentType ?? DEFAULT_CONTENT_TYPE,
    contentEncoding: input.ContentEncoding,
    contentDisposition: input.ContentDisposition,
    contentLanguage: input.ContentLanguage,
    cacheControl: input.CacheControl,
    expires: input.Expires,
    metadata: input.Metadata ?? {},
    storageClass: input.StorageClass ?? 'STANDARD',
    tags: input.Tagging === undefined ? undefined : parseTagging(input.Tagging),
    sse: sseOf(input, context),
    websiteRedirectLocation: input.WebsiteRedirectLocation,
    ...lockOf(input),
  };
}

function sseOf(input: ObjectHeaders, context: CallContext): ObjectRecord['sse'] {
  const algorithm = input.ServerSideEncryption ?? 'AES256';
  if (algorithm === 'AES256') {
    if (input.SSEKMSKeyId !== undefined) {
      throw invalidArgument('Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms', 'x-amz-server-side-encryption', 'AES256');
    }
    return { algorithm };
  }
  if (algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse') {
    throw invalidArgument('The encryption method specified is not supported', 'x-amz-server-side-encryption', algorithm);
  }
  return { algorithm, kmsKeyId: kmsKeyArnOf(input.SSEKMSKeyId, context), bucketKeyEnabled: input.BucketKeyEnabled };
}

/** A KMS key as S3 reports it: an ARN; without one named, the account's AWS managed `aws/s3` key. */
function kmsKeyArnOf(keyId: string | undefined, context: CallContext): string {
  const prefix = `arn:aws:kms:${context.region}:${context.account}:`;
  if (keyId === undefined) {
    const hex = createHash('sha256').update(`aws/s3:${context.account}:${context.region}`).digest('hex');
    return `${prefix}key/${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
  if (keyId.startsWith('arn:')) return keyId;
  return keyId.startsWith('alias/') ? prefix + keyId : `${prefix}key/${keyId}`;
}

export function sseOutput(object: Pick<ObjectRecord, 'sse'>): Pick<GetObjectOutput, 'ServerSideEncryption' | 'SSEKMSKeyId' | 'BucketKeyEnabled'> {
  const sse = object.sse ?? { algorithm: 'AES256' };
  return {
    ServerSideEncryption: sse.algorithm as GetObjectOutput['ServerSideEncryption'],
    SSEKMSKeyId: sse.kmsKeyId,
    BucketKeyEnabled: sse.bucketKeyEnabled || undefined,
  };
}

export function checksumOutput(checksum: StoredChecksum | undefined): Partial<GetObjectOutput> {
  if (!checksum || !isSupported(checksum.algorithm)) return {};
  return { [CHECKSUM_MEMBERS[checksum.algorithm]]: checksum.value, ChecksumType: checksum.type ?? 'FULL_OBJECT' };
}
