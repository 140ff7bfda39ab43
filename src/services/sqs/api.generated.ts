// Generated from models/sqs.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface AddPermissionRequest {
  "QueueUrl": string;
  "Label": string;
  "AWSAccountIds": Array<string>;
  "Actions": Array<string>;
}

export interface CancelMessageMoveTaskRequest {
  "TaskHandle": string;
}

export interface CancelMessageMoveTaskResult {
  "ApproximateNumberOfMessagesMoved"?: number;
}

export interface ChangeMessageVisibilityRequest {
  "QueueUrl": string;
  "ReceiptHandle": string;
  "VisibilityTimeout": number;
}

export interface ChangeMessageVisibilityBatchRequestEntry {
  "Id": string;
  "ReceiptHandle": string;
  "VisibilityTimeout"?: number;
}

export interface ChangeMessageVisibilityBatchRequest {
  "QueueUrl": string;
  "Entries": Array<ChangeMessageVisibilityBatchRequestEntry>;
}

export interface ChangeMessageVisibilityBatchResultEntry {
  "Id": string;
}

export interface BatchResultErrorEntry {
  "Id": string;
  "SenderFault": boolean;
  "Code": string;
  "Message"?: string;
}

export interface ChangeMessageVisibilityBatchResult {
  "Successful": Array<ChangeMessageVisibilityBatchResultEntry>;
  "Failed": Array<BatchResultErrorEntry>;
}

export interface CreateQueueRequest {
  "QueueName": string;
  "Attributes"?: Record<string, string>;
  "tags"?: Record<string, string>;
}

export interface CreateQueueResult {
  "QueueUrl"?: string;
}

export interface DeleteMessageRequest {
  "QueueUrl": string;
  "ReceiptHandle": string;
}

export interface DeleteMessageBatchRequestEntry {
  "Id": string;
  "ReceiptHandle": string;
}

export interface DeleteMessageBatchRequest {
  "QueueUrl": string;
  "Entries": Array<DeleteMessageBatchRequestEntry>;
}

export interface DeleteMessageBatchResultEntry {
  "Id": string;
}

export interface DeleteMessageBatchResult {
  "Successful": Array<DeleteMessageBatchResultEntry>;
  "Failed": Array<BatchResultErrorEntry>;
}

export interface DeleteQueueRequest {
  "QueueUrl": string;
}

export type QueueAttributeName = "All" | "Policy" | "VisibilityTimeout" | "MaximumMessageSize" | "MessageRetentionPeriod" | "ApproximateNumberOfMessages" | "ApproximateNumberOfMessagesNotVisible" | "CreatedTimestamp" | "LastModifiedTimestamp" | "QueueArn" | "ApproximateNumberOfMessagesDelayed" | "DelaySeconds" | "ReceiveMessageWaitTimeSeconds" | "RedrivePolicy" | "FifoQueue" | "ContentBasedDeduplication" | "KmsMasterKeyId" | "KmsDataKeyReusePeriodSeconds" | "DeduplicationScope" | "FifoThroughputLimit" | "RedriveAllowPolicy" | "SqsManagedSseEnabled";

export interface GetQueueAttributesRequest {
  "QueueUrl": string;
  "AttributeNames"?: Array<QueueAttributeName>;
}

export interface GetQueueAttributesResult {
  "Attributes"?: Record<string, string>;
}

export interface GetQueueUrlRequest {
  "QueueName": string;
  "QueueOwnerAWSAccountId"?: string;
}

export interface GetQueueUrlResult {
  "QueueUrl"?: string;
}

export interface ListDeadLetterSourceQueuesRequest {
  "QueueUrl": string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ListDeadLetterSourceQueuesResult {
  "queueUrls": Array<string>;
  "NextToken"?: string;
}

export interface ListMessageMoveTasksRequest {
  "SourceArn": string;
  "MaxResults"?: number;
}

export interface ListMessageMoveTasksResultEntry {
  "TaskHandle"?: string;
  "Status"?: string;
  "SourceArn"?: string;
  "DestinationArn"?: string;
  "MaxNumberOfMessagesPerSecond"?: number;
  "ApproximateNumberOfMessagesMoved"?: number;
  "ApproximateNumberOfMessagesToMove"?: number;
  "FailureReason"?: string;
  "StartedTimestamp"?: number;
}

export interface ListMessageMoveTasksResult {
  "Results"?: Array<ListMessageMoveTasksResultEntry>;
}

export interface ListQueueTagsRequest {
  "QueueUrl": string;
}

export interface ListQueueTagsResult {
  "Tags"?: Record<string, string>;
}

export interface ListQueuesRequest {
  "QueueNamePrefix"?: string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ListQueuesResult {
  "QueueUrls"?: Array<string>;
  "NextToken"?: string;
}

export interface PurgeQueueRequest {
  "QueueUrl": string;
}

export type MessageSystemAttributeName = "All" | "SenderId" | "SentTimestamp" | "ApproximateReceiveCount" | "ApproximateFirstReceiveTimestamp" | "SequenceNumber" | "MessageDeduplicationId" | "MessageGroupId" | "AWSTraceHeader" | "DeadLetterQueueSourceArn";

export interface ReceiveMessageRequest {
  "QueueUrl": string;
  "AttributeNames"?: Array<QueueAttributeName>;
  "MessageSystemAttributeNames"?: Array<MessageSystemAttributeName>;
  "MessageAttributeNames"?: Array<string>;
  "MaxNumberOfMessages"?: number;
  "VisibilityTimeout"?: number;
  "WaitTimeSeconds"?: number;
  "ReceiveRequestAttemptId"?: string;
}

export interface MessageAttributeValue {
  "StringValue"?: string;
  "BinaryValue"?: Uint8Array;
  "StringListValues"?: Array<string>;
  "BinaryListValues"?: Array<Uint8Array>;
  "DataType": string;
}

export interface Message {
  "MessageId"?: string;
  "ReceiptHandle"?: string;
  "MD5OfBody"?: string;
  "Body"?: string;
  "Attributes"?: Record<string, string>;
  "MD5OfMessageAttributes"?: string;
  "MessageAttributes"?: Record<string, MessageAttributeValue>;
}

export interface ReceiveMessageResult {
  "Messages"?: Array<Message>;
}

export interface RemovePermissionRequest {
  "QueueUrl": string;
  "Label": string;
}

export interface MessageSystemAttributeValue {
  "StringValue"?: string;
  "BinaryValue"?: Uint8Array;
  "StringListValues"?: Array<string>;
  "BinaryListValues"?: Array<Uint8Array>;
  "DataType": string;
}

export interface SendMessageRequest {
  "QueueUrl": string;
  "MessageBody": string;
  "DelaySeconds"?: number;
  "MessageAttributes"?: Record<string, MessageAttributeValue>;
  "MessageSystemAttributes"?: Record<string, MessageSystemAttributeValue>;
  "MessageDeduplicationId"?: string;
  "MessageGroupId"?: string;
}

export interface SendMessageResult {
  "MD5OfMessageBody"?: string;
  "MD5OfMessageAttributes"?: string;
  "MD5OfMessageSystemAttributes"?: string;
  "MessageId"?: string;
  "SequenceNumber"?: string;
}

export interface SendMessageBatchRequestEntry {
  "Id": string;
  "MessageBody": string;
  "DelaySeconds"?: number;
  "MessageAttributes"?: Record<string, MessageAttributeValue>;
  "MessageSystemAttributes"?: Record<string, MessageSystemAttributeValue>;
  "MessageDeduplicationId"?: string;
  "MessageGroupId"?: string;
}

export interface SendMessageBatchRequest {
  "QueueUrl": string;
  "Entries": Array<SendMessageBatchRequestEntry>;
}

export interface SendMessageBatchResultEntry {
  "Id": string;
  "MessageId": string;
  "MD5OfMessageBody": string;
  "MD5OfMessageAttributes"?: string;
  "MD5OfMessageSystemAttributes"?: string;
  "SequenceNumber"?: string;
}

export interface SendMessageBatchResult {
  "Successful": Array<SendMessageBatchResultEntry>;
  "Failed": Array<BatchResultErrorEntry>;
}

export interface SetQueueAttributesRequest {
  "QueueUrl": string;
  "Attributes": Record<string, string>;
}

export interface StartMessageMoveTaskRequest {
  "SourceArn": string;
  "DestinationArn"?: string;
  "MaxNumberOfMessagesPerSecond"?: number;
}

export interface StartMessageMoveTaskResult {
  "TaskHandle"?: string;
}

export interface TagQueueRequest {
  "QueueUrl": string;
  "Tags": Record<string, string>;
}

export interface UntagQueueRequest {
  "QueueUrl": string;
  "TagKeys": Array<string>;
}

/** Every operation of the SQS model; a provider implements the ones Nimbus serves. */
export interface SqsOperations {
  addPermission(input: AddPermissionRequest, context: CallContext): Promise<void>;
  cancelMessageMoveTask(input: CancelMessageMoveTaskRequest, context: CallContext): Promise<CancelMessageMoveTaskResult>;
  changeMessageVisibility(input: ChangeMessageVisibilityRequest, context: CallContext): Promise<void>;
  changeMessageVisibilityBatch(input: ChangeMessageVisibilityBatchRequest, context: CallContext): Promise<ChangeMessageVisibilityBatchResult>;
  createQueue(input: CreateQueueRequest, context: CallContext): Promise<CreateQueueResult>;
  deleteMessage(input: DeleteMessageRequest, context: CallContext): Promise<void>;
  deleteMessageBatch(input: DeleteMessageBatchRequest, context: CallContext): Promise<DeleteMessageBatchResult>;
  deleteQueue(input: DeleteQueueRequest, context: CallContext): Promise<void>;
  getQueueAttributes(input: GetQueueAttributesRequest, context: CallContext): Promise<GetQueueAttributesResult>;
  getQueueUrl(input: GetQueueUrlRequest, context: CallContext): Promise<GetQueueUrlResult>;
  listDeadLetterSourceQueues(input: ListDeadLetterSourceQueuesRequest, context: CallContext): Promise<ListDeadLetterSourceQueuesResult>;
  listMessageMoveTasks(input: ListMessageMoveTasksRequest, context: CallContext): Promise<ListMessageMoveTasksResult>;
  listQueueTags(input: ListQueueTagsRequest, context: CallContext): Promise<ListQueueTagsResult>;
  listQueues(input: ListQueuesRequest, context: CallContext): Promise<ListQueuesResult>;
  purgeQueue(input: PurgeQueueRequest, context: CallContext): Promise<void>;
  receiveMessage(input: ReceiveMessageRequest, context: CallContext): Promise<ReceiveMessageResult>;
  removePermission(input: RemovePermissionRequest, context: CallContext): Promise<void>;
  sendMessage(input: SendMessageRequest, context: CallContext): Promise<SendMessageResult>;
  sendMessageBatch(input: SendMessageBatchRequest, context: CallContext): Promise<SendMessageBatchResult>;
  setQueueAttributes(input: SetQueueAttributesRequest, context: CallContext): Promise<void>;
  startMessageMoveTask(input: StartMessageMoveTaskRequest, context: CallContext): Promise<StartMessageMoveTaskResult>;
  tagQueue(input: TagQueueRequest, context: CallContext): Promise<void>;
  untagQueue(input: UntagQueueRequest, context: CallContext): Promise<void>;
}
