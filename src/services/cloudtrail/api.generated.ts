// Generated from models/cloudtrail.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface Tag {
  "Key": string;
  "Value"?: string;
}

export interface AddTagsRequest {
  "ResourceId": string;
  "TagsList": Array<Tag>;
}

export interface AddTagsResponse {

}

export interface CancelQueryRequest {
  "EventDataStore"?: string;
  "QueryId": string;
  "EventDataStoreOwnerAccountId"?: string;
}

export type QueryStatus = "QUEUED" | "RUNNING" | "FINISHED" | "FAILED" | "CANCELLED" | "TIMED_OUT";

export interface CancelQueryResponse {
  "QueryId": string;
  "QueryStatus": QueryStatus;
  "EventDataStoreOwnerAccountId"?: string;
}

export type DestinationType = "EVENT_DATA_STORE" | "AWS_SERVICE";

export interface Destination {
  "Type": DestinationType;
  "Location": string;
}

export interface CreateChannelRequest {
  "Name": string;
  "Source": string;
  "Destinations": Array<Destination>;
  "Tags"?: Array<Tag>;
}

export interface CreateChannelResponse {
  "ChannelArn"?: string;
  "Name"?: string;
  "Source"?: string;
  "Destinations"?: Array<Destination>;
  "Tags"?: Array<Tag>;
}

export type RefreshScheduleFrequencyUnit = "HOURS" | "DAYS";

export interface RefreshScheduleFrequency {
  "Unit"?: RefreshScheduleFrequencyUnit;
  "Value"?: number;
}

export type RefreshScheduleStatus = "ENABLED" | "DISABLED";

export interface RefreshSchedule {
  "Frequency"?: RefreshScheduleFrequency;
  "Status"?: RefreshScheduleStatus;
  "TimeOfDay"?: string;
}

export interface RequestWidget {
  "QueryStatement": string;
  "QueryParameters"?: Array<string>;
  "ViewProperties": Record<string, string>;
}

export interface CreateDashboardRequest {
  "Name": string;
  "RefreshSchedule"?: RefreshSchedule;
  "TagsList"?: Array<Tag>;
  "TerminationProtectionEnabled"?: boolean;
  "Widgets"?: Array<RequestWidget>;
}

export type DashboardType = "MANAGED" | "CUSTOM";

export interface Widget {
  "QueryAlias"?: string;
  "QueryStatement"?: string;
  "QueryParameters"?: Array<string>;
  "ViewProperties"?: Record<string, string>;
}

export interface CreateDashboardResponse {
  "DashboardArn"?: string;
  "Name"?: string;
  "Type"?: DashboardType;
  "Widgets"?: Array<Widget>;
  "TagsList"?: Array<Tag>;
  "RefreshSchedule"?: RefreshSchedule;
  "TerminationProtectionEnabled"?: boolean;
}

export interface AdvancedFieldSelector {
  "Field": string;
  "Equals"?: Array<string>;
  "StartsWith"?: Array<string>;
  "EndsWith"?: Array<string>;
  "NotEquals"?: Array<string>;
  "NotStartsWith"?: Array<string>;
  "NotEndsWith"?: Array<string>;
}

export interface AdvancedEventSelector {
  "Name"?: string;
  "FieldSelectors": Array<AdvancedFieldSelector>;
}

export type BillingMode = "EXTENDABLE_RETENTION_PRICING" | "FIXED_RETENTION_PRICING";

export interface CreateEventDataStoreRequest {
  "Name": string;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "TerminationProtectionEnabled"?: boolean;
  "TagsList"?: Array<Tag>;
  "KmsKeyId"?: string;
  "StartIngestion"?: boolean;
  "BillingMode"?: BillingMode;
}

export type EventDataStoreStatus = "CREATED" | "ENABLED" | "PENDING_DELETION" | "STARTING_INGESTION" | "STOPPING_INGESTION" | "STOPPED_INGESTION";

export interface CreateEventDataStoreResponse {
  "EventDataStoreArn"?: string;
  "Name"?: string;
  "Status"?: EventDataStoreStatus;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "TerminationProtectionEnabled"?: boolean;
  "TagsList"?: Array<Tag>;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "KmsKeyId"?: string;
  "BillingMode"?: BillingMode;
}

export interface CreateTrailRequest {
  "Name": string;
  "S3BucketName": string;
  "S3KeyPrefix"?: string;
  "SnsTopicName"?: string;
  "IncludeGlobalServiceEvents"?: boolean;
  "IsMultiRegionTrail"?: boolean;
  "EnableLogFileValidation"?: boolean;
  "CloudWatchLogsLogGroupArn"?: string;
  "CloudWatchLogsRoleArn"?: string;
  "KmsKeyId"?: string;
  "IsOrganizationTrail"?: boolean;
  "TagsList"?: Array<Tag>;
}

export interface CreateTrailResponse {
  "Name"?: string;
  "S3BucketName"?: string;
  "S3KeyPrefix"?: string;
  "SnsTopicName"?: string;
  "SnsTopicARN"?: string;
  "IncludeGlobalServiceEvents"?: boolean;
  "IsMultiRegionTrail"?: boolean;
  "TrailARN"?: string;
  "LogFileValidationEnabled"?: boolean;
  "CloudWatchLogsLogGroupArn"?: string;
  "CloudWatchLogsRoleArn"?: string;
  "KmsKeyId"?: string;
  "IsOrganizationTrail"?: boolean;
}

export interface DeleteChannelRequest {
  "Channel": string;
}

export interface DeleteChannelResponse {

}

export interface DeleteDashboardRequest {
  "DashboardId": string;
}

export interface DeleteDashboardResponse {

}

export interface DeleteEventDataStoreRequest {
  "EventDataStore": string;
}

export interface DeleteEventDataStoreResponse {

}

export interface DeleteResourcePolicyRequest {
  "ResourceArn": string;
}

export interface DeleteResourcePolicyResponse {

}

export interface DeleteTrailRequest {
  "Name": string;
}

export interface DeleteTrailResponse {

}

export interface DeregisterOrganizationDelegatedAdminRequest {
  "DelegatedAdminAccountId": string;
}

export interface DeregisterOrganizationDelegatedAdminResponse {

}

export interface DescribeQueryRequest {
  "EventDataStore"?: string;
  "QueryId"?: string;
  "QueryAlias"?: string;
  "RefreshId"?: string;
  "EventDataStoreOwnerAccountId"?: string;
}

export interface QueryStatisticsForDescribeQuery {
  "EventsMatched"?: number;
  "EventsScanned"?: number;
  "BytesScanned"?: number;
  "ExecutionTimeInMillis"?: number;
  "CreationTime"?: Date;
}

export type DeliveryStatus = "SUCCESS" | "FAILED" | "FAILED_SIGNING_FILE" | "PENDING" | "RESOURCE_NOT_FOUND" | "ACCESS_DENIED" | "ACCESS_DENIED_SIGNING_FILE" | "CANCELLED" | "UNKNOWN";

export interface DescribeQueryResponse {
  "QueryId"?: string;
  "QueryString"?: string;
  "QueryStatus"?: QueryStatus;
  "QueryStatistics"?: QueryStatisticsForDescribeQuery;
  "ErrorMessage"?: string;
  "DeliveryS3Uri"?: string;
  "DeliveryStatus"?: DeliveryStatus;
  "Prompt"?: string;
  "EventDataStoreOwnerAccountId"?: string;
}

export interface DescribeTrailsRequest {
  "trailNameList"?: Array<string>;
  "includeShadowTrails"?: boolean;
}

export interface Trail {
  "Name"?: string;
  "S3BucketName"?: string;
  "S3KeyPrefix"?: string;
  "SnsTopicName"?: string;
  "SnsTopicARN"?: string;
  "IncludeGlobalServiceEvents"?: boolean;
  "IsMultiRegionTrail"?: boolean;
  "HomeRegion"?: string;
  "TrailARN"?: string;
  "LogFileValidationEnabled"?: boolean;
  "CloudWatchLogsLogGroupArn"?: string;
  "CloudWatchLogsRoleArn"?: string;
  "KmsKeyId"?: string;
  "HasCustomEventSelectors"?: boolean;
  "HasInsightSelectors"?: boolean;
  "IsOrganizationTrail"?: boolean;
}

export interface DescribeTrailsResponse {
  "trailList"?: Array<Trail>;
}

export interface DisableFederationRequest {
  "EventDataStore": string;
}

export type FederationStatus = "ENABLING" | "ENABLED" | "DISABLING" | "DISABLED";

export interface DisableFederationResponse {
  "EventDataStoreArn"?: string;
  "FederationStatus"?: FederationStatus;
}

export interface EnableFederationRequest {
  "EventDataStore": string;
  "FederationRoleArn": string;
}

export interface EnableFederationResponse {
  "EventDataStoreArn"?: string;
  "FederationStatus"?: FederationStatus;
  "FederationRoleArn"?: string;
}

export interface GenerateQueryRequest {
  "EventDataStores": Array<string>;
  "Prompt": string;
}

export interface GenerateQueryResponse {
  "QueryStatement"?: string;
  "QueryAlias"?: string;
  "EventDataStoreOwnerAccountId"?: string;
}

export interface GetChannelRequest {
  "Channel": string;
}

export interface SourceConfig {
  "ApplyToAllRegions"?: boolean;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
}

export interface IngestionStatus {
  "LatestIngestionSuccessTime"?: Date;
  "LatestIngestionSuccessEventID"?: string;
  "LatestIngestionErrorCode"?: string;
  "LatestIngestionAttemptTime"?: Date;
  "LatestIngestionAttemptEventID"?: string;
}

export interface GetChannelResponse {
  "ChannelArn"?: string;
  "Name"?: string;
  "Source"?: string;
  "SourceConfig"?: SourceConfig;
  "Destinations"?: Array<Destination>;
  "IngestionStatus"?: IngestionStatus;
}

export interface GetDashboardRequest {
  "DashboardId": string;
}

export type DashboardStatus = "CREATING" | "CREATED" | "UPDATING" | "UPDATED" | "DELETING";

export interface GetDashboardResponse {
  "DashboardArn"?: string;
  "Type"?: DashboardType;
  "Status"?: DashboardStatus;
  "Widgets"?: Array<Widget>;
  "RefreshSchedule"?: RefreshSchedule;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "LastRefreshId"?: string;
  "LastRefreshFailureReason"?: string;
  "TerminationProtectionEnabled"?: boolean;
}

export interface GetEventConfigurationRequest {
  "TrailName"?: string;
  "EventDataStore"?: string;
}

export type MaxEventSize = "Standard" | "Large";

export type Type = "TagContext" | "RequestContext";

export interface ContextKeySelector {
  "Type": Type;
  "Equals": Array<string>;
}

export type Template = "API_ACTIVITY" | "RESOURCE_ACCESS" | "USER_ACTIONS";

export type EventCategoryAggregation = "Data";

export interface AggregationConfiguration {
  "Templates": Array<Template>;
  "EventCategory": EventCategoryAggregation;
}

export interface GetEventConfigurationResponse {
  "TrailARN"?: string;
  "EventDataStoreArn"?: string;
  "MaxEventSize"?: MaxEventSize;
  "ContextKeySelectors"?: Array<ContextKeySelector>;
  "AggregationConfigurations"?: Array<AggregationConfiguration>;
}

export interface GetEventDataStoreRequest {
  "EventDataStore": string;
}

export interface PartitionKey {
  "Name": string;
  "Type": string;
}

export interface GetEventDataStoreResponse {
  "EventDataStoreArn"?: string;
  "Name"?: string;
  "Status"?: EventDataStoreStatus;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "TerminationProtectionEnabled"?: boolean;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "KmsKeyId"?: string;
  "BillingMode"?: BillingMode;
  "FederationStatus"?: FederationStatus;
  "FederationRoleArn"?: string;
  "PartitionKeys"?: Array<PartitionKey>;
}

export interface GetEventSelectorsRequest {
  "TrailName": string;
}

export type ReadWriteType = "ReadOnly" | "WriteOnly" | "All";

export interface DataResource {
  "Type"?: string;
  "Values"?: Array<string>;
}

export interface EventSelector {
  "ReadWriteType"?: ReadWriteType;
  "IncludeManagementEvents"?: boolean;
  "DataResources"?: Array<DataResource>;
  "ExcludeManagementEventSources"?: Array<string>;
}

export interface GetEventSelectorsResponse {
  "TrailARN"?: string;
  "EventSelectors"?: Array<EventSelector>;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
}

export interface GetImportRequest {
  "ImportId": string;
}

export interface S3ImportSource {
  "S3LocationUri": string;
  "S3BucketRegion": string;
  "S3BucketAccessRoleArn": string;
}

export interface ImportSource {
  "S3": S3ImportSource;
}

export type ImportStatus = "INITIALIZING" | "IN_PROGRESS" | "FAILED" | "STOPPED" | "COMPLETED";

export interface ImportStatistics {
  "PrefixesFound"?: number;
  "PrefixesCompleted"?: number;
  "FilesCompleted"?: number;
  "EventsCompleted"?: number;
  "FailedEntries"?: number;
}

export interface GetImportResponse {
  "ImportId"?: string;
  "Destinations"?: Array<string>;
  "ImportSource"?: ImportSource;
  "StartEventTime"?: Date;
  "EndEventTime"?: Date;
  "ImportStatus"?: ImportStatus;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "ImportStatistics"?: ImportStatistics;
}

export interface GetInsightSelectorsRequest {
  "TrailName"?: string;
  "EventDataStore"?: string;
}

export type InsightType = "ApiCallRateInsight" | "ApiErrorRateInsight";

export type SourceEventCategory = "Management" | "Data";

export interface InsightSelector {
  "InsightType"?: InsightType;
  "EventCategories"?: Array<SourceEventCategory>;
}

export interface GetInsightSelectorsResponse {
  "TrailARN"?: string;
  "InsightSelectors"?: Array<InsightSelector>;
  "EventDataStoreArn"?: string;
  "InsightsDestination"?: string;
}

export interface GetQueryResultsRequest {
  "EventDataStore"?: string;
  "QueryId": string;
  "NextToken"?: string;
  "MaxQueryResults"?: number;
  "EventDataStoreOwnerAccountId"?: string;
}

export interface QueryStatistics {
  "ResultsCount"?: number;
  "TotalResultsCount"?: number;
  "BytesScanned"?: number;
}

export interface GetQueryResultsResponse {
  "QueryStatus"?: QueryStatus;
  "QueryStatistics"?: QueryStatistics;
  "QueryResultRows"?: Array<Array<Record<string, string>>>;
  "NextToken"?: string;
  "ErrorMessage"?: string;
}

export interface GetResourcePolicyRequest {
  "ResourceArn": string;
}

export interface GetResourcePolicyResponse {
  "ResourceArn"?: string;
  "ResourcePolicy"?: string;
  "DelegatedAdminResourcePolicy"?: string;
}

export interface GetTrailRequest {
  "Name": string;
}

export interface GetTrailResponse {
  "Trail"?: Trail;
}

export interface GetTrailStatusRequest {
  "Name": string;
}

export interface GetTrailStatusResponse {
  "IsLogging"?: boolean;
  "LatestDeliveryError"?: string;
  "LatestNotificationError"?: string;
  "LatestDeliveryTime"?: Date;
  "LatestNotificationTime"?: Date;
  "StartLoggingTime"?: Date;
  "StopLoggingTime"?: Date;
  "LatestCloudWatchLogsDeliveryError"?: string;
  "LatestCloudWatchLogsDeliveryTime"?: Date;
  "LatestDigestDeliveryTime"?: Date;
  "LatestDigestDeliveryError"?: string;
  "LatestDeliveryAttemptTime"?: string;
  "LatestNotificationAttemptTime"?: string;
  "LatestNotificationAttemptSucceeded"?: string;
  "LatestDeliveryAttemptSucceeded"?: string;
  "TimeLoggingStarted"?: string;
  "TimeLoggingStopped"?: string;
}

export interface ListChannelsRequest {
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface Channel {
  "ChannelArn"?: string;
  "Name"?: string;
}

export interface ListChannelsResponse {
  "Channels"?: Array<Channel>;
  "NextToken"?: string;
}

export interface ListDashboardsRequest {
  "NamePrefix"?: string;
  "Type"?: DashboardType;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface DashboardDetail {
  "DashboardArn"?: string;
  "Type"?: DashboardType;
}

export interface ListDashboardsResponse {
  "Dashboards"?: Array<DashboardDetail>;
  "NextToken"?: string;
}

export interface ListEventDataStoresRequest {
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface EventDataStore {
  "EventDataStoreArn"?: string;
  "Name"?: string;
  "TerminationProtectionEnabled"?: boolean;
  "Status"?: EventDataStoreStatus;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
}

export interface ListEventDataStoresResponse {
  "EventDataStores"?: Array<EventDataStore>;
  "NextToken"?: string;
}

export interface ListImportFailuresRequest {
  "ImportId": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export type ImportFailureStatus = "FAILED" | "RETRY" | "SUCCEEDED";

export interface ImportFailureListItem {
  "Location"?: string;
  "Status"?: ImportFailureStatus;
  "ErrorType"?: string;
  "ErrorMessage"?: string;
  "LastUpdatedTime"?: Date;
}

export interface ListImportFailuresResponse {
  "Failures"?: Array<ImportFailureListItem>;
  "NextToken"?: string;
}

export interface ListImportsRequest {
  "MaxResults"?: number;
  "Destination"?: string;
  "ImportStatus"?: ImportStatus;
  "NextToken"?: string;
}

export interface ImportsListItem {
  "ImportId"?: string;
  "ImportStatus"?: ImportStatus;
  "Destinations"?: Array<string>;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
}

export interface ListImportsResponse {
  "Imports"?: Array<ImportsListItem>;
  "NextToken"?: string;
}

export type ListInsightsDataType = "InsightsEvents";

export interface ListInsightsDataRequest {
  "InsightSource": string;
  "DataType": ListInsightsDataType;
  "Dimensions"?: Record<string, string>;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface Resource {
  "ResourceType"?: string;
  "ResourceName"?: string;
}

export interface Event {
  "EventId"?: string;
  "EventName"?: string;
  "ReadOnly"?: string;
  "AccessKeyId"?: string;
  "EventTime"?: Date;
  "EventSource"?: string;
  "Username"?: string;
  "Resources"?: Array<Resource>;
  "CloudTrailEvent"?: string;
}

export interface ListInsightsDataResponse {
  "Events"?: Array<Event>;
  "NextToken"?: string;
}

export type InsightsMetricDataType = "FillWithZeros" | "NonZeroData";

export interface ListInsightsMetricDataRequest {
  "TrailName"?: string;
  "EventSource": string;
  "EventName": string;
  "InsightType": InsightType;
  "ErrorCode"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "Period"?: number;
  "DataType"?: InsightsMetricDataType;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface ListInsightsMetricDataResponse {
  "TrailARN"?: string;
  "EventSource"?: string;
  "EventName"?: string;
  "InsightType"?: InsightType;
  "ErrorCode"?: string;
  "Timestamps"?: Array<Date>;
  "Values"?: Array<number>;
  "NextToken"?: string;
}

export interface ListPublicKeysRequest {
  "StartTime"?: Date;
  "EndTime"?: Date;
  "NextToken"?: string;
}

export interface PublicKey {
  "Value"?: Uint8Array;
  "ValidityStartTime"?: Date;
  "ValidityEndTime"?: Date;
  "Fingerprint"?: string;
}

export interface ListPublicKeysResponse {
  "PublicKeyList"?: Array<PublicKey>;
  "NextToken"?: string;
}

export interface ListQueriesRequest {
  "EventDataStore": string;
  "NextToken"?: string;
  "MaxResults"?: number;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "QueryStatus"?: QueryStatus;
}

export interface Query {
  "QueryId"?: string;
  "QueryStatus"?: QueryStatus;
  "CreationTime"?: Date;
}

export interface ListQueriesResponse {
  "Queries"?: Array<Query>;
  "NextToken"?: string;
}

export interface ListTagsRequest {
  "ResourceIdList": Array<string>;
  "NextToken"?: string;
}

export interface ResourceTag {
  "ResourceId"?: string;
  "TagsList"?: Array<Tag>;
}

export interface ListTagsResponse {
  "ResourceTagList"?: Array<ResourceTag>;
  "NextToken"?: string;
}

export interface ListTrailsRequest {
  "NextToken"?: string;
}

export interface TrailInfo {
  "TrailARN"?: string;
  "Name"?: string;
  "HomeRegion"?: string;
}

export interface ListTrailsResponse {
  "Trails"?: Array<TrailInfo>;
  "NextToken"?: string;
}

export type LookupAttributeKey = "EventId" | "EventName" | "ReadOnly" | "Username" | "ResourceType" | "ResourceName" | "EventSource" | "AccessKeyId";

export interface LookupAttribute {
  "AttributeKey": LookupAttributeKey;
  "AttributeValue": string;
}

export type EventCategory = "insight";

export interface LookupEventsRequest {
  "LookupAttributes"?: Array<LookupAttribute>;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "EventCategory"?: EventCategory;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface LookupEventsResponse {
  "Events"?: Array<Event>;
  "NextToken"?: string;
}

export interface PutEventConfigurationRequest {
  "TrailName"?: string;
  "EventDataStore"?: string;
  "MaxEventSize"?: MaxEventSize;
  "ContextKeySelectors"?: Array<ContextKeySelector>;
  "AggregationConfigurations"?: Array<AggregationConfiguration>;
}

export interface PutEventConfigurationResponse {
  "TrailARN"?: string;
  "EventDataStoreArn"?: string;
  "MaxEventSize"?: MaxEventSize;
  "ContextKeySelectors"?: Array<ContextKeySelector>;
  "AggregationConfigurations"?: Array<AggregationConfiguration>;
}

export interface PutEventSelectorsRequest {
  "TrailName": string;
  "EventSelectors"?: Array<EventSelector>;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
}

export interface PutEventSelectorsResponse {
  "TrailARN"?: string;
  "EventSelectors"?: Array<EventSelector>;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
}

export interface PutInsightSelectorsRequest {
  "TrailName"?: string;
  "InsightSelectors": Array<InsightSelector>;
  "EventDataStore"?: string;
  "InsightsDestination"?: string;
}

export interface PutInsightSelectorsResponse {
  "TrailARN"?: string;
  "InsightSelectors"?: Array<InsightSelector>;
  "EventDataStoreArn"?: string;
  "InsightsDestination"?: string;
}

export interface PutResourcePolicyRequest {
  "ResourceArn": string;
  "ResourcePolicy": string;
}

export interface PutResourcePolicyResponse {
  "ResourceArn"?: string;
  "ResourcePolicy"?: string;
  "DelegatedAdminResourcePolicy"?: string;
}

export interface RegisterOrganizationDelegatedAdminRequest {
  "MemberAccountId": string;
}

export interface RegisterOrganizationDelegatedAdminResponse {

}

export interface RemoveTagsRequest {
  "ResourceId": string;
  "TagsList": Array<Tag>;
}

export interface RemoveTagsResponse {

}

export interface RestoreEventDataStoreRequest {
  "EventDataStore": string;
}

export interface RestoreEventDataStoreResponse {
  "EventDataStoreArn"?: string;
  "Name"?: string;
  "Status"?: EventDataStoreStatus;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "TerminationProtectionEnabled"?: boolean;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "KmsKeyId"?: string;
  "BillingMode"?: BillingMode;
}

export interface SearchSampleQueriesRequest {
  "SearchPhrase": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface SearchSampleQueriesSearchResult {
  "Name"?: string;
  "Description"?: string;
  "SQL"?: string;
  "Relevance"?: number;
}

export interface SearchSampleQueriesResponse {
  "SearchResults"?: Array<SearchSampleQueriesSearchResult>;
  "NextToken"?: string;
}

export interface StartDashboardRefreshRequest {
  "DashboardId": string;
  "QueryParameterValues"?: Record<string, string>;
}

export interface StartDashboardRefreshResponse {
  "RefreshId"?: string;
}

export interface StartEventDataStoreIngestionRequest {
  "EventDataStore": string;
}

export interface StartEventDataStoreIngestionResponse {

}

export interface StartImportRequest {
  "Destinations"?: Array<string>;
  "ImportSource"?: ImportSource;
  "StartEventTime"?: Date;
  "EndEventTime"?: Date;
  "ImportId"?: string;
}

export interface StartImportResponse {
  "ImportId"?: string;
  "Destinations"?: Array<string>;
  "ImportSource"?: ImportSource;
  "StartEventTime"?: Date;
  "EndEventTime"?: Date;
  "ImportStatus"?: ImportStatus;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
}

export interface StartLoggingRequest {
  "Name": string;
}

export interface StartLoggingResponse {

}

export interface StartQueryRequest {
  "QueryStatement"?: string;
  "DeliveryS3Uri"?: string;
  "QueryAlias"?: string;
  "QueryParameters"?: Array<string>;
  "EventDataStoreOwnerAccountId"?: string;
}

export interface StartQueryResponse {
  "QueryId"?: string;
  "EventDataStoreOwnerAccountId"?: string;
}

export interface StopEventDataStoreIngestionRequest {
  "EventDataStore": string;
}

export interface StopEventDataStoreIngestionResponse {

}

export interface StopImportRequest {
  "ImportId": string;
}

export interface StopImportResponse {
  "ImportId"?: string;
  "ImportSource"?: ImportSource;
  "Destinations"?: Array<string>;
  "ImportStatus"?: ImportStatus;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "StartEventTime"?: Date;
  "EndEventTime"?: Date;
  "ImportStatistics"?: ImportStatistics;
}

export interface StopLoggingRequest {
  "Name": string;
}

export interface StopLoggingResponse {

}

export interface UpdateChannelRequest {
  "Channel": string;
  "Destinations"?: Array<Destination>;
  "Name"?: string;
}

export interface UpdateChannelResponse {
  "ChannelArn"?: string;
  "Name"?: string;
  "Source"?: string;
  "Destinations"?: Array<Destination>;
}

export interface UpdateDashboardRequest {
  "DashboardId": string;
  "Widgets"?: Array<RequestWidget>;
  "RefreshSchedule"?: RefreshSchedule;
  "TerminationProtectionEnabled"?: boolean;
}

export interface UpdateDashboardResponse {
  "DashboardArn"?: string;
  "Name"?: string;
  "Type"?: DashboardType;
  "Widgets"?: Array<Widget>;
  "RefreshSchedule"?: RefreshSchedule;
  "TerminationProtectionEnabled"?: boolean;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
}

export interface UpdateEventDataStoreRequest {
  "EventDataStore": string;
  "Name"?: string;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "TerminationProtectionEnabled"?: boolean;
  "KmsKeyId"?: string;
  "BillingMode"?: BillingMode;
}

export interface UpdateEventDataStoreResponse {
  "EventDataStoreArn"?: string;
  "Name"?: string;
  "Status"?: EventDataStoreStatus;
  "AdvancedEventSelectors"?: Array<AdvancedEventSelector>;
  "MultiRegionEnabled"?: boolean;
  "OrganizationEnabled"?: boolean;
  "RetentionPeriod"?: number;
  "TerminationProtectionEnabled"?: boolean;
  "CreatedTimestamp"?: Date;
  "UpdatedTimestamp"?: Date;
  "KmsKeyId"?: string;
  "BillingMode"?: BillingMode;
  "FederationStatus"?: FederationStatus;
  "FederationRoleArn"?: string;
}

export interface UpdateTrailRequest {
  "Name": string;
  "S3BucketName"?: string;
  "S3KeyPrefix"?: string;
  "SnsTopicName"?: string;
  "IncludeGlobalServiceEvents"?: boolean;
  "IsMultiRegionTrail"?: boolean;
  "EnableLogFileValidation"?: boolean;
  "CloudWatchLogsLogGroupArn"?: string;
  "CloudWatchLogsRoleArn"?: string;
  "KmsKeyId"?: string;
  "IsOrganizationTrail"?: boolean;
}

export interface UpdateTrailResponse {
  "Name"?: string;
  "S3BucketName"?: string;
  "S3KeyPrefix"?: string;
  "SnsTopicName"?: string;
  "SnsTopicARN"?: string;
  "IncludeGlobalServiceEvents"?: boolean;
  "IsMultiRegionTrail"?: boolean;
  "TrailARN"?: string;
  "LogFileValidationEnabled"?: boolean;
  "CloudWatchLogsLogGroupArn"?: string;
  "CloudWatchLogsRoleArn"?: string;
  "KmsKeyId"?: string;
  "IsOrganizationTrail"?: boolean;
}

/** Every operation of the CloudTrail model; a provider implements the ones Nimbus serves. */
export interface CloudtrailOperations {
  addTags(input: AddTagsRequest, context: CallContext): Promise<AddTagsResponse>;
  cancelQuery(input: CancelQueryRequest, context: CallContext): Promise<CancelQueryResponse>;
  createChannel(input: CreateChannelRequest, context: CallContext): Promise<CreateChannelResponse>;
  createDashboard(input: CreateDashboardRequest, context: CallContext): Promise<CreateDashboardResponse>;
  createEventDataStore(input: CreateEventDataStoreRequest, context: CallContext): Promise<CreateEventDataStoreResponse>;
  createTrail(input: CreateTrailRequest, context: CallContext): Promise<CreateTrailResponse>;
  deleteChannel(input: DeleteChannelRequest, context: CallContext): Promise<DeleteChannelResponse>;
  deleteDashboard(input: DeleteDashboardRequest, context: CallContext): Promise<DeleteDashboardResponse>;
  deleteEventDataStore(input: DeleteEventDataStoreRequest, context: CallContext): Promise<DeleteEventDataStoreResponse>;
  deleteResourcePolicy(input: DeleteResourcePolicyRequest, context: CallContext): Promise<DeleteResourcePolicyResponse>;
  deleteTrail(input: DeleteTrailRequest, context: CallContext): Promise<DeleteTrailResponse>;
  deregisterOrganizationDelegatedAdmin(input: DeregisterOrganizationDelegatedAdminRequest, context: CallContext): Promise<DeregisterOrganizationDelegatedAdminResponse>;
  describeQuery(input: DescribeQueryRequest, context: CallContext): Promise<DescribeQueryResponse>;
  describeTrails(input: DescribeTrailsRequest, context: CallContext): Promise<DescribeTrailsResponse>;
  disableFederation(input: DisableFederationRequest, context: CallContext): Promise<DisableFederationResponse>;
  enableFederation(input: EnableFederationRequest, context: CallContext): Promise<EnableFederationResponse>;
  generateQuery(input: GenerateQueryRequest, context: CallContext): Promise<GenerateQueryResponse>;
  getChannel(input: GetChannelRequest, context: CallContext): Promise<GetChannelResponse>;
  getDashboard(input: GetDashboardRequest, context: CallContext): Promise<GetDashboardResponse>;
  getEventConfiguration(input: GetEventConfigurationRequest, context: CallContext): Promise<GetEventConfigurationResponse>;
  getEventDataStore(input: GetEventDataStoreRequest, context: CallContext): Promise<GetEventDataStoreResponse>;
  getEventSelectors(input: GetEventSelectorsRequest, context: CallContext): Promise<GetEventSelectorsResponse>;
  getImport(input: GetImportRequest, context: CallContext): Promise<GetImportResponse>;
  getInsightSelectors(input: GetInsightSelectorsRequest, context: CallContext): Promise<GetInsightSelectorsResponse>;
  getQueryResults(input: GetQueryResultsRequest, context: CallContext): Promise<GetQueryResultsResponse>;
  getResourcePolicy(input: GetResourcePolicyRequest, context: CallContext): Promise<GetResourcePolicyResponse>;
  getTrail(input: GetTrailRequest, context: CallContext): Promise<GetTrailResponse>;
  getTrailStatus(input: GetTrailStatusRequest, context: CallContext): Promise<GetTrailStatusResponse>;
  listChannels(input: ListChannelsRequest, context: CallContext): Promise<ListChannelsResponse>;
  listDashboards(input: ListDashboardsRequest, context: CallContext): Promise<ListDashboardsResponse>;
  listEventDataStores(input: ListEventDataStoresRequest, context: CallContext): Promise<ListEventDataStoresResponse>;
  listImportFailures(input: ListImportFailuresRequest, context: CallContext): Promise<ListImportFailuresResponse>;
  listImports(input: ListImportsRequest, context: CallContext): Promise<ListImportsResponse>;
  listInsightsData(input: ListInsightsDataRequest, context: CallContext): Promise<ListInsightsDataResponse>;
  listInsightsMetricData(input: ListInsightsMetricDataRequest, context: CallContext): Promise<ListInsightsMetricDataResponse>;
  listPublicKeys(input: ListPublicKeysRequest, context: CallContext): Promise<ListPublicKeysResponse>;
  listQueries(input: ListQueriesRequest, context: CallContext): Promise<ListQueriesResponse>;
  listTags(input: ListTagsRequest, context: CallContext): Promise<ListTagsResponse>;
  listTrails(input: ListTrailsRequest, context: CallContext): Promise<ListTrailsResponse>;
  lookupEvents(input: LookupEventsRequest, context: CallContext): Promise<LookupEventsResponse>;
  putEventConfiguration(input: PutEventConfigurationRequest, context: CallContext): Promise<PutEventConfigurationResponse>;
  putEventSelectors(input: PutEventSelectorsRequest, context: CallContext): Promise<PutEventSelectorsResponse>;
  putInsightSelectors(input: PutInsightSelectorsRequest, context: CallContext): Promise<PutInsightSelectorsResponse>;
  putResourcePolicy(input: PutResourcePolicyRequest, context: CallContext): Promise<PutResourcePolicyResponse>;
  registerOrganizationDelegatedAdmin(input: RegisterOrganizationDelegatedAdminRequest, context: CallContext): Promise<RegisterOrganizationDelegatedAdminResponse>;
  removeTags(input: RemoveTagsRequest, context: CallContext): Promise<RemoveTagsResponse>;
  restoreEventDataStore(input: RestoreEventDataStoreRequest, context: CallContext): Promise<RestoreEventDataStoreResponse>;
  searchSampleQueries(input: SearchSampleQueriesRequest, context: CallContext): Promise<SearchSampleQueriesResponse>;
  startDashboardRefresh(input: StartDashboardRefreshRequest, context: CallContext): Promise<StartDashboardRefreshResponse>;
  startEventDataStoreIngestion(input: StartEventDataStoreIngestionRequest, context: CallContext): Promise<StartEventDataStoreIngestionResponse>;
  startImport(input: StartImportRequest, context: CallContext): Promise<StartImportResponse>;
  startLogging(input: StartLoggingRequest, context: CallContext): Promise<StartLoggingResponse>;
  startQuery(input: StartQueryRequest, context: CallContext): Promise<StartQueryResponse>;
  stopEventDataStoreIngestion(input: StopEventDataStoreIngestionRequest, context: CallContext): Promise<StopEventDataStoreIngestionResponse>;
  stopImport(input: StopImportRequest, context: CallContext): Promise<StopImportResponse>;
  stopLogging(input: StopLoggingRequest, context: CallContext): Promise<StopLoggingResponse>;
  updateChannel(input: UpdateChannelRequest, context: CallContext): Promise<UpdateChannelResponse>;
  updateDashboard(input: UpdateDashboardRequest, context: CallContext): Promise<UpdateDashboardResponse>;
  updateEventDataStore(input: UpdateEventDataStoreRequest, context: CallContext): Promise<UpdateEventDataStoreResponse>;
  updateTrail(input: UpdateTrailRequest, context: CallContext): Promise<UpdateTrailResponse>;
}
