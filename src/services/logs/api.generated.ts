// Generated from models/logs.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface AssociateKmsKeyRequest {
  "logGroupName"?: string;
  "kmsKeyId": string;
  "resourceIdentifier"?: string;
}

export interface DataSource {
  "name": string;
  "type"?: string;
}

export interface AssociateSourceToS3TableIntegrationRequest {
  "integrationArn": string;
  "dataSource": DataSource;
}

export interface AssociateSourceToS3TableIntegrationResponse {
  "identifier"?: string;
}

export interface CancelExportTaskRequest {
  "taskId": string;
}

export interface CancelImportTaskRequest {
  "importId": string;
}

export interface ImportStatistics {
  "bytesImported"?: number;
}

export type ImportStatus = "IN_PROGRESS" | "CANCELLED" | "COMPLETED" | "FAILED";

export interface CancelImportTaskResponse {
  "importId"?: string;
  "importStatistics"?: ImportStatistics;
  "importStatus"?: ImportStatus;
  "creationTime"?: number;
  "lastUpdatedTime"?: number;
}

export interface S3DeliveryConfiguration {
  "suffixPath"?: string;
  "enableHiveCompatiblePath"?: boolean;
}

export interface CreateDeliveryRequest {
  "deliverySourceName": string;
  "deliveryDestinationArn": string;
  "recordFields"?: Array<string>;
  "fieldDelimiter"?: string;
  "s3DeliveryConfiguration"?: S3DeliveryConfiguration;
  "tags"?: Record<string, string>;
}

export type DeliveryDestinationType = "S3" | "CWL" | "FH" | "XRAY";

export interface Delivery {
  "id"?: string;
  "arn"?: string;
  "deliverySourceName"?: string;
  "deliveryDestinationArn"?: string;
  "deliveryDestinationType"?: DeliveryDestinationType;
  "recordFields"?: Array<string>;
  "fieldDelimiter"?: string;
  "s3DeliveryConfiguration"?: S3DeliveryConfiguration;
  "tags"?: Record<string, string>;
}

export interface CreateDeliveryResponse {
  "delivery"?: Delivery;
}

export interface CreateExportTaskRequest {
  "taskName"?: string;
  "logGroupName": string;
  "logStreamNamePrefix"?: string;
  "from": number;
  "to": number;
  "destination": string;
  "destinationPrefix"?: string;
}

export interface CreateExportTaskResponse {
  "taskId"?: string;
}

export interface ImportFilter {
  "startEventTime"?: number;
  "endEventTime"?: number;
}

export interface CreateImportTaskRequest {
  "importSourceArn": string;
  "importRoleArn": string;
  "importFilter"?: ImportFilter;
}

export interface CreateImportTaskResponse {
  "importId"?: string;
  "importDestinationArn"?: string;
  "creationTime"?: number;
}

export type EvaluationFrequency = "ONE_MIN" | "FIVE_MIN" | "TEN_MIN" | "FIFTEEN_MIN" | "THIRTY_MIN" | "ONE_HOUR";

export interface CreateLogAnomalyDetectorRequest {
  "logGroupArnList": Array<string>;
  "detectorName"?: string;
  "evaluationFrequency"?: EvaluationFrequency;
  "filterPattern"?: string;
  "kmsKeyId"?: string;
  "anomalyVisibilityTime"?: number;
  "tags"?: Record<string, string>;
}

export interface CreateLogAnomalyDetectorResponse {
  "anomalyDetectorArn"?: string;
}

export type LogGroupClass = "STANDARD" | "INFREQUENT_ACCESS" | "DELIVERY";

export interface CreateLogGroupRequest {
  "logGroupName": string;
  "kmsKeyId"?: string;
  "tags"?: Record<string, string>;
  "logGroupClass"?: LogGroupClass;
  "deletionProtectionEnabled"?: boolean;
}

export interface CreateLogStreamRequest {
  "logGroupName": string;
  "logStreamName": string;
}

export interface CreateLookupTableRequest {
  "lookupTableName": string;
  "description"?: string;
  "tableBody": string;
  "kmsKeyId"?: string;
  "tags"?: Record<string, string>;
}

export interface CreateLookupTableResponse {
  "lookupTableArn"?: string;
  "createdAt"?: number;
}

export type QueryLanguage = "CWLI" | "SQL" | "PPL";

export interface S3Configuration {
  "destinationIdentifier": string;
  "roleArn": string;
  "ownerAccountId"?: string;
  "kmsKeyId"?: string;
}

export interface DestinationConfiguration {
  "s3Configuration": S3Configuration;
}

export type ScheduledQueryState = "ENABLED" | "DISABLED";

export interface CreateScheduledQueryRequest {
  "name": string;
  "description"?: string;
  "queryLanguage": QueryLanguage;
  "queryString": string;
  "logGroupIdentifiers"?: Array<string>;
  "scheduleExpression": string;
  "timezone"?: string;
  "startTimeOffset"?: number;
  "destinationConfiguration"?: DestinationConfiguration;
  "scheduleStartTime"?: number;
  "scheduleEndTime"?: number;
  "executionRoleArn": string;
  "state"?: ScheduledQueryState;
  "tags"?: Record<string, string>;
}

export interface CreateScheduledQueryResponse {
  "scheduledQueryArn"?: string;
  "state"?: ScheduledQueryState;
}

export type PolicyType = "DATA_PROTECTION_POLICY" | "SUBSCRIPTION_FILTER_POLICY" | "FIELD_INDEX_POLICY" | "TRANSFORMER_POLICY" | "METRIC_EXTRACTION_POLICY";

export interface DeleteAccountPolicyRequest {
  "policyName": string;
  "policyType": PolicyType;
}

export interface DeleteDataProtectionPolicyRequest {
  "logGroupIdentifier": string;
}

export interface DeleteDeliveryRequest {
  "id": string;
}

export interface DeleteDeliveryDestinationRequest {
  "name": string;
}

export interface DeleteDeliveryDestinationPolicyRequest {
  "deliveryDestinationName": string;
}

export interface DeleteDeliverySourceRequest {
  "name": string;
}

export interface DeleteDestinationRequest {
  "destinationName": string;
}

export interface DeleteIndexPolicyRequest {
  "logGroupIdentifier": string;
}

export interface DeleteIndexPolicyResponse {

}

export interface DeleteIntegrationRequest {
  "integrationName": string;
  "force"?: boolean;
}

export interface DeleteIntegrationResponse {

}

export interface DeleteLogAnomalyDetectorRequest {
  "anomalyDetectorArn": string;
}

export interface DeleteLogGroupRequest {
  "logGroupName": string;
}

export interface DeleteLogStreamRequest {
  "logGroupName": string;
  "logStreamName": string;
}

export interface DeleteLookupTableRequest {
  "lookupTableArn": string;
}

export interface DeleteMetricFilterRequest {
  "logGroupName": string;
  "filterName": string;
}

export interface DeleteQueryDefinitionRequest {
  "queryDefinitionId": string;
}

export interface DeleteQueryDefinitionResponse {
  "success"?: boolean;
}

export interface DeleteResourcePolicyRequest {
  "policyName"?: string;
  "resourceArn"?: string;
  "expectedRevisionId"?: string;
}

export interface DeleteRetentionPolicyRequest {
  "logGroupName": string;
}

export interface DeleteScheduledQueryRequest {
  "identifier": string;
}

export interface DeleteScheduledQueryResponse {

}

export interface DeleteSubscriptionFilterRequest {
  "logGroupName": string;
  "filterName": string;
}

export interface DeleteTransformerRequest {
  "logGroupIdentifier": string;
}

export interface DescribeAccountPoliciesRequest {
  "policyType": PolicyType;
  "policyName"?: string;
  "accountIdentifiers"?: Array<string>;
  "nextToken"?: string;
}

export type Scope = "ALL";

export interface AccountPolicy {
  "policyName"?: string;
  "policyDocument"?: string;
  "lastUpdatedTime"?: number;
  "policyType"?: PolicyType;
  "scope"?: Scope;
  "selectionCriteria"?: string;
  "accountId"?: string;
}

export interface DescribeAccountPoliciesResponse {
  "accountPolicies"?: Array<AccountPolicy>;
  "nextToken"?: string;
}

export interface DescribeConfigurationTemplatesRequest {
  "service"?: string;
  "logTypes"?: Array<string>;
  "resourceTypes"?: Array<string>;
  "deliveryDestinationTypes"?: Array<DeliveryDestinationType>;
  "nextToken"?: string;
  "limit"?: number;
}

export interface ConfigurationTemplateDeliveryConfigValues {
  "recordFields"?: Array<string>;
  "fieldDelimiter"?: string;
  "s3DeliveryConfiguration"?: S3DeliveryConfiguration;
}

export interface RecordField {
  "name"?: string;
  "mandatory"?: boolean;
}

export type OutputFormat = "json" | "plain" | "w3c" | "raw" | "parquet";

export type DeliverySourceConfigurationSchemaValueType = "string" | "boolean" | "int" | "double" | "long";

export interface DeliverySourceConfigurationSchema {
  "keyName": string;
  "valueType": DeliverySourceConfigurationSchemaValueType;
  "defaultValue": string;
  "supportedValues"?: Array<string>;
  "minValue"?: number;
  "maxValue"?: number;
}

export interface S3TablesIntegration {
  "datasourceName"?: string;
  "datasourceType"?: string;
}

export interface ConfigurationTemplate {
  "service"?: string;
  "logType"?: string;
  "resourceType"?: string;
  "deliveryDestinationType"?: DeliveryDestinationType;
  "defaultDeliveryConfigValues"?: ConfigurationTemplateDeliveryConfigValues;
  "allowedFields"?: Array<RecordField>;
  "allowedOutputFormats"?: Array<OutputFormat>;
  "allowedActionForAllowVendedLogsDeliveryForResource"?: string;
  "allowedFieldDelimiters"?: Array<string>;
  "allowedSuffixPathFields"?: Array<string>;
  "deliverySourceConfiguration"?: Array<DeliverySourceConfigurationSchema>;
  "s3TablesIntegration"?: S3TablesIntegration;
}

export interface DescribeConfigurationTemplatesResponse {
  "configurationTemplates"?: Array<ConfigurationTemplate>;
  "nextToken"?: string;
}

export interface DescribeDeliveriesRequest {
  "nextToken"?: string;
  "limit"?: number;
}

export interface DescribeDeliveriesResponse {
  "deliveries"?: Array<Delivery>;
  "nextToken"?: string;
}

export interface DescribeDeliveryDestinationsRequest {
  "nextToken"?: string;
  "limit"?: number;
}

export interface DeliveryDestinationConfiguration {
  "destinationResourceArn": string;
}

export interface DeliveryDestination {
  "name"?: string;
  "arn"?: string;
  "deliveryDestinationType"?: DeliveryDestinationType;
  "outputFormat"?: OutputFormat;
  "deliveryDestinationConfiguration"?: DeliveryDestinationConfiguration;
  "tags"?: Record<string, string>;
}

export interface DescribeDeliveryDestinationsResponse {
  "deliveryDestinations"?: Array<DeliveryDestination>;
  "nextToken"?: string;
}

export interface DescribeDeliverySourcesRequest {
  "nextToken"?: string;
  "limit"?: number;
}

export type DeliverySourceStatus = "ACTIVE" | "INACTIVE";

export type DeliverySourceStatusReason = "RESOURCE_DELETED";

export interface DeliverySource {
  "name"?: string;
  "arn"?: string;
  "resourceArns"?: Array<string>;
  "service"?: string;
  "logType"?: string;
  "tags"?: Record<string, string>;
  "deliverySourceConfiguration"?: Record<string, string>;
  "status"?: DeliverySourceStatus;
  "statusReason"?: DeliverySourceStatusReason;
}

export interface DescribeDeliverySourcesResponse {
  "deliverySources"?: Array<DeliverySource>;
  "nextToken"?: string;
}

export interface DescribeDestinationsRequest {
  "DestinationNamePrefix"?: string;
  "nextToken"?: string;
  "limit"?: number;
}

export interface Destination {
  "destinationName"?: string;
  "targetArn"?: string;
  "roleArn"?: string;
  "accessPolicy"?: string;
  "arn"?: string;
  "creationTime"?: number;
}

export interface DescribeDestinationsResponse {
  "destinations"?: Array<Destination>;
  "nextToken"?: string;
}

export type ExportTaskStatusCode = "CANCELLED" | "COMPLETED" | "FAILED" | "PENDING" | "PENDING_CANCEL" | "RUNNING";

export interface DescribeExportTasksRequest {
  "taskId"?: string;
  "statusCode"?: ExportTaskStatusCode;
  "nextToken"?: string;
  "limit"?: number;
}

export interface ExportTaskStatus {
  "code"?: ExportTaskStatusCode;
  "message"?: string;
}

export interface ExportTaskExecutionInfo {
  "creationTime"?: number;
  "completionTime"?: number;
}

export interface ExportTask {
  "taskId"?: string;
  "taskName"?: string;
  "logGroupName"?: string;
  "from"?: number;
  "to"?: number;
  "destination"?: string;
  "destinationPrefix"?: string;
  "status"?: ExportTaskStatus;
  "executionInfo"?: ExportTaskExecutionInfo;
}

export interface DescribeExportTasksResponse {
  "exportTasks"?: Array<ExportTask>;
  "nextToken"?: string;
}

export interface DescribeFieldIndexesRequest {
  "logGroupIdentifiers": Array<string>;
  "nextToken"?: string;
}

export type IndexType = "FACET" | "FIELD_INDEX";

export interface FieldIndex {
  "logGroupIdentifier"?: string;
  "fieldIndexName"?: string;
  "lastScanTime"?: number;
  "firstEventTime"?: number;
  "lastEventTime"?: number;
  "type"?: IndexType;
}

export interface DescribeFieldIndexesResponse {
  "fieldIndexes"?: Array<FieldIndex>;
  "nextToken"?: string;
}

export interface DescribeImportTaskBatchesRequest {
  "importId": string;
  "batchImportStatus"?: Array<ImportStatus>;
  "limit"?: number;
  "nextToken"?: string;
}

export interface ImportBatch {
  "batchId": string;
  "status": ImportStatus;
  "errorMessage"?: string;
}

export interface DescribeImportTaskBatchesResponse {
  "importSourceArn"?: string;
  "importId"?: string;
  "importBatches"?: Array<ImportBatch>;
  "nextToken"?: string;
}

export interface DescribeImportTasksRequest {
  "importId"?: string;
  "importStatus"?: ImportStatus;
  "importSourceArn"?: string;
  "limit"?: number;
  "nextToken"?: string;
}

export interface Import {
  "importId"?: string;
  "importSourceArn"?: string;
  "importStatus"?: ImportStatus;
  "importDestinationArn"?: string;
  "importStatistics"?: ImportStatistics;
  "importFilter"?: ImportFilter;
  "creationTime"?: number;
  "lastUpdatedTime"?: number;
  "errorMessage"?: string;
}

export interface DescribeImportTasksResponse {
  "imports"?: Array<Import>;
  "nextToken"?: string;
}

export interface DescribeIndexPoliciesRequest {
  "logGroupIdentifiers": Array<string>;
  "nextToken"?: string;
}

export type IndexSource = "ACCOUNT" | "LOG_GROUP";

export interface IndexPolicy {
  "logGroupIdentifier"?: string;
  "lastUpdateTime"?: number;
  "policyDocument"?: string;
  "policyName"?: string;
  "source"?: IndexSource;
}

export interface DescribeIndexPoliciesResponse {
  "indexPolicies"?: Array<IndexPolicy>;
  "nextToken"?: string;
}

export interface DescribeLogGroupsRequest {
  "accountIdentifiers"?: Array<string>;
  "logGroupNamePrefix"?: string;
  "logGroupNamePattern"?: string;
  "nextToken"?: string;
  "limit"?: number;
  "includeLinkedAccounts"?: boolean;
  "logGroupClass"?: LogGroupClass;
  "logGroupIdentifiers"?: Array<string>;
}

export type DataProtectionStatus = "ACTIVATED" | "DELETED" | "ARCHIVED" | "DISABLED";

export type InheritedProperty = "ACCOUNT_DATA_PROTECTION";

export interface LogGroup {
  "logGroupName"?: string;
  "creationTime"?: number;
  "retentionInDays"?: number;
  "metricFilterCount"?: number;
  "arn"?: string;
  "storedBytes"?: number;
  "kmsKeyId"?: string;
  "dataProtectionStatus"?: DataProtectionStatus;
  "inheritedProperties"?: Array<InheritedProperty>;
  "logGroupClass"?: LogGroupClass;
  "logGroupArn"?: string;
  "deletionProtectionEnabled"?: boolean;
  "bearerTokenAuthenticationEnabled"?: boolean;
}

export interface DescribeLogGroupsResponse {
  "logGroups"?: Array<LogGroup>;
  "nextToken"?: string;
}

export type OrderBy = "LogStreamName" | "LastEventTime";

export interface DescribeLogStreamsRequest {
  "logGroupName"?: string;
  "logGroupIdentifier"?: string;
  "logStreamNamePrefix"?: string;
  "orderBy"?: OrderBy;
  "descending"?: boolean;
  "nextToken"?: string;
  "limit"?: number;
}

export interface LogStream {
  "logStreamName"?: string;
  "creationTime"?: number;
  "firstEventTimestamp"?: number;
  "lastEventTimestamp"?: number;
  "lastIngestionTime"?: number;
  "uploadSequenceToken"?: string;
  "arn"?: string;
  "storedBytes"?: number;
}

export interface DescribeLogStreamsResponse {
  "logStreams"?: Array<LogStream>;
  "nextToken"?: string;
}

export interface DescribeLookupTablesRequest {
  "lookupTableNamePrefix"?: string;
  "maxResults"?: number;
  "nextToken"?: string;
}

export interface LookupTable {
  "lookupTableArn"?: string;
  "lookupTableName"?: string;
  "description"?: string;
  "tableFields"?: Array<string>;
  "recordsCount"?: number;
  "sizeBytes"?: number;
  "lastUpdatedTime"?: number;
  "kmsKeyId"?: string;
}

export interface DescribeLookupTablesResponse {
  "lookupTables"?: Array<LookupTable>;
  "nextToken"?: string;
}

export interface DescribeMetricFiltersRequest {
  "logGroupName"?: string;
  "filterNamePrefix"?: string;
  "nextToken"?: string;
  "limit"?: number;
  "metricName"?: string;
  "metricNamespace"?: string;
}

export type StandardUnit = "Seconds" | "Microseconds" | "Milliseconds" | "Bytes" | "Kilobytes" | "Megabytes" | "Gigabytes" | "Terabytes" | "Bits" | "Kilobits" | "Megabits" | "Gigabits" | "Terabits" | "Percent" | "Count" | "Bytes/Second" | "Kilobytes/Second" | "Megabytes/Second" | "Gigabytes/Second" | "Terabytes/Second" | "Bits/Second" | "Kilobits/Second" | "Megabits/Second" | "Gigabits/Second" | "Terabits/Second" | "Count/Second" | "None";

export interface MetricTransformation {
  "metricName": string;
  "metricNamespace": string;
  "metricValue": string;
  "defaultValue"?: number;
  "dimensions"?: Record<string, string>;
  "unit"?: StandardUnit;
}

export interface MetricFilter {
  "filterName"?: string;
  "filterPattern"?: string;
  "metricTransformations"?: Array<MetricTransformation>;
  "creationTime"?: number;
  "logGroupName"?: string;
  "applyOnTransformedLogs"?: boolean;
  "fieldSelectionCriteria"?: string;
  "emitSystemFieldDimensions"?: Array<string>;
}

export interface DescribeMetricFiltersResponse {
  "metricFilters"?: Array<MetricFilter>;
  "nextToken"?: string;
}

export type QueryStatus = "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled" | "Timeout" | "Unknown";

export interface DescribeQueriesRequest {
  "logGroupName"?: string;
  "status"?: QueryStatus;
  "maxResults"?: number;
  "nextToken"?: string;
  "queryLanguage"?: QueryLanguage;
}

export interface QueryInfo {
  "queryLanguage"?: QueryLanguage;
  "queryId"?: string;
  "queryString"?: string;
  "status"?: QueryStatus;
  "createTime"?: number;
  "logGroupName"?: string;
  "queryDuration"?: number;
  "bytesScanned"?: number;
  "userIdentity"?: string;
}

export interface DescribeQueriesResponse {
  "queries"?: Array<QueryInfo>;
  "nextToken"?: string;
}

export interface DescribeQueryDefinitionsRequest {
  "queryLanguage"?: QueryLanguage;
  "queryDefinitionNamePrefix"?: string;
  "maxResults"?: number;
  "nextToken"?: string;
}

export interface QueryParameter {
  "name": string;
  "defaultValue"?: string;
  "description"?: string;
}

export interface QueryDefinition {
  "queryLanguage"?: QueryLanguage;
  "queryDefinitionId"?: string;
  "name"?: string;
  "queryString"?: string;
  "lastModified"?: number;
  "logGroupNames"?: Array<string>;
  "parameters"?: Array<QueryParameter>;
}

export interface DescribeQueryDefinitionsResponse {
  "queryDefinitions"?: Array<QueryDefinition>;
  "nextToken"?: string;
}

export type PolicyScope = "ACCOUNT" | "RESOURCE";

export interface DescribeResourcePoliciesRequest {
  "nextToken"?: string;
  "limit"?: number;
  "resourceArn"?: string;
  "policyScope"?: PolicyScope;
}

export interface ResourcePolicy {
  "policyName"?: string;
  "policyDocument"?: string;
  "lastUpdatedTime"?: number;
  "policyScope"?: PolicyScope;
  "resourceArn"?: string;
  "revisionId"?: string;
}

export interface DescribeResourcePoliciesResponse {
  "resourcePolicies"?: Array<ResourcePolicy>;
  "nextToken"?: string;
}

export interface DescribeSubscriptionFiltersRequest {
  "logGroupName": string;
  "filterNamePrefix"?: string;
  "nextToken"?: string;
  "limit"?: number;
}

export type Distribution = "Random" | "ByLogStream";

export interface SubscriptionFilter {
  "filterName"?: string;
  "logGroupName"?: string;
  "filterPattern"?: string;
  "destinationArn"?: string;
  "roleArn"?: string;
  "distribution"?: Distribution;
  "applyOnTransformedLogs"?: boolean;
  "creationTime"?: number;
  "fieldSelectionCriteria"?: string;
  "emitSystemFields"?: Array<string>;
}

export interface DescribeSubscriptionFiltersResponse {
  "subscriptionFilters"?: Array<SubscriptionFilter>;
  "nextToken"?: string;
}

export interface DisassociateKmsKeyRequest {
  "logGroupName"?: string;
  "resourceIdentifier"?: string;
}

export interface DisassociateSourceFromS3TableIntegrationRequest {
  "identifier": string;
}

export interface DisassociateSourceFromS3TableIntegrationResponse {
  "identifier"?: string;
}

export interface FilterLogEventsRequest {
  "logGroupName"?: string;
  "logGroupIdentifier"?: string;
  "logStreamNames"?: Array<string>;
  "logStreamNamePrefix"?: string;
  "startTime"?: number;
  "endTime"?: number;
  "filterPattern"?: string;
  "nextToken"?: string;
  "limit"?: number;
  "interleaved"?: boolean;
  "unmask"?: boolean;
}

export interface FilteredLogEvent {
  "logStreamName"?: string;
  "timestamp"?: number;
  "message"?: string;
  "ingestionTime"?: number;
  "eventId"?: string;
}

export interface SearchedLogStream {
  "logStreamName"?: string;
  "searchedCompletely"?: boolean;
}

export interface FilterLogEventsResponse {
  "events"?: Array<FilteredLogEvent>;
  "searchedLogStreams"?: Array<SearchedLogStream>;
  "nextToken"?: string;
}

export interface GetDataProtectionPolicyRequest {
  "logGroupIdentifier": string;
}

export interface GetDataProtectionPolicyResponse {
  "logGroupIdentifier"?: string;
  "policyDocument"?: string;
  "lastUpdatedTime"?: number;
}

export interface GetDeliveryRequest {
  "id": string;
}

export interface GetDeliveryResponse {
  "delivery"?: Delivery;
}

export interface GetDeliveryDestinationRequest {
  "name": string;
}

export interface GetDeliveryDestinationResponse {
  "deliveryDestination"?: DeliveryDestination;
}

export interface GetDeliveryDestinationPolicyRequest {
  "deliveryDestinationName": string;
}

export interface Policy {
  "deliveryDestinationPolicy"?: string;
}

export interface GetDeliveryDestinationPolicyResponse {
  "policy"?: Policy;
}

export interface GetDeliverySourceRequest {
  "name": string;
}

export interface GetDeliverySourceResponse {
  "deliverySource"?: DeliverySource;
}

export interface GetIntegrationRequest {
  "integrationName": string;
}

export type IntegrationType = "OPENSEARCH";

export type IntegrationStatus = "PROVISIONING" | "ACTIVE" | "FAILED";

export type OpenSearchResourceStatusType = "ACTIVE" | "NOT_FOUND" | "ERROR";

export interface OpenSearchResourceStatus {
  "status"?: OpenSearchResourceStatusType;
  "statusMessage"?: string;
}

export interface OpenSearchDataSource {
  "dataSourceName"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchApplication {
  "applicationEndpoint"?: string;
  "applicationArn"?: string;
  "applicationId"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchCollection {
  "collectionEndpoint"?: string;
  "collectionArn"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchWorkspace {
  "workspaceId"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchEncryptionPolicy {
  "policyName"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchNetworkPolicy {
  "policyName"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchDataAccessPolicy {
  "policyName"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchLifecyclePolicy {
  "policyName"?: string;
  "status"?: OpenSearchResourceStatus;
}

export interface OpenSearchIntegrationDetails {
  "dataSource"?: OpenSearchDataSource;
  "application"?: OpenSearchApplication;
  "collection"?: OpenSearchCollection;
  "workspace"?: OpenSearchWorkspace;
  "encryptionPolicy"?: OpenSearchEncryptionPolicy;
  "networkPolicy"?: OpenSearchNetworkPolicy;
  "accessPolicy"?: OpenSearchDataAccessPolicy;
  "lifecyclePolicy"?: OpenSearchLifecyclePolicy;
}

export interface IntegrationDetails {
  "openSearchIntegrationDetails"?: OpenSearchIntegrationDetails;
}

export interface GetIntegrationResponse {
  "integrationName"?: string;
  "integrationType"?: IntegrationType;
  "integrationStatus"?: IntegrationStatus;
  "integrationDetails"?: IntegrationDetails;
}

export interface GetLogAnomalyDetectorRequest {
  "anomalyDetectorArn": string;
}

export type AnomalyDetectorStatus = "INITIALIZING" | "TRAINING" | "ANALYZING" | "FAILED" | "DELETED" | "PAUSED";

export interface GetLogAnomalyDetectorResponse {
  "detectorName"?: string;
  "logGroupArnList"?: Array<string>;
  "evaluationFrequency"?: EvaluationFrequency;
  "filterPattern"?: string;
  "anomalyDetectorStatus"?: AnomalyDetectorStatus;
  "kmsKeyId"?: string;
  "creationTimeStamp"?: number;
  "lastModifiedTimeStamp"?: number;
  "anomalyVisibilityTime"?: number;
}

export interface GetLogEventsRequest {
  "logGroupName"?: string;
  "logGroupIdentifier"?: string;
  "logStreamName": string;
  "startTime"?: number;
  "endTime"?: number;
  "nextToken"?: string;
  "limit"?: number;
  "startFromHead"?: boolean;
  "unmask"?: boolean;
}

export interface OutputLogEvent {
  "timestamp"?: number;
  "message"?: string;
  "ingestionTime"?: number;
}

export interface GetLogEventsResponse {
  "events"?: Array<OutputLogEvent>;
  "nextForwardToken"?: string;
  "nextBackwardToken"?: string;
}

export interface GetLogFieldsRequest {
  "dataSourceName": string;
  "dataSourceType": string;
}

export interface LogFieldType {
  "type"?: string;
  "element"?: LogFieldType;
  "fields"?: Array<LogFieldsListItem>;
}

export interface LogFieldsListItem {
  "logFieldName"?: string;
  "logFieldType"?: LogFieldType;
}

export interface GetLogFieldsResponse {
  "logFields"?: Array<LogFieldsListItem>;
}

export interface GetLogGroupFieldsRequest {
  "logGroupName"?: string;
  "time"?: number;
  "logGroupIdentifier"?: string;
}

export interface LogGroupField {
  "name"?: string;
  "percent"?: number;
}

export interface GetLogGroupFieldsResponse {
  "logGroupFields"?: Array<LogGroupField>;
}

export interface GetLogObjectRequest {
  "unmask"?: boolean;
  "logObjectPointer": string;
}

export interface FieldsData {
  "data"?: Uint8Array;
}

export interface InternalStreamingException {
  "message"?: string;
}

export interface GetLogObjectResponseStream {
  "fields"?: FieldsData;
  "InternalStreamingException"?: InternalStreamingException;
}

export interface GetLogObjectResponse {
  "fieldStream"?: GetLogObjectResponseStream;
}

export interface GetLogRecordRequest {
  "logRecordPointer": string;
  "unmask"?: boolean;
}

export interface GetLogRecordResponse {
  "logRecord"?: Record<string, string>;
}

export interface GetLookupTableRequest {
  "lookupTableArn": string;
}

export interface GetLookupTableResponse {
  "lookupTableArn"?: string;
  "lookupTableName"?: string;
  "description"?: string;
  "tableBody"?: string;
  "sizeBytes"?: number;
  "lastUpdatedTime"?: number;
  "kmsKeyId"?: string;
}

export interface GetQueryResultsRequest {
  "queryId": string;
  "nextToken"?: string;
  "maxItems"?: number;
}

export interface ResultField {
  "field"?: string;
  "value"?: string;
}

export interface QueryStatistics {
  "recordsMatched"?: number;
  "recordsScanned"?: number;
  "estimatedRecordsSkipped"?: number;
  "bytesScanned"?: number;
  "estimatedBytesSkipped"?: number;
  "logGroupsScanned"?: number;
}

export interface GetQueryResultsResponse {
  "queryLanguage"?: QueryLanguage;
  "results"?: Array<Array<ResultField>>;
  "statistics"?: QueryStatistics;
  "status"?: QueryStatus;
  "encryptionKey"?: string;
  "nextToken"?: string;
}

export interface GetScheduledQueryRequest {
  "identifier": string;
}

export type ExecutionStatus = "Running" | "InvalidQuery" | "Complete" | "Failed" | "Timeout";

export interface GetScheduledQueryResponse {
  "scheduledQueryArn"?: string;
  "name"?: string;
  "description"?: string;
  "queryLanguage"?: QueryLanguage;
  "queryString"?: string;
  "logGroupIdentifiers"?: Array<string>;
  "scheduleExpression"?: string;
  "timezone"?: string;
  "startTimeOffset"?: number;
  "destinationConfiguration"?: DestinationConfiguration;
  "state"?: ScheduledQueryState;
  "lastTriggeredTime"?: number;
  "lastExecutionStatus"?: ExecutionStatus;
  "scheduleStartTime"?: number;
  "scheduleEndTime"?: number;
  "executionRoleArn"?: string;
  "creationTime"?: number;
  "lastUpdatedTime"?: number;
}

export interface GetScheduledQueryHistoryRequest {
  "identifier": string;
  "startTime": number;
  "endTime": number;
  "executionStatuses"?: Array<ExecutionStatus>;
  "maxResults"?: number;
  "nextToken"?: string;
}

export type ScheduledQueryDestinationType = "S3";

export type ActionStatus = "IN_PROGRESS" | "CLIENT_ERROR" | "FAILED" | "COMPLETE";

export interface ScheduledQueryDestination {
  "destinationType"?: ScheduledQueryDestinationType;
  "destinationIdentifier"?: string;
  "status"?: ActionStatus;
  "processedIdentifier"?: string;
  "errorMessage"?: string;
}

export interface TriggerHistoryRecord {
  "queryId"?: string;
  "executionStatus"?: ExecutionStatus;
  "triggeredTimestamp"?: number;
  "errorMessage"?: string;
  "destinations"?: Array<ScheduledQueryDestination>;
}

export interface GetScheduledQueryHistoryResponse {
  "name"?: string;
  "scheduledQueryArn"?: string;
  "triggerHistory"?: Array<TriggerHistoryRecord>;
  "nextToken"?: string;
}

export interface GetTransformerRequest {
  "logGroupIdentifier": string;
}

export interface AddKeyEntry {
  "key": string;
  "value": string;
  "overwriteIfExists"?: boolean;
}

export interface AddKeys {
  "entries": Array<AddKeyEntry>;
}

export interface CopyValueEntry {
  "source": string;
  "target": string;
  "overwriteIfExists"?: boolean;
}

export interface CopyValue {
  "entries": Array<CopyValueEntry>;
}

export interface CSV {
  "quoteCharacter"?: string;
  "delimiter"?: string;
  "columns"?: Array<string>;
  "source"?: string;
  "destination"?: string;
}

export interface DateTimeConverter {
  "source": string;
  "target": string;
  "targetFormat"?: string;
  "matchPatterns": Array<string>;
  "sourceTimezone"?: string;
  "targetTimezone"?: string;
  "locale"?: string;
}

export interface DeleteKeys {
  "withKeys": Array<string>;
}

export interface Grok {
  "source"?: string;
  "match": string;
}

export type FlattenedElement = "first" | "last";

export interface ListToMap {
  "source": string;
  "key": string;
  "valueKey"?: string;
  "target"?: string;
  "flatten"?: boolean;
  "flattenedElement"?: FlattenedElement;
}

export interface LowerCaseString {
  "withKeys": Array<string>;
}

export interface MoveKeyEntry {
  "source": string;
  "target": string;
  "overwriteIfExists"?: boolean;
}

export interface MoveKeys {
  "entries": Array<MoveKeyEntry>;
}

export interface ParseCloudfront {
  "source"?: string;
}

export interface ParseJSON {
  "source"?: string;
  "destination"?: string;
}

export interface ParseKeyValue {
  "source"?: string;
  "destination"?: string;
  "fieldDelimiter"?: string;
  "keyValueDelimiter"?: string;
  "keyPrefix"?: string;
  "nonMatchValue"?: string;
  "overwriteIfExists"?: boolean;
}

export interface ParseRoute53 {
  "source"?: string;
}

export type EventSource = "CloudTrail" | "Route53Resolver" | "VPCFlow" | "EKSAudit" | "AWSWAF";

export type OCSFVersion = "V1.1" | "V1.5";

export interface ParseToOCSF {
  "source"?: string;
  "eventSource": EventSource;
  "ocsfVersion": OCSFVersion;
  "mappingVersion"?: string;
}

export interface ParsePostgres {
  "source"?: string;
}

export interface ParseVPC {
  "source"?: string;
}

export interface ParseWAF {
  "source"?: string;
}

export interface RenameKeyEntry {
  "key": string;
  "renameTo": string;
  "overwriteIfExists"?: boolean;
}

export interface RenameKeys {
  "entries": Array<RenameKeyEntry>;
}

export interface SplitStringEntry {
  "source": string;
  "delimiter": string;
}

export interface SplitString {
  "entries": Array<SplitStringEntry>;
}

export interface SubstituteStringEntry {
  "source": string;
  "from": string;
  "to": string;
}

export interface SubstituteString {
  "entries": Array<SubstituteStringEntry>;
}

export interface TrimString {
  "withKeys": Array<string>;
}

export type Type = "boolean" | "integer" | "double" | "string";

export interface TypeConverterEntry {
  "key": string;
  "type": Type;
}

export interface TypeConverter {
  "entries": Array<TypeConverterEntry>;
}

export interface UpperCaseString {
  "withKeys": Array<string>;
}

export interface Processor {
  "addKeys"?: AddKeys;
  "copyValue"?: CopyValue;
  "csv"?: CSV;
  "dateTimeConverter"?: DateTimeConverter;
  "deleteKeys"?: DeleteKeys;
  "grok"?: Grok;
  "listToMap"?: ListToMap;
  "lowerCaseString"?: LowerCaseString;
  "moveKeys"?: MoveKeys;
  "parseCloudfront"?: ParseCloudfront;
  "parseJSON"?: ParseJSON;
  "parseKeyValue"?: ParseKeyValue;
  "parseRoute53"?: ParseRoute53;
  "parseToOCSF"?: ParseToOCSF;
  "parsePostgres"?: ParsePostgres;
  "parseVPC"?: ParseVPC;
  "parseWAF"?: ParseWAF;
  "renameKeys"?: RenameKeys;
  "splitString"?: SplitString;
  "substituteString"?: SubstituteString;
  "trimString"?: TrimString;
  "typeConverter"?: TypeConverter;
  "upperCaseString"?: UpperCaseString;
}

export interface GetTransformerResponse {
  "logGroupIdentifier"?: string;
  "creationTime"?: number;
  "lastModifiedTime"?: number;
  "transformerConfig"?: Array<Processor>;
}

export interface DataSourceFilter {
  "name": string;
  "type"?: string;
}

export type ListAggregateLogGroupSummariesGroupBy = "DATA_SOURCE_NAME_TYPE_AND_FORMAT" | "DATA_SOURCE_NAME_AND_TYPE";

export interface ListAggregateLogGroupSummariesRequest {
  "accountIdentifiers"?: Array<string>;
  "includeLinkedAccounts"?: boolean;
  "logGroupClass"?: LogGroupClass;
  "logGroupNamePattern"?: string;
  "dataSources"?: Array<DataSourceFilter>;
  "groupBy": ListAggregateLogGroupSummariesGroupBy;
  "nextToken"?: string;
  "limit"?: number;
}

export interface GroupingIdentifier {
  "key"?: string;
  "value"?: string;
}

export interface AggregateLogGroupSummary {
  "logGroupCount"?: number;
  "groupingIdentifiers"?: Array<GroupingIdentifier>;
}

export interface ListAggregateLogGroupSummariesResponse {
  "aggregateLogGroupSummaries"?: Array<AggregateLogGroupSummary>;
  "nextToken"?: string;
}

export type SuppressionState = "SUPPRESSED" | "UNSUPPRESSED";

export interface ListAnomaliesRequest {
  "anomalyDetectorArn"?: string;
  "suppressionState"?: SuppressionState;
  "limit"?: number;
  "nextToken"?: string;
}

export type State = "Active" | "Suppressed" | "Baseline";

export interface LogEvent {
  "timestamp"?: number;
  "message"?: string;
}

export interface PatternToken {
  "dynamicTokenPosition"?: number;
  "isDynamic"?: boolean;
  "tokenString"?: string;
  "enumerations"?: Record<string, number>;
  "inferredTokenName"?: string;
}

export interface Anomaly {
  "anomalyId": string;
  "patternId": string;
  "anomalyDetectorArn": string;
  "patternString": string;
  "patternRegex"?: string;
  "priority"?: string;
  "firstSeen": number;
  "lastSeen": number;
  "description": string;
  "active": boolean;
  "state": State;
  "histogram": Record<string, number>;
  "logSamples": Array<LogEvent>;
  "patternTokens": Array<PatternToken>;
  "logGroupArnList": Array<string>;
  "suppressed"?: boolean;
  "suppressedDate"?: number;
  "suppressedUntil"?: number;
  "isPatternLevelSuppression"?: boolean;
}

export interface ListAnomaliesResponse {
  "anomalies"?: Array<Anomaly>;
  "nextToken"?: string;
}

export interface ListIntegrationsRequest {
  "integrationNamePrefix"?: string;
  "integrationType"?: IntegrationType;
  "integrationStatus"?: IntegrationStatus;
}

export interface IntegrationSummary {
  "integrationName"?: string;
  "integrationType"?: IntegrationType;
  "integrationStatus"?: IntegrationStatus;
}

export interface ListIntegrationsResponse {
  "integrationSummaries"?: Array<IntegrationSummary>;
}

export interface ListLogAnomalyDetectorsRequest {
  "filterLogGroupArn"?: string;
  "limit"?: number;
  "nextToken"?: string;
}

export interface AnomalyDetector {
  "anomalyDetectorArn"?: string;
  "detectorName"?: string;
  "logGroupArnList"?: Array<string>;
  "evaluationFrequency"?: EvaluationFrequency;
  "filterPattern"?: string;
  "anomalyDetectorStatus"?: AnomalyDetectorStatus;
  "kmsKeyId"?: string;
  "creationTimeStamp"?: number;
  "lastModifiedTimeStamp"?: number;
  "anomalyVisibilityTime"?: number;
}

export interface ListLogAnomalyDetectorsResponse {
  "anomalyDetectors"?: Array<AnomalyDetector>;
  "nextToken"?: string;
}

export interface TagFilter {
  "key": string;
  "values"?: Array<string>;
}

export interface ListLogGroupsRequest {
  "logGroupNamePattern"?: string;
  "logGroupClass"?: LogGroupClass;
  "includeLinkedAccounts"?: boolean;
  "accountIdentifiers"?: Array<string>;
  "nextToken"?: string;
  "limit"?: number;
  "dataSources"?: Array<DataSourceFilter>;
  "fieldIndexNames"?: Array<string>;
  "logGroupTags"?: Array<TagFilter>;
}

export interface LogGroupSummary {
  "logGroupName"?: string;
  "logGroupArn"?: string;
  "logGroupClass"?: LogGroupClass;
}

export interface ListLogGroupsResponse {
  "logGroups"?: Array<LogGroupSummary>;
  "nextToken"?: string;
}

export interface ListLogGroupsForQueryRequest {
  "queryId": string;
  "nextToken"?: string;
  "maxResults"?: number;
}

export interface ListLogGroupsForQueryResponse {
  "logGroupIdentifiers"?: Array<string>;
  "nextToken"?: string;
}

export interface ListScheduledQueriesRequest {
  "maxResults"?: number;
  "nextToken"?: string;
  "state"?: ScheduledQueryState;
}

export interface ScheduledQuerySummary {
  "scheduledQueryArn"?: string;
  "name"?: string;
  "state"?: ScheduledQueryState;
  "lastTriggeredTime"?: number;
  "lastExecutionStatus"?: ExecutionStatus;
  "scheduleExpression"?: string;
  "timezone"?: string;
  "destinationConfiguration"?: DestinationConfiguration;
  "creationTime"?: number;
  "lastUpdatedTime"?: number;
}

export interface ListScheduledQueriesResponse {
  "nextToken"?: string;
  "scheduledQueries"?: Array<ScheduledQuerySummary>;
}

export interface ListSourcesForS3TableIntegrationRequest {
  "integrationArn": string;
  "maxResults"?: number;
  "nextToken"?: string;
}

export type S3TableIntegrationSourceStatus = "ACTIVE" | "UNHEALTHY" | "FAILED" | "DATA_SOURCE_DELETE_IN_PROGRESS";

export interface S3TableIntegrationSource {
  "identifier"?: string;
  "dataSource"?: DataSource;
  "status"?: S3TableIntegrationSourceStatus;
  "statusReason"?: string;
  "createdTimeStamp"?: number;
  "parentSourceIdentifier"?: string;
}

export interface ListSourcesForS3TableIntegrationResponse {
  "sources"?: Array<S3TableIntegrationSource>;
  "nextToken"?: string;
}

export interface ListTagsForResourceRequest {
  "resourceArn": string;
}

export interface ListTagsForResourceResponse {
  "tags"?: Record<string, string>;
}

export interface ListTagsLogGroupRequest {
  "logGroupName": string;
}

export interface ListTagsLogGroupResponse {
  "tags"?: Record<string, string>;
}

export interface PutAccountPolicyRequest {
  "policyName": string;
  "policyDocument": string;
  "policyType": PolicyType;
  "scope"?: Scope;
  "selectionCriteria"?: string;
}

export interface PutAccountPolicyResponse {
  "accountPolicy"?: AccountPolicy;
}

export interface PutBearerTokenAuthenticationRequest {
  "logGroupIdentifier": string;
  "bearerTokenAuthenticationEnabled": boolean;
}

export interface PutDataProtectionPolicyRequest {
  "logGroupIdentifier": string;
  "policyDocument": string;
}

export interface PutDataProtectionPolicyResponse {
  "logGroupIdentifier"?: string;
  "policyDocument"?: string;
  "lastUpdatedTime"?: number;
}

export interface PutDeliveryDestinationRequest {
  "name": string;
  "outputFormat"?: OutputFormat;
  "deliveryDestinationConfiguration"?: DeliveryDestinationConfiguration;
  "deliveryDestinationType"?: DeliveryDestinationType;
  "tags"?: Record<string, string>;
}

export interface PutDeliveryDestinationResponse {
  "deliveryDestination"?: DeliveryDestination;
}

export interface PutDeliveryDestinationPolicyRequest {
  "deliveryDestinationName": string;
  "deliveryDestinationPolicy": string;
}

export interface PutDeliveryDestinationPolicyResponse {
  "policy"?: Policy;
}

export interface PutDeliverySourceRequest {
  "name": string;
  "resourceArn": string;
  "logType": string;
  "tags"?: Record<string, string>;
  "deliverySourceConfiguration"?: Record<string, string>;
}

export interface PutDeliverySourceResponse {
  "deliverySource"?: DeliverySource;
}

export interface PutDestinationRequest {
  "destinationName": string;
  "targetArn": string;
  "roleArn": string;
  "tags"?: Record<string, string>;
}

export interface PutDestinationResponse {
  "destination"?: Destination;
}

export interface PutDestinationPolicyRequest {
  "destinationName": string;
  "accessPolicy": string;
  "forceUpdate"?: boolean;
}

export interface PutIndexPolicyRequest {
  "logGroupIdentifier": string;
  "policyDocument": string;
}

export interface PutIndexPolicyResponse {
  "indexPolicy"?: IndexPolicy;
}

export interface OpenSearchResourceConfig {
  "kmsKeyArn"?: string;
  "dataSourceRoleArn": string;
  "dashboardViewerPrincipals": Array<string>;
  "applicationArn"?: string;
  "retentionDays": number;
}

export interface ResourceConfig {
  "openSearchResourceConfig"?: OpenSearchResourceConfig;
}

export interface PutIntegrationRequest {
  "integrationName": string;
  "resourceConfig": ResourceConfig;
  "integrationType": IntegrationType;
}

export interface PutIntegrationResponse {
  "integrationName"?: string;
  "integrationStatus"?: IntegrationStatus;
}

export interface InputLogEvent {
  "timestamp": number;
  "message": string;
}

export interface Entity {
  "keyAttributes"?: Record<string, string>;
  "attributes"?: Record<string, string>;
}

export interface PutLogEventsRequest {
  "logGroupName": string;
  "logStreamName": string;
  "logEvents": Array<InputLogEvent>;
  "sequenceToken"?: string;
  "entity"?: Entity;
}

export interface RejectedLogEventsInfo {
  "tooNewLogEventStartIndex"?: number;
  "tooOldLogEventEndIndex"?: number;
  "expiredLogEventEndIndex"?: number;
}

export type EntityRejectionErrorType = "InvalidEntity" | "InvalidTypeValue" | "InvalidKeyAttributes" | "InvalidAttributes" | "EntitySizeTooLarge" | "UnsupportedLogGroupType" | "MissingRequiredFields";

export interface RejectedEntityInfo {
  "errorType": EntityRejectionErrorType;
}

export interface PutLogEventsResponse {
  "nextSequenceToken"?: string;
  "rejectedLogEventsInfo"?: RejectedLogEventsInfo;
  "rejectedEntityInfo"?: RejectedEntityInfo;
}

export interface PutLogGroupDeletionProtectionRequest {
  "logGroupIdentifier": string;
  "deletionProtectionEnabled": boolean;
}

export interface PutMetricFilterRequest {
  "logGroupName": string;
  "filterName": string;
  "filterPattern": string;
  "metricTransformations": Array<MetricTransformation>;
  "applyOnTransformedLogs"?: boolean;
  "fieldSelectionCriteria"?: string;
  "emitSystemFieldDimensions"?: Array<string>;
}

export interface PutQueryDefinitionRequest {
  "queryLanguage"?: QueryLanguage;
  "name": string;
  "queryDefinitionId"?: string;
  "logGroupNames"?: Array<string>;
  "queryString": string;
  "clientToken"?: string;
  "parameters"?: Array<QueryParameter>;
}

export interface PutQueryDefinitionResponse {
  "queryDefinitionId"?: string;
}

export interface PutResourcePolicyRequest {
  "policyName"?: string;
  "policyDocument"?: string;
  "resourceArn"?: string;
  "expectedRevisionId"?: string;
}

export interface PutResourcePolicyResponse {
  "resourcePolicy"?: ResourcePolicy;
  "revisionId"?: string;
}

export interface PutRetentionPolicyRequest {
  "logGroupName": string;
  "retentionInDays": number;
}

export interface PutSubscriptionFilterRequest {
  "logGroupName": string;
  "filterName": string;
  "filterPattern": string;
  "destinationArn": string;
  "roleArn"?: string;
  "distribution"?: Distribution;
  "applyOnTransformedLogs"?: boolean;
  "fieldSelectionCriteria"?: string;
  "emitSystemFields"?: Array<string>;
}

export interface PutTransformerRequest {
  "logGroupIdentifier": string;
  "transformerConfig": Array<Processor>;
}

export interface StartLiveTailRequest {
  "logGroupIdentifiers": Array<string>;
  "logStreamNames"?: Array<string>;
  "logStreamNamePrefixes"?: Array<string>;
  "logEventFilterPattern"?: string;
}

export interface LiveTailSessionStart {
  "requestId"?: string;
  "sessionId"?: string;
  "logGroupIdentifiers"?: Array<string>;
  "logStreamNames"?: Array<string>;
  "logStreamNamePrefixes"?: Array<string>;
  "logEventFilterPattern"?: string;
}

export interface LiveTailSessionMetadata {
  "sampled"?: boolean;
}

export interface LiveTailSessionLogEvent {
  "logStreamName"?: string;
  "logGroupIdentifier"?: string;
  "message"?: string;
  "timestamp"?: number;
  "ingestionTime"?: number;
}

export interface LiveTailSessionUpdate {
  "sessionMetadata"?: LiveTailSessionMetadata;
  "sessionResults"?: Array<LiveTailSessionLogEvent>;
}

export interface SessionTimeoutException {
  "message"?: string;
}

export interface SessionStreamingException {
  "message"?: string;
}

export interface StartLiveTailResponseStream {
  "sessionStart"?: LiveTailSessionStart;
  "sessionUpdate"?: LiveTailSessionUpdate;
  "SessionTimeoutException"?: SessionTimeoutException;
  "SessionStreamingException"?: SessionStreamingException;
}

export interface StartLiveTailResponse {
  "responseStream"?: StartLiveTailResponseStream;
}

export interface StartQueryRequest {
  "queryLanguage"?: QueryLanguage;
  "logGroupName"?: string;
  "logGroupNames"?: Array<string>;
  "logGroupIdentifiers"?: Array<string>;
  "startTime": number;
  "endTime": number;
  "queryString": string;
  "limit"?: number;
}

export interface StartQueryResponse {
  "queryId"?: string;
}

export interface StopQueryRequest {
  "queryId": string;
}

export interface StopQueryResponse {
  "success"?: boolean;
}

export interface TagLogGroupRequest {
  "logGroupName": string;
  "tags": Record<string, string>;
}

export interface TagResourceRequest {
  "resourceArn": string;
  "tags": Record<string, string>;
}

export interface TestMetricFilterRequest {
  "filterPattern": string;
  "logEventMessages": Array<string>;
}

export interface MetricFilterMatchRecord {
  "eventNumber"?: number;
  "eventMessage"?: string;
  "extractedValues"?: Record<string, string>;
}

export interface TestMetricFilterResponse {
  "matches"?: Array<MetricFilterMatchRecord>;
}

export interface TestTransformerRequest {
  "transformerConfig": Array<Processor>;
  "logEventMessages": Array<string>;
}

export interface TransformedLogRecord {
  "eventNumber"?: number;
  "eventMessage"?: string;
  "transformedEventMessage"?: string;
}

export interface TestTransformerResponse {
  "transformedLogs"?: Array<TransformedLogRecord>;
}

export interface UntagLogGroupRequest {
  "logGroupName": string;
  "tags": Array<string>;
}

export interface UntagResourceRequest {
  "resourceArn": string;
  "tagKeys": Array<string>;
}

export type SuppressionType = "LIMITED" | "INFINITE";

export type SuppressionUnit = "SECONDS" | "MINUTES" | "HOURS";

export interface SuppressionPeriod {
  "value"?: number;
  "suppressionUnit"?: SuppressionUnit;
}

export interface UpdateAnomalyRequest {
  "anomalyId"?: string;
  "patternId"?: string;
  "anomalyDetectorArn": string;
  "suppressionType"?: SuppressionType;
  "suppressionPeriod"?: SuppressionPeriod;
  "baseline"?: boolean;
}

export interface UpdateDeliveryConfigurationRequest {
  "id": string;
  "recordFields"?: Array<string>;
  "fieldDelimiter"?: string;
  "s3DeliveryConfiguration"?: S3DeliveryConfiguration;
}

export interface UpdateDeliveryConfigurationResponse {

}

export interface UpdateLogAnomalyDetectorRequest {
  "anomalyDetectorArn": string;
  "evaluationFrequency"?: EvaluationFrequency;
  "filterPattern"?: string;
  "anomalyVisibilityTime"?: number;
  "enabled": boolean;
}

export interface UpdateLookupTableRequest {
  "lookupTableArn": string;
  "description"?: string;
  "tableBody": string;
  "kmsKeyId"?: string;
}

export interface UpdateLookupTableResponse {
  "lookupTableArn"?: string;
  "lastUpdatedTime"?: number;
}

export interface UpdateScheduledQueryRequest {
  "identifier": string;
  "description"?: string;
  "queryLanguage": QueryLanguage;
  "queryString": string;
  "logGroupIdentifiers"?: Array<string>;
  "scheduleExpression": string;
  "timezone"?: string;
  "startTimeOffset"?: number;
  "destinationConfiguration"?: DestinationConfiguration;
  "scheduleStartTime"?: number;
  "scheduleEndTime"?: number;
  "executionRoleArn": string;
  "state"?: ScheduledQueryState;
}

export interface UpdateScheduledQueryResponse {
  "scheduledQueryArn"?: string;
  "name"?: string;
  "description"?: string;
  "queryLanguage"?: QueryLanguage;
  "queryString"?: string;
  "logGroupIdentifiers"?: Array<string>;
  "scheduleExpression"?: string;
  "timezone"?: string;
  "startTimeOffset"?: number;
  "destinationConfiguration"?: DestinationConfiguration;
  "state"?: ScheduledQueryState;
  "lastTriggeredTime"?: number;
  "lastExecutionStatus"?: ExecutionStatus;
  "scheduleStartTime"?: number;
  "scheduleEndTime"?: number;
  "executionRoleArn"?: string;
  "creationTime"?: number;
  "lastUpdatedTime"?: number;
}

/** Every operation of the CloudWatch Logs model; a provider implements the ones Nimbus serves. */
export interface LogsOperations {
  associateKmsKey(input: AssociateKmsKeyRequest, context: CallContext): Promise<void>;
  associateSourceToS3TableIntegration(input: AssociateSourceToS3TableIntegrationRequest, context: CallContext): Promise<AssociateSourceToS3TableIntegrationResponse>;
  cancelExportTask(input: CancelExportTaskRequest, context: CallContext): Promise<void>;
  cancelImportTask(input: CancelImportTaskRequest, context: CallContext): Promise<CancelImportTaskResponse>;
  createDelivery(input: CreateDeliveryRequest, context: CallContext): Promise<CreateDeliveryResponse>;
  createExportTask(input: CreateExportTaskRequest, context: CallContext): Promise<CreateExportTaskResponse>;
  createImportTask(input: CreateImportTaskRequest, context: CallContext): Promise<CreateImportTaskResponse>;
  createLogAnomalyDetector(input: CreateLogAnomalyDetectorRequest, context: CallContext): Promise<CreateLogAnomalyDetectorResponse>;
  createLogGroup(input: CreateLogGroupRequest, context: CallContext): Promise<void>;
  createLogStream(input: CreateLogStreamRequest, context: CallContext): Promise<void>;
  createLookupTable(input: CreateLookupTableRequest, context: CallContext): Promise<CreateLookupTableResponse>;
  createScheduledQuery(input: CreateScheduledQueryRequest, context: CallContext): Promise<CreateScheduledQueryResponse>;
  deleteAccountPolicy(input: DeleteAccountPolicyRequest, context: CallContext): Promise<void>;
  deleteDataProtectionPolicy(input: DeleteDataProtectionPolicyRequest, context: CallContext): Promise<void>;
  deleteDelivery(input: DeleteDeliveryRequest, context: CallContext): Promise<void>;
  deleteDeliveryDestination(input: DeleteDeliveryDestinationRequest, context: CallContext): Promise<void>;
  deleteDeliveryDestinationPolicy(input: DeleteDeliveryDestinationPolicyRequest, context: CallContext): Promise<void>;
  deleteDeliverySource(input: DeleteDeliverySourceRequest, context: CallContext): Promise<void>;
  deleteDestination(input: DeleteDestinationRequest, context: CallContext): Promise<void>;
  deleteIndexPolicy(input: DeleteIndexPolicyRequest, context: CallContext): Promise<DeleteIndexPolicyResponse>;
  deleteIntegration(input: DeleteIntegrationRequest, context: CallContext): Promise<DeleteIntegrationResponse>;
  deleteLogAnomalyDetector(input: DeleteLogAnomalyDetectorRequest, context: CallContext): Promise<void>;
  deleteLogGroup(input: DeleteLogGroupRequest, context: CallContext): Promise<void>;
  deleteLogStream(input: DeleteLogStreamRequest, context: CallContext): Promise<void>;
  deleteLookupTable(input: DeleteLookupTableRequest, context: CallContext): Promise<void>;
  deleteMetricFilter(input: DeleteMetricFilterRequest, context: CallContext): Promise<void>;
  deleteQueryDefinition(input: DeleteQueryDefinitionRequest, context: CallContext): Promise<DeleteQueryDefinitionResponse>;
  deleteResourcePolicy(input: DeleteResourcePolicyRequest, context: CallContext): Promise<void>;
  deleteRetentionPolicy(input: DeleteRetentionPolicyRequest, context: CallContext): Promise<void>;
  deleteScheduledQuery(input: DeleteScheduledQueryRequest, context: CallContext): Promise<DeleteScheduledQueryResponse>;
  deleteSubscriptionFilter(input: DeleteSubscriptionFilterRequest, context: CallContext): Promise<void>;
  deleteTransformer(input: DeleteTransformerRequest, context: CallContext): Promise<void>;
  describeAccountPolicies(input: DescribeAccountPoliciesRequest, context: CallContext): Promise<DescribeAccountPoliciesResponse>;
  describeConfigurationTemplates(input: DescribeConfigurationTemplatesRequest, context: CallContext): Promise<DescribeConfigurationTemplatesResponse>;
  describeDeliveries(input: DescribeDeliveriesRequest, context: CallContext): Promise<DescribeDeliveriesResponse>;
  describeDeliveryDestinations(input: DescribeDeliveryDestinationsRequest, context: CallContext): Promise<DescribeDeliveryDestinationsResponse>;
  describeDeliverySources(input: DescribeDeliverySourcesRequest, context: CallContext): Promise<DescribeDeliverySourcesResponse>;
  describeDestinations(input: DescribeDestinationsRequest, context: CallContext): Promise<DescribeDestinationsResponse>;
  describeExportTasks(input: DescribeExportTasksRequest, context: CallContext): Promise<DescribeExportTasksResponse>;
  describeFieldIndexes(input: DescribeFieldIndexesRequest, context: CallContext): Promise<DescribeFieldIndexesResponse>;
  describeImportTaskBatches(input: DescribeImportTaskBatchesRequest, context: CallContext): Promise<DescribeImportTaskBatchesResponse>;
  describeImportTasks(input: DescribeImportTasksRequest, context: CallContext): Promise<DescribeImportTasksResponse>;
  describeIndexPolicies(input: DescribeIndexPoliciesRequest, context: CallContext): Promise<DescribeIndexPoliciesResponse>;
  describeLogGroups(input: DescribeLogGroupsRequest, context: CallContext): Promise<DescribeLogGroupsResponse>;
  describeLogStreams(input: DescribeLogStreamsRequest, context: CallContext): Promise<DescribeLogStreamsResponse>;
  describeLookupTables(input: DescribeLookupTablesRequest, context: CallContext): Promise<DescribeLookupTablesResponse>;
  describeMetricFilters(input: DescribeMetricFiltersRequest, context: CallContext): Promise<DescribeMetricFiltersResponse>;
  describeQueries(input: DescribeQueriesRequest, context: CallContext): Promise<DescribeQueriesResponse>;
  describeQueryDefinitions(input: DescribeQueryDefinitionsRequest, context: CallContext): Promise<DescribeQueryDefinitionsResponse>;
  describeResourcePolicies(input: DescribeResourcePoliciesRequest, context: CallContext): Promise<DescribeResourcePoliciesResponse>;
  describeSubscriptionFilters(input: DescribeSubscriptionFiltersRequest, context: CallContext): Promise<DescribeSubscriptionFiltersResponse>;
  disassociateKmsKey(input: DisassociateKmsKeyRequest, context: CallContext): Promise<void>;
  disassociateSourceFromS3TableIntegration(input: DisassociateSourceFromS3TableIntegrationRequest, context: CallContext): Promise<DisassociateSourceFromS3TableIntegrationResponse>;
  filterLogEvents(input: FilterLogEventsRequest, context: CallContext): Promise<FilterLogEventsResponse>;
  getDataProtectionPolicy(input: GetDataProtectionPolicyRequest, context: CallContext): Promise<GetDataProtectionPolicyResponse>;
  getDelivery(input: GetDeliveryRequest, context: CallContext): Promise<GetDeliveryResponse>;
  getDeliveryDestination(input: GetDeliveryDestinationRequest, context: CallContext): Promise<GetDeliveryDestinationResponse>;
  getDeliveryDestinationPolicy(input: GetDeliveryDestinationPolicyRequest, context: CallContext): Promise<GetDeliveryDestinationPolicyResponse>;
  getDeliverySource(input: GetDeliverySourceRequest, context: CallContext): Promise<GetDeliverySourceResponse>;
  getIntegration(input: GetIntegrationRequest, context: CallContext): Promise<GetIntegrationResponse>;
  getLogAnomalyDetector(input: GetLogAnomalyDetectorRequest, context: CallContext): Promise<GetLogAnomalyDetectorResponse>;
  getLogEvents(input: GetLogEventsRequest, context: CallContext): Promise<GetLogEventsResponse>;
  getLogFields(input: GetLogFieldsRequest, context: CallContext): Promise<GetLogFieldsResponse>;
  getLogGroupFields(input: GetLogGroupFieldsRequest, context: CallContext): Promise<GetLogGroupFieldsResponse>;
  getLogObject(input: GetLogObjectRequest, context: CallContext): Promise<GetLogObjectResponse>;
  getLogRecord(input: GetLogRecordRequest, context: CallContext): Promise<GetLogRecordResponse>;
  getLookupTable(input: GetLookupTableRequest, context: CallContext): Promise<GetLookupTableResponse>;
  getQueryResults(input: GetQueryResultsRequest, context: CallContext): Promise<GetQueryResultsResponse>;
  getScheduledQuery(input: GetScheduledQueryRequest, context: CallContext): Promise<GetScheduledQueryResponse>;
  getScheduledQueryHistory(input: GetScheduledQueryHistoryRequest, context: CallContext): Promise<GetScheduledQueryHistoryResponse>;
  getTransformer(input: GetTransformerRequest, context: CallContext): Promise<GetTransformerResponse>;
  listAggregateLogGroupSummaries(input: ListAggregateLogGroupSummariesRequest, context: CallContext): Promise<ListAggregateLogGroupSummariesResponse>;
  listAnomalies(input: ListAnomaliesRequest, context: CallContext): Promise<ListAnomaliesResponse>;
  listIntegrations(input: ListIntegrationsRequest, context: CallContext): Promise<ListIntegrationsResponse>;
  listLogAnomalyDetectors(input: ListLogAnomalyDetectorsRequest, context: CallContext): Promise<ListLogAnomalyDetectorsResponse>;
  listLogGroups(input: ListLogGroupsRequest, context: CallContext): Promise<ListLogGroupsResponse>;
  listLogGroupsForQuery(input: ListLogGroupsForQueryRequest, context: CallContext): Promise<ListLogGroupsForQueryResponse>;
  listScheduledQueries(input: ListScheduledQueriesRequest, context: CallContext): Promise<ListScheduledQueriesResponse>;
  listSourcesForS3TableIntegration(input: ListSourcesForS3TableIntegrationRequest, context: CallContext): Promise<ListSourcesForS3TableIntegrationResponse>;
  listTagsForResource(input: ListTagsForResourceRequest, context: CallContext): Promise<ListTagsForResourceResponse>;
  listTagsLogGroup(input: ListTagsLogGroupRequest, context: CallContext): Promise<ListTagsLogGroupResponse>;
  putAccountPolicy(input: PutAccountPolicyRequest, context: CallContext): Promise<PutAccountPolicyResponse>;
  putBearerTokenAuthentication(input: PutBearerTokenAuthenticationRequest, context: CallContext): Promise<void>;
  putDataProtectionPolicy(input: PutDataProtectionPolicyRequest, context: CallContext): Promise<PutDataProtectionPolicyResponse>;
  putDeliveryDestination(input: PutDeliveryDestinationRequest, context: CallContext): Promise<PutDeliveryDestinationResponse>;
  putDeliveryDestinationPolicy(input: PutDeliveryDestinationPolicyRequest, context: CallContext): Promise<PutDeliveryDestinationPolicyResponse>;
  putDeliverySource(input: PutDeliverySourceRequest, context: CallContext): Promise<PutDeliverySourceResponse>;
  putDestination(input: PutDestinationRequest, context: CallContext): Promise<PutDestinationResponse>;
  putDestinationPolicy(input: PutDestinationPolicyRequest, context: CallContext): Promise<void>;
  putIndexPolicy(input: PutIndexPolicyRequest, context: CallContext): Promise<PutIndexPolicyResponse>;
  putIntegration(input: PutIntegrationRequest, context: CallContext): Promise<PutIntegrationResponse>;
  putLogEvents(input: PutLogEventsRequest, context: CallContext): Promise<PutLogEventsResponse>;
  putLogGroupDeletionProtection(input: PutLogGroupDeletionProtectionRequest, context: CallContext): Promise<void>;
  putMetricFilter(input: PutMetricFilterRequest, context: CallContext): Promise<void>;
  putQueryDefinition(input: PutQueryDefinitionRequest, context: CallContext): Promise<PutQueryDefinitionResponse>;
  putResourcePolicy(input: PutResourcePolicyRequest, context: CallContext): Promise<PutResourcePolicyResponse>;
  putRetentionPolicy(input: PutRetentionPolicyRequest, context: CallContext): Promise<void>;
  putSubscriptionFilter(input: PutSubscriptionFilterRequest, context: CallContext): Promise<void>;
  putTransformer(input: PutTransformerRequest, context: CallContext): Promise<void>;
  startLiveTail(input: StartLiveTailRequest, context: CallContext): Promise<StartLiveTailResponse>;
  startQuery(input: StartQueryRequest, context: CallContext): Promise<StartQueryResponse>;
  stopQuery(input: StopQueryRequest, context: CallContext): Promise<StopQueryResponse>;
  tagLogGroup(input: TagLogGroupRequest, context: CallContext): Promise<void>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<void>;
  testMetricFilter(input: TestMetricFilterRequest, context: CallContext): Promise<TestMetricFilterResponse>;
  testTransformer(input: TestTransformerRequest, context: CallContext): Promise<TestTransformerResponse>;
  untagLogGroup(input: UntagLogGroupRequest, context: CallContext): Promise<void>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void>;
  updateAnomaly(input: UpdateAnomalyRequest, context: CallContext): Promise<void>;
  updateDeliveryConfiguration(input: UpdateDeliveryConfigurationRequest, context: CallContext): Promise<UpdateDeliveryConfigurationResponse>;
  updateLogAnomalyDetector(input: UpdateLogAnomalyDetectorRequest, context: CallContext): Promise<void>;
  updateLookupTable(input: UpdateLookupTableRequest, context: CallContext): Promise<UpdateLookupTableResponse>;
  updateScheduledQuery(input: UpdateScheduledQueryRequest, context: CallContext): Promise<UpdateScheduledQueryResponse>;
}
