/** Which calls CloudTrail counts as read-only, and which as data events rather than management events. */

const READ_ONLY_PREFIXES = ['Get', 'List', 'Describe', 'Head', 'Lookup', 'BatchGet', 'Select', 'Search', 'Query', 'Scan', 'Receive', 'Filter', 'Test', 'Simulate'];
/** KMS's cryptographic calls change nothing, and CloudTrail marks them read-only. */
const READ_ONLY_NAMES = new Set(['Encrypt', 'Decrypt', 'ReEncrypt', 'Sign', 'Verify', 'GenerateMac', 'VerifyMac', 'GenerateRandom', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext']);

export function isReadOnly(eventName: string): boolean {
  if (READ_ONLY_NAMES.has(eventName)) return true;
  return READ_ONLY_PREFIXES.some((prefix) => eventName.startsWith(prefix) && !/^[a-z]/.test(eventName.slice(prefix.length)));
}

/** Data-plane operations per service: S3 object level, Lambda Invoke, SNS Publish, SQS messages, Kinesis records, DynamoDB items. */
const DATA_EVENTS: Record<string, RegExp> = {
  s3: /^(GetObject|PutObject|DeleteObject|DeleteObjects|HeadObject|CopyObject|RestoreObject|SelectObjectContent|ListObjects|ListObjectsV2|ListObjectVersions|CreateMultipartUpload|UploadPart|UploadPartCopy|CompleteMultipartUpload|AbortMultipartUpload|ListParts|ListMultipartUploads)/,
  lambda: /^(Invoke|InvokeWithResponseStream|InvokeAsync)$/,
  sns: /^(Publish|PublishBatch)$/,
  sqs: /^(SendMessage|SendMessageBatch|ReceiveMessage|DeleteMessage|DeleteMessageBatch|ChangeMessageVisibility|ChangeMessageVisibilityBatch)$/,
  kinesis: /^(PutRecord|PutRecords|GetRecords|GetShardIterator|SubscribeToShard)$/,
  dynamodb: /^(GetItem|PutItem|UpdateItem|DeleteItem|BatchGetItem|BatchWriteItem|Query|Scan|TransactGetItems|TransactWriteItems|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)$/,
};

export function isDataEvent(service: string, eventName: string): boolean {
  return DATA_EVENTS[service]?.test(eventName) ?? false;
}

/** The resource type a data event's selector names (`AWS::S3::Object`), as in DataResource.Type. */
export const DATA_RESOURCE_TYPE: Record<string, string> = {
  s3: 'AWS::S3::Object',
  lambda: 'AWS::Lambda::Function',
  sns: 'AWS::SNS::Topic',
  sqs: 'AWS::SQS::Queue',
  kinesis: 'AWS::Kinesis::Stream',
  dynamodb: 'AWS::DynamoDB::Table',
};
