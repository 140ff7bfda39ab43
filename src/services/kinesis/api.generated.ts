// Generated from models/kinesis.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface AddTagsToStreamInput {
  "StreamName"?: string;
  "Tags": Record<string, string>;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export type StreamMode = "PROVISIONED" | "ON_DEMAND";

export interface StreamModeDetails {
  "StreamMode": StreamMode;
}

export interface CreateStreamInput {
  "StreamName": string;
  "ShardCount"?: number;
  "StreamModeDetails"?: StreamModeDetails;
  "Tags"?: Record<string, string>;
  "WarmThroughputMiBps"?: number;
  "MaxRecordSizeInKiB"?: number;
}

export interface DecreaseStreamRetentionPeriodInput {
  "StreamName"?: string;
  "RetentionPeriodHours": number;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface DeleteResourcePolicyInput {
  "ResourceARN": string;
  "StreamId"?: string;
}

export interface DeleteStreamInput {
  "StreamName"?: string;
  "EnforceConsumerDeletion"?: boolean;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface DeregisterStreamConsumerInput {
  "StreamARN"?: string;
  "ConsumerName"?: string;
  "ConsumerARN"?: string;
  "StreamId"?: string;
}

export interface DescribeAccountSettingsInput {

}

export type MinimumThroughputBillingCommitmentOutputStatus = "ENABLED" | "DISABLED" | "ENABLED_UNTIL_EARLIEST_ALLOWED_END";

export interface MinimumThroughputBillingCommitmentOutput {
  "Status": MinimumThroughputBillingCommitmentOutputStatus;
  "StartedAt"?: Date;
  "EndedAt"?: Date;
  "EarliestAllowedEndAt"?: Date;
}

export interface DescribeAccountSettingsOutput {
  "MinimumThroughputBillingCommitment"?: MinimumThroughputBillingCommitmentOutput;
}

export interface DescribeLimitsInput {

}

export interface DescribeLimitsOutput {
  "ShardLimit": number;
  "OpenShardCount": number;
  "OnDemandStreamCount": number;
  "OnDemandStreamCountLimit": number;
}

export interface DescribeStreamInput {
  "StreamName"?: string;
  "Limit"?: number;
  "ExclusiveStartShardId"?: string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export type StreamStatus = "CREATING" | "DELETING" | "ACTIVE" | "UPDATING";

export interface HashKeyRange {
  "StartingHashKey": string;
  "EndingHashKey": string;
}

export interface SequenceNumberRange {
  "StartingSequenceNumber": string;
  "EndingSequenceNumber"?: string;
}

export interface Shard {
  "ShardId": string;
  "ParentShardId"?: string;
  "AdjacentParentShardId"?: string;
  "HashKeyRange": HashKeyRange;
  "SequenceNumberRange": SequenceNumberRange;
}

export type MetricsName = "IncomingBytes" | "IncomingRecords" | "OutgoingBytes" | "OutgoingRecords" | "WriteProvisionedThroughputExceeded" | "ReadProvisionedThroughputExceeded" | "IteratorAgeMilliseconds" | "ALL";

export interface EnhancedMetrics {
  "ShardLevelMetrics"?: Array<MetricsName>;
}

export type EncryptionType = "NONE" | "KMS";

export interface StreamDescription {
  "StreamName": string;
  "StreamARN": string;
  "StreamStatus": StreamStatus;
  "StreamModeDetails"?: StreamModeDetails;
  "Shards": Array<Shard>;
  "HasMoreShards": boolean;
  "RetentionPeriodHours": number;
  "StreamCreationTimestamp": Date;
  "EnhancedMonitoring": Array<EnhancedMetrics>;
  "EncryptionType"?: EncryptionType;
  "KeyId"?: string;
}

export interface DescribeStreamOutput {
  "StreamDescription": StreamDescription;
}

export interface DescribeStreamConsumerInput {
  "StreamARN"?: string;
  "ConsumerName"?: string;
  "ConsumerARN"?: string;
  "StreamId"?: string;
}

export type ConsumerStatus = "CREATING" | "DELETING" | "ACTIVE";

export interface ConsumerDescription {
  "ConsumerName": string;
  "ConsumerARN": string;
  "ConsumerStatus": ConsumerStatus;
  "ConsumerCreationTimestamp": Date;
  "StreamARN": string;
}

export interface DescribeStreamConsumerOutput {
  "ConsumerDescription": ConsumerDescription;
}

export interface DescribeStreamSummaryInput {
  "StreamName"?: string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface WarmThroughputObject {
  "TargetMiBps"?: number;
  "CurrentMiBps"?: number;
}

export interface StreamDescriptionSummary {
  "StreamName": string;
  "StreamARN": string;
  "StreamId"?: string;
  "StreamStatus": StreamStatus;
  "StreamModeDetails"?: StreamModeDetails;
  "RetentionPeriodHours": number;
  "StreamCreationTimestamp": Date;
  "EnhancedMonitoring": Array<EnhancedMetrics>;
  "EncryptionType"?: EncryptionType;
  "KeyId"?: string;
  "OpenShardCount": number;
  "ConsumerCount"?: number;
  "WarmThroughput"?: WarmThroughputObject;
  "MaxRecordSizeInKiB"?: number;
}

export interface DescribeStreamSummaryOutput {
  "StreamDescriptionSummary": StreamDescriptionSummary;
}

export interface DisableEnhancedMonitoringInput {
  "StreamName"?: string;
  "ShardLevelMetrics": Array<MetricsName>;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface EnhancedMonitoringOutput {
  "StreamName"?: string;
  "CurrentShardLevelMetrics"?: Array<MetricsName>;
  "DesiredShardLevelMetrics"?: Array<MetricsName>;
  "StreamARN"?: string;
}

export interface EnableEnhancedMonitoringInput {
  "StreamName"?: string;
  "ShardLevelMetrics": Array<MetricsName>;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface GetRecordsInput {
  "ShardIterator": string;
  "Limit"?: number;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface RecordShape {
  "SequenceNumber": string;
  "ApproximateArrivalTimestamp"?: Date;
  "Data": Uint8Array;
  "PartitionKey": string;
  "EncryptionType"?: EncryptionType;
}

export interface ChildShard {
  "ShardId": string;
  "ParentShards": Array<string>;
  "HashKeyRange": HashKeyRange;
}

export interface GetRecordsOutput {
  "Records": Array<RecordShape>;
  "NextShardIterator"?: string;
  "MillisBehindLatest"?: number;
  "ChildShards"?: Array<ChildShard>;
}

export interface GetResourcePolicyInput {
  "ResourceARN": string;
  "StreamId"?: string;
}

export interface GetResourcePolicyOutput {
  "Policy": string;
}

export type ShardIteratorType = "AT_SEQUENCE_NUMBER" | "AFTER_SEQUENCE_NUMBER" | "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";

export interface GetShardIteratorInput {
  "StreamName"?: string;
  "ShardId": string;
  "ShardIteratorType": ShardIteratorType;
  "StartingSequenceNumber"?: string;
  "Timestamp"?: Date;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface GetShardIteratorOutput {
  "ShardIterator"?: string;
}

export interface IncreaseStreamRetentionPeriodInput {
  "StreamName"?: string;
  "RetentionPeriodHours": number;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export type ShardFilterType = "AFTER_SHARD_ID" | "AT_TRIM_HORIZON" | "FROM_TRIM_HORIZON" | "AT_LATEST" | "AT_TIMESTAMP" | "FROM_TIMESTAMP";

export interface ShardFilter {
  "Type": ShardFilterType;
  "ShardId"?: string;
  "Timestamp"?: Date;
}

export interface ListShardsInput {
  "StreamName"?: string;
  "NextToken"?: string;
  "ExclusiveStartShardId"?: string;
  "MaxResults"?: number;
  "StreamCreationTimestamp"?: Date;
  "ShardFilter"?: ShardFilter;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface ListShardsOutput {
  "Shards"?: Array<Shard>;
  "NextToken"?: string;
}

export interface ListStreamConsumersInput {
  "StreamARN": string;
  "NextToken"?: string;
  "MaxResults"?: number;
  "StreamCreationTimestamp"?: Date;
  "StreamId"?: string;
}

export interface Consumer {
  "ConsumerName": string;
  "ConsumerARN": string;
  "ConsumerStatus": ConsumerStatus;
  "ConsumerCreationTimestamp": Date;
}

export interface ListStreamConsumersOutput {
  "Consumers"?: Array<Consumer>;
  "NextToken"?: string;
}

export interface ListStreamsInput {
  "Limit"?: number;
  "ExclusiveStartStreamName"?: string;
  "NextToken"?: string;
}

export interface StreamSummary {
  "StreamName": string;
  "StreamARN": string;
  "StreamStatus": StreamStatus;
  "StreamModeDetails"?: StreamModeDetails;
  "StreamCreationTimestamp"?: Date;
}

export interface ListStreamsOutput {
  "StreamNames": Array<string>;
  "HasMoreStreams": boolean;
  "NextToken"?: string;
  "StreamSummaries"?: Array<StreamSummary>;
}

export interface ListTagsForResourceInput {
  "ResourceARN": string;
  "StreamId"?: string;
}

export interface Tag {
  "Key": string;
  "Value"?: string;
}

export interface ListTagsForResourceOutput {
  "Tags"?: Array<Tag>;
}

export interface ListTagsForStreamInput {
  "StreamName"?: string;
  "ExclusiveStartTagKey"?: string;
  "Limit"?: number;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface ListTagsForStreamOutput {
  "Tags": Array<Tag>;
  "HasMoreTags": boolean;
}

export interface MergeShardsInput {
  "StreamName"?: string;
  "ShardToMerge": string;
  "AdjacentShardToMerge": string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface PutRecordInput {
  "StreamName"?: string;
  "Data": Uint8Array;
  "PartitionKey": string;
  "ExplicitHashKey"?: string;
  "SequenceNumberForOrdering"?: string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface PutRecordOutput {
  "ShardId": string;
  "SequenceNumber": string;
  "EncryptionType"?: EncryptionType;
}

export interface PutRecordsRequestEntry {
  "Data": Uint8Array;
  "ExplicitHashKey"?: string;
  "PartitionKey": string;
}

export interface PutRecordsInput {
  "Records": Array<PutRecordsRequestEntry>;
  "StreamName"?: string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface PutRecordsResultEntry {
  "SequenceNumber"?: string;
  "ShardId"?: string;
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
}

export interface PutRecordsOutput {
  "FailedRecordCount"?: number;
  "Records": Array<PutRecordsResultEntry>;
  "EncryptionType"?: EncryptionType;
}

export interface PutResourcePolicyInput {
  "ResourceARN": string;
  "StreamId"?: string;
  "Policy": string;
}

export interface RegisterStreamConsumerInput {
  "StreamARN": string;
  "ConsumerName": string;
  "StreamId"?: string;
  "Tags"?: Record<string, string>;
}

export interface RegisterStreamConsumerOutput {
  "Consumer": Consumer;
}

export interface RemoveTagsFromStreamInput {
  "StreamName"?: string;
  "TagKeys": Array<string>;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface SplitShardInput {
  "StreamName"?: string;
  "ShardToSplit": string;
  "NewStartingHashKey": string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface StartStreamEncryptionInput {
  "StreamName"?: string;
  "EncryptionType": EncryptionType;
  "KeyId": string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface StopStreamEncryptionInput {
  "StreamName"?: string;
  "EncryptionType": EncryptionType;
  "KeyId": string;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface StartingPosition {
  "Type": ShardIteratorType;
  "SequenceNumber"?: string;
  "Timestamp"?: Date;
}

export interface SubscribeToShardInput {
  "ConsumerARN": string;
  "StreamId"?: string;
  "ShardId": string;
  "StartingPosition": StartingPosition;
}

export interface SubscribeToShardEvent {
  "Records": Array<RecordShape>;
  "ContinuationSequenceNumber": string;
  "MillisBehindLatest": number;
  "ChildShards"?: Array<ChildShard>;
}

export interface ResourceNotFoundException {
  "message"?: string;
}

export interface ResourceInUseException {
  "message"?: string;
}

export interface KMSDisabledException {
  "message"?: string;
}

export interface KMSInvalidStateException {
  "message"?: string;
}

export interface KMSAccessDeniedException {
  "message"?: string;
}

export interface KMSNotFoundException {
  "message"?: string;
}

export interface KMSOptInRequired {
  "message"?: string;
}

export interface KMSThrottlingException {
  "message"?: string;
}

export interface InternalFailureException {
  "message"?: string;
}

export interface SubscribeToShardEventStream {
  "SubscribeToShardEvent": SubscribeToShardEvent;
  "ResourceNotFoundException"?: ResourceNotFoundException;
  "ResourceInUseException"?: ResourceInUseException;
  "KMSDisabledException"?: KMSDisabledException;
  "KMSInvalidStateException"?: KMSInvalidStateException;
  "KMSAccessDeniedException"?: KMSAccessDeniedException;
  "KMSNotFoundException"?: KMSNotFoundException;
  "KMSOptInRequired"?: KMSOptInRequired;
  "KMSThrottlingException"?: KMSThrottlingException;
  "InternalFailureException"?: InternalFailureException;
}

export interface SubscribeToShardOutput {
  "EventStream": AsyncIterable<SubscribeToShardEventStream>;
}

export interface TagResourceInput {
  "Tags": Record<string, string>;
  "ResourceARN": string;
  "StreamId"?: string;
}

export interface UntagResourceInput {
  "TagKeys": Array<string>;
  "ResourceARN": string;
  "StreamId"?: string;
}

export type MinimumThroughputBillingCommitmentInputStatus = "ENABLED" | "DISABLED";

export interface MinimumThroughputBillingCommitmentInput {
  "Status": MinimumThroughputBillingCommitmentInputStatus;
}

export interface UpdateAccountSettingsInput {
  "MinimumThroughputBillingCommitment": MinimumThroughputBillingCommitmentInput;
}

export interface UpdateAccountSettingsOutput {
  "MinimumThroughputBillingCommitment"?: MinimumThroughputBillingCommitmentOutput;
}

export interface UpdateMaxRecordSizeInput {
  "StreamARN"?: string;
  "StreamId"?: string;
  "MaxRecordSizeInKiB": number;
}

export type ScalingType = "UNIFORM_SCALING";

export interface UpdateShardCountInput {
  "StreamName"?: string;
  "TargetShardCount": number;
  "ScalingType": ScalingType;
  "StreamARN"?: string;
  "StreamId"?: string;
}

export interface UpdateShardCountOutput {
  "StreamName"?: string;
  "CurrentShardCount"?: number;
  "TargetShardCount"?: number;
  "StreamARN"?: string;
}

export interface UpdateStreamModeInput {
  "StreamARN": string;
  "StreamId"?: string;
  "StreamModeDetails": StreamModeDetails;
  "WarmThroughputMiBps"?: number;
}

export interface UpdateStreamWarmThroughputInput {
  "StreamARN"?: string;
  "StreamName"?: string;
  "StreamId"?: string;
  "WarmThroughputMiBps": number;
}

export interface UpdateStreamWarmThroughputOutput {
  "StreamARN"?: string;
  "StreamName"?: string;
  "WarmThroughput"?: WarmThroughputObject;
}

/** Every operation of the Kinesis model; a provider implements the ones Nimbus serves. */
export interface KinesisOperations {
  addTagsToStream(input: AddTagsToStreamInput, context: CallContext): Promise<void>;
  createStream(input: CreateStreamInput, context: CallContext): Promise<void>;
  decreaseStreamRetentionPeriod(input: DecreaseStreamRetentionPeriodInput, context: CallContext): Promise<void>;
  deleteResourcePolicy(input: DeleteResourcePolicyInput, context: CallContext): Promise<void>;
  deleteStream(input: DeleteStreamInput, context: CallContext): Promise<void>;
  deregisterStreamConsumer(input: DeregisterStreamConsumerInput, context: CallContext): Promise<void>;
  describeAccountSettings(input: DescribeAccountSettingsInput, context: CallContext): Promise<DescribeAccountSettingsOutput>;
  describeLimits(input: DescribeLimitsInput, context: CallContext): Promise<DescribeLimitsOutput>;
  describeStream(input: DescribeStreamInput, context: CallContext): Promise<DescribeStreamOutput>;
  describeStreamConsumer(input: DescribeStreamConsumerInput, context: CallContext): Promise<DescribeStreamConsumerOutput>;
  describeStreamSummary(input: DescribeStreamSummaryInput, context: CallContext): Promise<DescribeStreamSummaryOutput>;
  disableEnhancedMonitoring(input: DisableEnhancedMonitoringInput, context: CallContext): Promise<EnhancedMonitoringOutput>;
  enableEnhancedMonitoring(input: EnableEnhancedMonitoringInput, context: CallContext): Promise<EnhancedMonitoringOutput>;
  getRecords(input: GetRecordsInput, context: CallContext): Promise<GetRecordsOutput>;
  getResourcePolicy(input: GetResourcePolicyInput, context: CallContext): Promise<GetResourcePolicyOutput>;
  getShardIterator(input: GetShardIteratorInput, context: CallContext): Promise<GetShardIteratorOutput>;
  increaseStreamRetentionPeriod(input: IncreaseStreamRetentionPeriodInput, context: CallContext): Promise<void>;
  listShards(input: ListShardsInput, context: CallContext): Promise<ListShardsOutput>;
  listStreamConsumers(input: ListStreamConsumersInput, context: CallContext): Promise<ListStreamConsumersOutput>;
  listStreams(input: ListStreamsInput, context: CallContext): Promise<ListStreamsOutput>;
  listTagsForResource(input: ListTagsForResourceInput, context: CallContext): Promise<ListTagsForResourceOutput>;
  listTagsForStream(input: ListTagsForStreamInput, context: CallContext): Promise<ListTagsForStreamOutput>;
  mergeShards(input: MergeShardsInput, context: CallContext): Promise<void>;
  putRecord(input: PutRecordInput, context: CallContext): Promise<PutRecordOutput>;
  putRecords(input: PutRecordsInput, context: CallContext): Promise<PutRecordsOutput>;
  putResourcePolicy(input: PutResourcePolicyInput, context: CallContext): Promise<void>;
  registerStreamConsumer(input: RegisterStreamConsumerInput, context: CallContext): Promise<RegisterStreamConsumerOutput>;
  removeTagsFromStream(input: RemoveTagsFromStreamInput, context: CallContext): Promise<void>;
  splitShard(input: SplitShardInput, context: CallContext): Promise<void>;
  startStreamEncryption(input: StartStreamEncryptionInput, context: CallContext): Promise<void>;
  stopStreamEncryption(input: StopStreamEncryptionInput, context: CallContext): Promise<void>;
  subscribeToShard(input: SubscribeToShardInput, context: CallContext): Promise<SubscribeToShardOutput>;
  tagResource(input: TagResourceInput, context: CallContext): Promise<void>;
  untagResource(input: UntagResourceInput, context: CallContext): Promise<void>;
  updateAccountSettings(input: UpdateAccountSettingsInput, context: CallContext): Promise<UpdateAccountSettingsOutput>;
  updateMaxRecordSize(input: UpdateMaxRecordSizeInput, context: CallContext): Promise<void>;
  updateShardCount(input: UpdateShardCountInput, context: CallContext): Promise<UpdateShardCountOutput>;
  updateStreamMode(input: UpdateStreamModeInput, context: CallContext): Promise<void>;
  updateStreamWarmThroughput(input: UpdateStreamWarmThroughputInput, context: CallContext): Promise<UpdateStreamWarmThroughputOutput>;
}
