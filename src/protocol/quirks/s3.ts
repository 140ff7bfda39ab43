import { createHash } from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { OperationModel } from '../model.js';
import type { ServiceQuirks } from './index.js';

/**
 * S3's output documents are named by S3's published XML schema, not by the model's shape names
 * (which botocore leaves unnamed); operations not listed follow the schema's `<Operation>Result`.
 */
const ROOT_ELEMENTS: Record<string, string> = {
  ListBuckets: 'ListAllMyBucketsResult',
  ListDirectoryBuckets: 'ListAllMyDirectoryBucketsResult',
  ListObjects: 'ListBucketResult',
  ListObjectsV2: 'ListBucketResult',
  ListObjectVersions: 'ListVersionsResult',
  ListMultipartUploads: 'ListMultipartUploadsResult',
  ListParts: 'ListPartsResult',
  CreateMultipartUpload: 'InitiateMultipartUploadResult',
  CompleteMultipartUpload: 'CompleteMultipartUploadResult',
  DeleteObjects: 'DeleteResult',
  GetBucketAcl: 'AccessControlPolicy',
  GetObjectAcl: 'AccessControlPolicy',
  GetBucketTagging: 'Tagging',
  GetObjectTagging: 'Tagging',
  GetBucketVersioning: 'VersioningConfiguration',
  GetBucketCors: 'CORSConfiguration',
  GetBucketLifecycleConfiguration: 'LifecycleConfiguration',
  GetBucketNotificationConfiguration: 'NotificationConfiguration',
  GetBucketLogging: 'BucketLoggingStatus',
  GetBucketWebsite: 'WebsiteConfiguration',
  GetBucketRequestPayment: 'RequestPaymentConfiguration',
  GetBucketAccelerateConfiguration: 'AccelerateConfiguration',
  GetObjectAttributes: 'GetObjectAttributesResponse',
};

/** S3's second request id: an opaque token that S3 also repeats as `<HostId>` in errors. */
function hostId(requestId: string): string {
  return createHash('sha384').update(requestId).digest('base64');
}

export const s3Quirks: ServiceQuirks = {
  xmlRootName: (operation: OperationModel) => ROOT_ELEMENTS[operation.name] ?? `${operation.name}Result`,
  xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/',
  bareXmlError: true,
  validationErrorCode: 'InvalidArgument',
  responseHeaders: (requestId: string) => ({ 'x-amz-request-id': requestId, 'x-amz-id-2': hostId(requestId) }),
  hostId,
  // S3 serves anonymous callers where a bucket policy allows it, so no signature is not an error of its own.
  unsignedError: () => new AwsError('AccessDenied', 'Access Denied', 403),
  signatureMismatchMessage: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  // A served range is 206 Partial Content; the model has no status member to say so.
  responseStatus: (operation, output) => (operation.name === 'GetObject' && output.ContentRange !== undefined ? 206 : undefined),
};
