/** The IAM action a request needs: `<prefix>:<Operation>`, with the services whose action names differ from their operations. */
const PREFIX: Record<string, string> = { monitoring: 'cloudwatch' };

const S3_ACTIONS: Record<string, string> = {
  ListObjects: 'ListBucket',
  ListObjectsV2: 'ListBucket',
  HeadBucket: 'ListBucket',
  ListBuckets: 'ListAllMyBuckets',
  ListObjectVersions: 'ListBucketVersions',
  HeadObject: 'GetObject',
  CopyObject: 'PutObject',
  CreateMultipartUpload: 'PutObject',
  UploadPart: 'PutObject',
  UploadPartCopy: 'PutObject',
  CompleteMultipartUpload: 'PutObject',
  DeleteObjects: 'DeleteObject',
  ListMultipartUploads: 'ListBucketMultipartUploads',
  ListParts: 'ListMultipartUploadParts',
  PutBucketNotificationConfiguration: 'PutBucketNotification',
  GetBucketNotificationConfiguration: 'GetBucketNotification',
  PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
  GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
  DeleteBucketLifecycle: 'PutLifecycleConfiguration',
  PutBucketCors: 'PutBucketCORS',
  GetBucketCors: 'GetBucketCORS',
  DeleteBucketCors: 'PutBucketCORS',
  PutBucketEncryption: 'PutEncryptionConfiguration',
  GetBucketEncryption: 'GetEncryptionConfiguration',
  DeleteBucketEncryption: 'PutEncryptionConfiguration',
  DeleteBucketWebsite: 'DeleteBucketWebsite',
  DeleteBucketTagging: 'PutBucketTagging',
  DeleteObjectTagging: 'DeleteObjectTagging',
};

const SQS_ACTIONS: Record<string, string> = {
  SendMessageBatch: 'SendMessage',
  DeleteMessageBatch: 'DeleteMessage',
  ChangeMessageVisibilityBatch: 'ChangeMessageVisibility',
};

const LAMBDA_ACTIONS: Record<string, string> = { Invoke: 'InvokeFunction', InvokeAsync: 'InvokeFunction', InvokeWithResponseStream: 'InvokeFunction' };

export function actionFor(service: string, operation: string, input: Record<string, unknown>): string {
  const prefix = PREFIX[service] ?? service;
  if (service === 's3') {
    if (input['VersionId'] !== undefined && (operation === 'GetObject' || operation === 'HeadObject')) return 's3:GetObjectVersion';
    if (input['VersionId'] !== undefined && operation === 'DeleteObject') return 's3:DeleteObjectVersion';
    return `s3:${S3_ACTIONS[operation] ?? operation}`;
  }
  if (service === 'sqs') return `sqs:${SQS_ACTIONS[operation] ?? operation}`;
  if (service === 'lambda') return `lambda:${LAMBDA_ACTIONS[operation] ?? operation.replace(/\d{8}$/, '')}`;
  return `${prefix}:${operation}`;
}

/** Further actions a request needs besides its own: passing session tags to AssumeRole needs sts:TagSession. */
export function companionActions(service: string, operation: string, input: Record<string, unknown>): string[] {
  const tagged = (name: string) => Array.isArray(input[name]) && (input[name] as unknown[]).length > 0;
  if (service === 'sts' && operation === 'AssumeRole' && (tagged('Tags') || tagged('TransitiveTagKeys'))) return ['sts:TagSession'];
  return [];
}
