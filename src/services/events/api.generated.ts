// Generated from models/events.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface ActivateEventSourceRequest {
  "Name": string;
}

export interface CancelReplayRequest {
  "ReplayName": string;
}

export type ReplayState = "STARTING" | "RUNNING" | "CANCELLING" | "COMPLETED" | "CANCELLED" | "FAILED";

export interface CancelReplayResponse {
  "ReplayArn"?: string;
  "State"?: ReplayState;
  "StateReason"?: string;
}

export type ApiDestinationHttpMethod = "POST" | "GET" | "HEAD" | "OPTIONS" | "PUT" | "PATCH" | "DELETE";

export interface CreateApiDestinationRequest {
  "Name": string;
  "Description"?: string;
  "ConnectionArn": string;
  "InvocationEndpoint": string;
  "HttpMethod": ApiDestinationHttpMethod;
  "InvocationRateLimitPerSecond"?: number;
}

export type ApiDestinationState = "ACTIVE" | "INACTIVE";

export interface CreateApiDestinationResponse {
  "ApiDestinationArn"?: string;
  "ApiDestinationState"?: ApiDestinationState;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface CreateArchiveRequest {
  "ArchiveName": string;
  "EventSourceArn": string;
  "Description"?: string;
  "EventPattern"?: string;
  "RetentionDays"?: number;
  "KmsKeyIdentifier"?: string;
}

export type ArchiveState = "ENABLED" | "DISABLED" | "CREATING" | "UPDATING" | "CREATE_FAILED" | "UPDATE_FAILED";

export interface CreateArchiveResponse {
  "ArchiveArn"?: string;
  "State"?: ArchiveState;
  "StateReason"?: string;
  "CreationTime"?: Date;
}

export type ConnectionAuthorizationType = "BASIC" | "OAUTH_CLIENT_CREDENTIALS" | "API_KEY";

export interface CreateConnectionBasicAuthRequestParameters {
  "Username": string;
  "Password": string;
}

export interface CreateConnectionOAuthClientRequestParameters {
  "ClientID": string;
  "ClientSecret": string;
}

export type ConnectionOAuthHttpMethod = "GET" | "POST" | "PUT";

export interface ConnectionHeaderParameter {
  "Key"?: string;
  "Value"?: string;
  "IsValueSecret"?: boolean;
}

export interface ConnectionQueryStringParameter {
  "Key"?: string;
  "Value"?: string;
  "IsValueSecret"?: boolean;
}

export interface ConnectionBodyParameter {
  "Key"?: string;
  "Value"?: string;
  "IsValueSecret"?: boolean;
}

export interface ConnectionHttpParameters {
  "HeaderParameters"?: Array<ConnectionHeaderParameter>;
  "QueryStringParameters"?: Array<ConnectionQueryStringParameter>;
  "BodyParameters"?: Array<ConnectionBodyParameter>;
}

export interface CreateConnectionOAuthRequestParameters {
  "ClientParameters": CreateConnectionOAuthClientRequestParameters;
  "AuthorizationEndpoint": string;
  "HttpMethod": ConnectionOAuthHttpMethod;
  "OAuthHttpParameters"?: ConnectionHttpParameters;
}

export interface CreateConnectionApiKeyAuthRequestParameters {
  "ApiKeyName": string;
  "ApiKeyValue": string;
}

export interface ConnectivityResourceConfigurationArn {
  "ResourceConfigurationArn": string;
}

export interface ConnectivityResourceParameters {
  "ResourceParameters": ConnectivityResourceConfigurationArn;
}

export interface CreateConnectionAuthRequestParameters {
  "BasicAuthParameters"?: CreateConnectionBasicAuthRequestParameters;
  "OAuthParameters"?: CreateConnectionOAuthRequestParameters;
  "ApiKeyAuthParameters"?: CreateConnectionApiKeyAuthRequestParameters;
  "InvocationHttpParameters"?: ConnectionHttpParameters;
  "ConnectivityParameters"?: ConnectivityResourceParameters;
}

export interface CreateConnectionRequest {
  "Name": string;
  "Description"?: string;
  "AuthorizationType": ConnectionAuthorizationType;
  "AuthParameters": CreateConnectionAuthRequestParameters;
  "InvocationConnectivityParameters"?: ConnectivityResourceParameters;
  "KmsKeyIdentifier"?: string;
}

export type ConnectionState = "CREATING" | "UPDATING" | "DELETING" | "AUTHORIZED" | "DEAUTHORIZED" | "AUTHORIZING" | "DEAUTHORIZING" | "ACTIVE" | "FAILED_CONNECTIVITY";

export interface CreateConnectionResponse {
  "ConnectionArn"?: string;
  "ConnectionState"?: ConnectionState;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface Primary {
  "HealthCheck": string;
}

export interface Secondary {
  "Route": string;
}

export interface FailoverConfig {
  "Primary": Primary;
  "Secondary": Secondary;
}

export interface RoutingConfig {
  "FailoverConfig": FailoverConfig;
}

export type ReplicationState = "ENABLED" | "DISABLED";

export interface ReplicationConfig {
  "State"?: ReplicationState;
}

export interface EndpointEventBus {
  "EventBusArn": string;
}

export interface CreateEndpointRequest {
  "Name": string;
  "Description"?: string;
  "RoutingConfig": RoutingConfig;
  "ReplicationConfig"?: ReplicationConfig;
  "EventBuses": Array<EndpointEventBus>;
  "RoleArn"?: string;
}

export type EndpointState = "ACTIVE" | "CREATING" | "UPDATING" | "DELETING" | "CREATE_FAILED" | "UPDATE_FAILED" | "DELETE_FAILED";

export interface CreateEndpointResponse {
  "Name"?: string;
  "Arn"?: string;
  "RoutingConfig"?: RoutingConfig;
  "ReplicationConfig"?: ReplicationConfig;
  "EventBuses"?: Array<EndpointEventBus>;
  "RoleArn"?: string;
  "State"?: EndpointState;
}

export interface DeadLetterConfig {
  "Arn"?: string;
}

export type IncludeDetail = "NONE" | "FULL";

export type Level = "OFF" | "ERROR" | "INFO" | "TRACE";

export interface LogConfig {
  "IncludeDetail"?: IncludeDetail;
  "Level"?: Level;
}

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface CreateEventBusRequest {
  "Name": string;
  "EventSourceName"?: string;
  "Description"?: string;
  "KmsKeyIdentifier"?: string;
  "DeadLetterConfig"?: DeadLetterConfig;
  "LogConfig"?: LogConfig;
  "Tags"?: Array<Tag>;
}

export interface CreateEventBusResponse {
  "EventBusArn"?: string;
  "Description"?: string;
  "KmsKeyIdentifier"?: string;
  "DeadLetterConfig"?: DeadLetterConfig;
  "LogConfig"?: LogConfig;
}

export interface CreatePartnerEventSourceRequest {
  "Name": string;
  "Account": string;
}

export interface CreatePartnerEventSourceResponse {
  "EventSourceArn"?: string;
}

export interface DeactivateEventSourceRequest {
  "Name": string;
}

export interface DeauthorizeConnectionRequest {
  "Name": string;
}

export interface DeauthorizeConnectionResponse {
  "ConnectionArn"?: string;
  "ConnectionState"?: ConnectionState;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
  "LastAuthorizedTime"?: Date;
}

export interface DeleteApiDestinationRequest {
  "Name": string;
}

export interface DeleteApiDestinationResponse {

}

export interface DeleteArchiveRequest {
  "ArchiveName": string;
}

export interface DeleteArchiveResponse {

}

export interface DeleteConnectionRequest {
  "Name": string;
}

export interface DeleteConnectionResponse {
  "ConnectionArn"?: string;
  "ConnectionState"?: ConnectionState;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
  "LastAuthorizedTime"?: Date;
}

export interface DeleteEndpointRequest {
  "Name": string;
}

export interface DeleteEndpointResponse {

}

export interface DeleteEventBusRequest {
  "Name": string;
}

export interface DeletePartnerEventSourceRequest {
  "Name": string;
  "Account": string;
}

export interface DeleteRuleRequest {
  "Name": string;
  "EventBusName"?: string;
  "Force"?: boolean;
}

export interface DescribeApiDestinationRequest {
  "Name": string;
}

export interface DescribeApiDestinationResponse {
  "ApiDestinationArn"?: string;
  "Name"?: string;
  "Description"?: string;
  "ApiDestinationState"?: ApiDestinationState;
  "ConnectionArn"?: string;
  "InvocationEndpoint"?: string;
  "HttpMethod"?: ApiDestinationHttpMethod;
  "InvocationRateLimitPerSecond"?: number;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface DescribeArchiveRequest {
  "ArchiveName": string;
}

export interface DescribeArchiveResponse {
  "ArchiveArn"?: string;
  "ArchiveName"?: string;
  "EventSourceArn"?: string;
  "Description"?: string;
  "EventPattern"?: string;
  "State"?: ArchiveState;
  "StateReason"?: string;
  "KmsKeyIdentifier"?: string;
  "RetentionDays"?: number;
  "SizeBytes"?: number;
  "EventCount"?: number;
  "CreationTime"?: Date;
}

export interface DescribeConnectionRequest {
  "Name": string;
}

export interface DescribeConnectionResourceParameters {
  "ResourceConfigurationArn": string;
  "ResourceAssociationArn": string;
}

export interface DescribeConnectionConnectivityParameters {
  "ResourceParameters": DescribeConnectionResourceParameters;
}

export interface ConnectionBasicAuthResponseParameters {
  "Username"?: string;
}

export interface ConnectionOAuthClientResponseParameters {
  "ClientID"?: string;
}

export interface ConnectionOAuthResponseParameters {
  "ClientParameters"?: ConnectionOAuthClientResponseParameters;
  "AuthorizationEndpoint"?: string;
  "HttpMethod"?: ConnectionOAuthHttpMethod;
  "OAuthHttpParameters"?: ConnectionHttpParameters;
}

export interface ConnectionApiKeyAuthResponseParameters {
  "ApiKeyName"?: string;
}

export interface ConnectionAuthResponseParameters {
  "BasicAuthParameters"?: ConnectionBasicAuthResponseParameters;
  "OAuthParameters"?: ConnectionOAuthResponseParameters;
  "ApiKeyAuthParameters"?: ConnectionApiKeyAuthResponseParameters;
  "InvocationHttpParameters"?: ConnectionHttpParameters;
  "ConnectivityParameters"?: DescribeConnectionConnectivityParameters;
}

export interface DescribeConnectionResponse {
  "ConnectionArn"?: string;
  "Name"?: string;
  "Description"?: string;
  "InvocationConnectivityParameters"?: DescribeConnectionConnectivityParameters;
  "ConnectionState"?: ConnectionState;
  "StateReason"?: string;
  "AuthorizationType"?: ConnectionAuthorizationType;
  "SecretArn"?: string;
  "KmsKeyIdentifier"?: string;
  "AuthParameters"?: ConnectionAuthResponseParameters;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
  "LastAuthorizedTime"?: Date;
}

export interface DescribeEndpointRequest {
  "Name": string;
  "HomeRegion"?: string;
}

export interface DescribeEndpointResponse {
  "Name"?: string;
  "Description"?: string;
  "Arn"?: string;
  "RoutingConfig"?: RoutingConfig;
  "ReplicationConfig"?: ReplicationConfig;
  "EventBuses"?: Array<EndpointEventBus>;
  "RoleArn"?: string;
  "EndpointId"?: string;
  "EndpointUrl"?: string;
  "State"?: EndpointState;
  "StateReason"?: string;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface DescribeEventBusRequest {
  "Name"?: string;
}

export interface DescribeEventBusResponse {
  "Name"?: string;
  "Arn"?: string;
  "Description"?: string;
  "KmsKeyIdentifier"?: string;
  "DeadLetterConfig"?: DeadLetterConfig;
  "Policy"?: string;
  "LogConfig"?: LogConfig;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface DescribeEventSourceRequest {
  "Name": string;
}

export type EventSourceState = "PENDING" | "ACTIVE" | "DELETED";

export interface DescribeEventSourceResponse {
  "Arn"?: string;
  "CreatedBy"?: string;
  "CreationTime"?: Date;
  "ExpirationTime"?: Date;
  "Name"?: string;
  "State"?: EventSourceState;
}

export interface DescribePartnerEventSourceRequest {
  "Name": string;
}

export interface DescribePartnerEventSourceResponse {
  "Arn"?: string;
  "Name"?: string;
}

export interface DescribeReplayRequest {
  "ReplayName": string;
}

export interface ReplayDestination {
  "Arn": string;
  "FilterArns"?: Array<string>;
}

export interface DescribeReplayResponse {
  "ReplayName"?: string;
  "ReplayArn"?: string;
  "Description"?: string;
  "State"?: ReplayState;
  "StateReason"?: string;
  "EventSourceArn"?: string;
  "Destination"?: ReplayDestination;
  "EventStartTime"?: Date;
  "EventEndTime"?: Date;
  "EventLastReplayedTime"?: Date;
  "ReplayStartTime"?: Date;
  "ReplayEndTime"?: Date;
}

export interface DescribeRuleRequest {
  "Name": string;
  "EventBusName"?: string;
}

export type RuleState = "ENABLED" | "DISABLED" | "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

export interface DescribeRuleResponse {
  "Name"?: string;
  "Arn"?: string;
  "EventPattern"?: string;
  "ScheduleExpression"?: string;
  "State"?: RuleState;
  "Description"?: string;
  "RoleArn"?: string;
  "ManagedBy"?: string;
  "EventBusName"?: string;
  "CreatedBy"?: string;
}

export interface DisableRuleRequest {
  "Name": string;
  "EventBusName"?: string;
}

export interface EnableRuleRequest {
  "Name": string;
  "EventBusName"?: string;
}

export interface ListApiDestinationsRequest {
  "NamePrefix"?: string;
  "ConnectionArn"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface ApiDestination {
  "ApiDestinationArn"?: string;
  "Name"?: string;
  "ApiDestinationState"?: ApiDestinationState;
  "ConnectionArn"?: string;
  "InvocationEndpoint"?: string;
  "HttpMethod"?: ApiDestinationHttpMethod;
  "InvocationRateLimitPerSecond"?: number;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface ListApiDestinationsResponse {
  "ApiDestinations"?: Array<ApiDestination>;
  "NextToken"?: string;
}

export interface ListArchivesRequest {
  "NamePrefix"?: string;
  "EventSourceArn"?: string;
  "State"?: ArchiveState;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface Archive {
  "ArchiveName"?: string;
  "EventSourceArn"?: string;
  "State"?: ArchiveState;
  "StateReason"?: string;
  "RetentionDays"?: number;
  "SizeBytes"?: number;
  "EventCount"?: number;
  "CreationTime"?: Date;
}

export interface ListArchivesResponse {
  "Archives"?: Array<Archive>;
  "NextToken"?: string;
}

export interface ListConnectionsRequest {
  "NamePrefix"?: string;
  "ConnectionState"?: ConnectionState;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface Connection {
  "ConnectionArn"?: string;
  "Name"?: string;
  "ConnectionState"?: ConnectionState;
  "StateReason"?: string;
  "AuthorizationType"?: ConnectionAuthorizationType;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
  "LastAuthorizedTime"?: Date;
}

export interface ListConnectionsResponse {
  "Connections"?: Array<Connection>;
  "NextToken"?: string;
}

export interface ListEndpointsRequest {
  "NamePrefix"?: string;
  "HomeRegion"?: string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface Endpoint {
  "Name"?: string;
  "Description"?: string;
  "Arn"?: string;
  "RoutingConfig"?: RoutingConfig;
  "ReplicationConfig"?: ReplicationConfig;
  "EventBuses"?: Array<EndpointEventBus>;
  "RoleArn"?: string;
  "EndpointId"?: string;
  "EndpointUrl"?: string;
  "State"?: EndpointState;
  "StateReason"?: string;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface ListEndpointsResponse {
  "Endpoints"?: Array<Endpoint>;
  "NextToken"?: string;
}

export interface ListEventBusesRequest {
  "NamePrefix"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface EventBus {
  "Name"?: string;
  "Arn"?: string;
  "Description"?: string;
  "Policy"?: string;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface ListEventBusesResponse {
  "EventBuses"?: Array<EventBus>;
  "NextToken"?: string;
}

export interface ListEventSourcesRequest {
  "NamePrefix"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface EventSource {
  "Arn"?: string;
  "CreatedBy"?: string;
  "CreationTime"?: Date;
  "ExpirationTime"?: Date;
  "Name"?: string;
  "State"?: EventSourceState;
}

export interface ListEventSourcesResponse {
  "EventSources"?: Array<EventSource>;
  "NextToken"?: string;
}

export interface ListPartnerEventSourceAccountsRequest {
  "EventSourceName": string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface PartnerEventSourceAccount {
  "Account"?: string;
  "CreationTime"?: Date;
  "ExpirationTime"?: Date;
  "State"?: EventSourceState;
}

export interface ListPartnerEventSourceAccountsResponse {
  "PartnerEventSourceAccounts"?: Array<PartnerEventSourceAccount>;
  "NextToken"?: string;
}

export interface ListPartnerEventSourcesRequest {
  "NamePrefix": string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface PartnerEventSource {
  "Arn"?: string;
  "Name"?: string;
}

export interface ListPartnerEventSourcesResponse {
  "PartnerEventSources"?: Array<PartnerEventSource>;
  "NextToken"?: string;
}

export interface ListReplaysRequest {
  "NamePrefix"?: string;
  "State"?: ReplayState;
  "EventSourceArn"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface Replay {
  "ReplayName"?: string;
  "EventSourceArn"?: string;
  "State"?: ReplayState;
  "StateReason"?: string;
  "EventStartTime"?: Date;
  "EventEndTime"?: Date;
  "EventLastReplayedTime"?: Date;
  "ReplayStartTime"?: Date;
  "ReplayEndTime"?: Date;
}

export interface ListReplaysResponse {
  "Replays"?: Array<Replay>;
  "NextToken"?: string;
}

export interface ListRuleNamesByTargetRequest {
  "TargetArn": string;
  "EventBusName"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface ListRuleNamesByTargetResponse {
  "RuleNames"?: Array<string>;
  "NextToken"?: string;
}

export interface ListRulesRequest {
  "NamePrefix"?: string;
  "EventBusName"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface Rule {
  "Name"?: string;
  "Arn"?: string;
  "EventPattern"?: string;
  "State"?: RuleState;
  "Description"?: string;
  "ScheduleExpression"?: string;
  "RoleArn"?: string;
  "ManagedBy"?: string;
  "EventBusName"?: string;
}

export interface ListRulesResponse {
  "Rules"?: Array<Rule>;
  "NextToken"?: string;
}

export interface ListTagsForResourceRequest {
  "ResourceARN": string;
}

export interface ListTagsForResourceResponse {
  "Tags"?: Array<Tag>;
}

export interface ListTargetsByRuleRequest {
  "Rule": string;
  "EventBusName"?: string;
  "NextToken"?: string;
  "Limit"?: number;
}

export interface InputTransformer {
  "InputPathsMap"?: Record<string, string>;
  "InputTemplate": string;
}

export interface KinesisParameters {
  "PartitionKeyPath": string;
}

export interface RunCommandTarget {
  "Key": string;
  "Values": Array<string>;
}

export interface RunCommandParameters {
  "RunCommandTargets": Array<RunCommandTarget>;
}

export type LaunchType = "EC2" | "FARGATE" | "EXTERNAL";

export type AssignPublicIp = "ENABLED" | "DISABLED";

export interface AwsVpcConfiguration {
  "Subnets": Array<string>;
  "SecurityGroups"?: Array<string>;
  "AssignPublicIp"?: AssignPublicIp;
}

export interface NetworkConfiguration {
  "awsvpcConfiguration"?: AwsVpcConfiguration;
}

export interface CapacityProviderStrategyItem {
  "capacityProvider": string;
  "weight"?: number;
  "base"?: number;
}

export type PlacementConstraintType = "distinctInstance" | "memberOf";

export interface PlacementConstraint {
  "type"?: PlacementConstraintType;
  "expression"?: string;
}

export type PlacementStrategyType = "random" | "spread" | "binpack";

export interface PlacementStrategy {
  "type"?: PlacementStrategyType;
  "field"?: string;
}

export type PropagateTags = "TASK_DEFINITION";

export interface EcsParameters {
  "TaskDefinitionArn": string;
  "TaskCount"?: number;
  "LaunchType"?: LaunchType;
  "NetworkConfiguration"?: NetworkConfiguration;
  "PlatformVersion"?: string;
  "Group"?: string;
  "CapacityProviderStrategy"?: Array<CapacityProviderStrategyItem>;
  "EnableECSManagedTags"?: boolean;
  "EnableExecuteCommand"?: boolean;
  "PlacementConstraints"?: Array<PlacementConstraint>;
  "PlacementStrategy"?: Array<PlacementStrategy>;
  "PropagateTags"?: PropagateTags;
  "ReferenceId"?: string;
  "Tags"?: Array<Tag>;
}

export interface BatchArrayProperties {
  "Size"?: number;
}

export interface BatchRetryStrategy {
  "Attempts"?: number;
}

export interface BatchParameters {
  "JobDefinition": string;
  "JobName": string;
  "ArrayProperties"?: BatchArrayProperties;
  "RetryStrategy"?: BatchRetryStrategy;
}

export interface SqsParameters {
  "MessageGroupId"?: string;
}

export interface HttpParameters {
  "PathParameterValues"?: Array<string>;
  "HeaderParameters"?: Record<string, string>;
  "QueryStringParameters"?: Record<string, string>;
}

export interface RedshiftDataParameters {
  "SecretManagerArn"?: string;
  "Database": string;
  "DbUser"?: string;
  "Sql"?: string;
  "StatementName"?: string;
  "WithEvent"?: boolean;
  "Sqls"?: Array<string>;
}

export interface SageMakerPipelineParameter {
  "Name": string;
  "Value": string;
}

export interface SageMakerPipelineParameters {
  "PipelineParameterList"?: Array<SageMakerPipelineParameter>;
}

export interface RetryPolicy {
  "MaximumRetryAttempts"?: number;
  "MaximumEventAgeInSeconds"?: number;
}

export interface AppSyncParameters {
  "GraphQLOperation"?: string;
}

export interface Target {
  "Id": string;
  "Arn": string;
  "RoleArn"?: string;
  "Input"?: string;
  "InputPath"?: string;
  "InputTransformer"?: InputTransformer;
  "KinesisParameters"?: KinesisParameters;
  "RunCommandParameters"?: RunCommandParameters;
  "EcsParameters"?: EcsParameters;
  "BatchParameters"?: BatchParameters;
  "SqsParameters"?: SqsParameters;
  "HttpParameters"?: HttpParameters;
  "RedshiftDataParameters"?: RedshiftDataParameters;
  "SageMakerPipelineParameters"?: SageMakerPipelineParameters;
  "DeadLetterConfig"?: DeadLetterConfig;
  "RetryPolicy"?: RetryPolicy;
  "AppSyncParameters"?: AppSyncParameters;
}

export interface ListTargetsByRuleResponse {
  "Targets"?: Array<Target>;
  "NextToken"?: string;
}

export interface PutEventsRequestEntry {
  "Time"?: Date;
  "Source"?: string;
  "Resources"?: Array<string>;
  "DetailType"?: string;
  "Detail"?: string;
  "EventBusName"?: string;
  "TraceHeader"?: string;
}

export interface PutEventsRequest {
  "Entries": Array<PutEventsRequestEntry>;
  "EndpointId"?: string;
}

export interface PutEventsResultEntry {
  "EventId"?: string;
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
}

export interface PutEventsResponse {
  "FailedEntryCount"?: number;
  "Entries"?: Array<PutEventsResultEntry>;
}

export interface PutPartnerEventsRequestEntry {
  "Time"?: Date;
  "Source"?: string;
  "Resources"?: Array<string>;
  "DetailType"?: string;
  "Detail"?: string;
}

export interface PutPartnerEventsRequest {
  "Entries": Array<PutPartnerEventsRequestEntry>;
}

export interface PutPartnerEventsResultEntry {
  "EventId"?: string;
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
}

export interface PutPartnerEventsResponse {
  "FailedEntryCount"?: number;
  "Entries"?: Array<PutPartnerEventsResultEntry>;
}

export interface Condition {
  "Type": string;
  "Key": string;
  "Value": string;
}

export interface PutPermissionRequest {
  "EventBusName"?: string;
  "Action"?: string;
  "Principal"?: string;
  "StatementId"?: string;
  "Condition"?: Condition;
  "Policy"?: string;
}

export interface PutRuleRequest {
  "Name": string;
  "ScheduleExpression"?: string;
  "EventPattern"?: string;
  "State"?: RuleState;
  "Description"?: string;
  "RoleArn"?: string;
  "Tags"?: Array<Tag>;
  "EventBusName"?: string;
}

export interface PutRuleResponse {
  "RuleArn"?: string;
}

export interface PutTargetsRequest {
  "Rule": string;
  "EventBusName"?: string;
  "Targets": Array<Target>;
}

export interface PutTargetsResultEntry {
  "TargetId"?: string;
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
}

export interface PutTargetsResponse {
  "FailedEntryCount"?: number;
  "FailedEntries"?: Array<PutTargetsResultEntry>;
}

export interface RemovePermissionRequest {
  "StatementId"?: string;
  "RemoveAllPermissions"?: boolean;
  "EventBusName"?: string;
}

export interface RemoveTargetsRequest {
  "Rule": string;
  "EventBusName"?: string;
  "Ids": Array<string>;
  "Force"?: boolean;
}

export interface RemoveTargetsResultEntry {
  "TargetId"?: string;
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
}

export interface RemoveTargetsResponse {
  "FailedEntryCount"?: number;
  "FailedEntries"?: Array<RemoveTargetsResultEntry>;
}

export interface StartReplayRequest {
  "ReplayName": string;
  "Description"?: string;
  "EventSourceArn": string;
  "EventStartTime": Date;
  "EventEndTime": Date;
  "Destination": ReplayDestination;
}

export interface StartReplayResponse {
  "ReplayArn"?: string;
  "State"?: ReplayState;
  "StateReason"?: string;
  "ReplayStartTime"?: Date;
}

export interface TagResourceRequest {
  "ResourceARN": string;
  "Tags": Array<Tag>;
}

export interface TagResourceResponse {

}

export interface TestEventPatternRequest {
  "EventPattern": string;
  "Event": string;
}

export interface TestEventPatternResponse {
  "Result"?: boolean;
}

export interface UntagResourceRequest {
  "ResourceARN": string;
  "TagKeys": Array<string>;
}

export interface UntagResourceResponse {

}

export interface UpdateApiDestinationRequest {
  "Name": string;
  "Description"?: string;
  "ConnectionArn"?: string;
  "InvocationEndpoint"?: string;
  "HttpMethod"?: ApiDestinationHttpMethod;
  "InvocationRateLimitPerSecond"?: number;
}

export interface UpdateApiDestinationResponse {
  "ApiDestinationArn"?: string;
  "ApiDestinationState"?: ApiDestinationState;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
}

export interface UpdateArchiveRequest {
  "ArchiveName": string;
  "Description"?: string;
  "EventPattern"?: string;
  "RetentionDays"?: number;
  "KmsKeyIdentifier"?: string;
}

export interface UpdateArchiveResponse {
  "ArchiveArn"?: string;
  "State"?: ArchiveState;
  "StateReason"?: string;
  "CreationTime"?: Date;
}

export interface UpdateConnectionBasicAuthRequestParameters {
  "Username"?: string;
  "Password"?: string;
}

export interface UpdateConnectionOAuthClientRequestParameters {
  "ClientID"?: string;
  "ClientSecret"?: string;
}

export interface UpdateConnectionOAuthRequestParameters {
  "ClientParameters"?: UpdateConnectionOAuthClientRequestParameters;
  "AuthorizationEndpoint"?: string;
  "HttpMethod"?: ConnectionOAuthHttpMethod;
  "OAuthHttpParameters"?: ConnectionHttpParameters;
}

export interface UpdateConnectionApiKeyAuthRequestParameters {
  "ApiKeyName"?: string;
  "ApiKeyValue"?: string;
}

export interface UpdateConnectionAuthRequestParameters {
  "BasicAuthParameters"?: UpdateConnectionBasicAuthRequestParameters;
  "OAuthParameters"?: UpdateConnectionOAuthRequestParameters;
  "ApiKeyAuthParameters"?: UpdateConnectionApiKeyAuthRequestParameters;
  "InvocationHttpParameters"?: ConnectionHttpParameters;
  "ConnectivityParameters"?: ConnectivityResourceParameters;
}

export interface UpdateConnectionRequest {
  "Name": string;
  "Description"?: string;
  "AuthorizationType"?: ConnectionAuthorizationType;
  "AuthParameters"?: UpdateConnectionAuthRequestParameters;
  "InvocationConnectivityParameters"?: ConnectivityResourceParameters;
  "KmsKeyIdentifier"?: string;
}

export interface UpdateConnectionResponse {
  "ConnectionArn"?: string;
  "ConnectionState"?: ConnectionState;
  "CreationTime"?: Date;
  "LastModifiedTime"?: Date;
  "LastAuthorizedTime"?: Date;
}

export interface UpdateEndpointRequest {
  "Name": string;
  "Description"?: string;
  "RoutingConfig"?: RoutingConfig;
  "ReplicationConfig"?: ReplicationConfig;
  "EventBuses"?: Array<EndpointEventBus>;
  "RoleArn"?: string;
}

export interface UpdateEndpointResponse {
  "Name"?: string;
  "Arn"?: string;
  "RoutingConfig"?: RoutingConfig;
  "ReplicationConfig"?: ReplicationConfig;
  "EventBuses"?: Array<EndpointEventBus>;
  "RoleArn"?: string;
  "EndpointId"?: string;
  "EndpointUrl"?: string;
  "State"?: EndpointState;
}

export interface UpdateEventBusRequest {
  "Name"?: string;
  "KmsKeyIdentifier"?: string;
  "Description"?: string;
  "DeadLetterConfig"?: DeadLetterConfig;
  "LogConfig"?: LogConfig;
}

export interface UpdateEventBusResponse {
  "Arn"?: string;
  "Name"?: string;
  "KmsKeyIdentifier"?: string;
  "Description"?: string;
  "DeadLetterConfig"?: DeadLetterConfig;
  "LogConfig"?: LogConfig;
}

/** Every operation of the EventBridge model; a provider implements the ones Nimbus serves. */
export interface EventsOperations {
  activateEventSource(input: ActivateEventSourceRequest, context: CallContext): Promise<void>;
  cancelReplay(input: CancelReplayRequest, context: CallContext): Promise<CancelReplayResponse>;
  createApiDestination(input: CreateApiDestinationRequest, context: CallContext): Promise<CreateApiDestinationResponse>;
  createArchive(input: CreateArchiveRequest, context: CallContext): Promise<CreateArchiveResponse>;
  createConnection(input: CreateConnectionRequest, context: CallContext): Promise<CreateConnectionResponse>;
  createEndpoint(input: CreateEndpointRequest, context: CallContext): Promise<CreateEndpointResponse>;
  createEventBus(input: CreateEventBusRequest, context: CallContext): Promise<CreateEventBusResponse>;
  createPartnerEventSource(input: CreatePartnerEventSourceRequest, context: CallContext): Promise<CreatePartnerEventSourceResponse>;
  deactivateEventSource(input: DeactivateEventSourceRequest, context: CallContext): Promise<void>;
  deauthorizeConnection(input: DeauthorizeConnectionRequest, context: CallContext): Promise<DeauthorizeConnectionResponse>;
  deleteApiDestination(input: DeleteApiDestinationRequest, context: CallContext): Promise<DeleteApiDestinationResponse>;
  deleteArchive(input: DeleteArchiveRequest, context: CallContext): Promise<DeleteArchiveResponse>;
  deleteConnection(input: DeleteConnectionRequest, context: CallContext): Promise<DeleteConnectionResponse>;
  deleteEndpoint(input: DeleteEndpointRequest, context: CallContext): Promise<DeleteEndpointResponse>;
  deleteEventBus(input: DeleteEventBusRequest, context: CallContext): Promise<void>;
  deletePartnerEventSource(input: DeletePartnerEventSourceRequest, context: CallContext): Promise<void>;
  deleteRule(input: DeleteRuleRequest, context: CallContext): Promise<void>;
  describeApiDestination(input: DescribeApiDestinationRequest, context: CallContext): Promise<DescribeApiDestinationResponse>;
  describeArchive(input: DescribeArchiveRequest, context: CallContext): Promise<DescribeArchiveResponse>;
  describeConnection(input: DescribeConnectionRequest, context: CallContext): Promise<DescribeConnectionResponse>;
  describeEndpoint(input: DescribeEndpointRequest, context: CallContext): Promise<DescribeEndpointResponse>;
  describeEventBus(input: DescribeEventBusRequest, context: CallContext): Promise<DescribeEventBusResponse>;
  describeEventSource(input: DescribeEventSourceRequest, context: CallContext): Promise<DescribeEventSourceResponse>;
  describePartnerEventSource(input: DescribePartnerEventSourceRequest, context: CallContext): Promise<DescribePartnerEventSourceResponse>;
  describeReplay(input: DescribeReplayRequest, context: CallContext): Promise<DescribeReplayResponse>;
  describeRule(input: DescribeRuleRequest, context: CallContext): Promise<DescribeRuleResponse>;
  disableRule(input: DisableRuleRequest, context: CallContext): Promise<void>;
  enableRule(input: EnableRuleRequest, context: CallContext): Promise<void>;
  listApiDestinations(input: ListApiDestinationsRequest, context: CallContext): Promise<ListApiDestinationsResponse>;
  listArchives(input: ListArchivesRequest, context: CallContext): Promise<ListArchivesResponse>;
  listConnections(input: ListConnectionsRequest, context: CallContext): Promise<ListConnectionsResponse>;
  listEndpoints(input: ListEndpointsRequest, context: CallContext): Promise<ListEndpointsResponse>;
  listEventBuses(input: ListEventBusesRequest, context: CallContext): Promise<ListEventBusesResponse>;
  listEventSources(input: ListEventSourcesRequest, context: CallContext): Promise<ListEventSourcesResponse>;
  listPartnerEventSourceAccounts(input: ListPartnerEventSourceAccountsRequest, context: CallContext): Promise<ListPartnerEventSourceAccountsResponse>;
  listPartnerEventSources(input: ListPartnerEventSourcesRequest, context: CallContext): Promise<ListPartnerEventSourcesResponse>;
  listReplays(input: ListReplaysRequest, context: CallContext): Promise<ListReplaysResponse>;
  listRuleNamesByTarget(input: ListRuleNamesByTargetRequest, context: CallContext): Promise<ListRuleNamesByTargetResponse>;
  listRules(input: ListRulesRequest, context: CallContext): Promise<ListRulesResponse>;
  listTagsForResource(input: ListTagsForResourceRequest, context: CallContext): Promise<ListTagsForResourceResponse>;
  listTargetsByRule(input: ListTargetsByRuleRequest, context: CallContext): Promise<ListTargetsByRuleResponse>;
  putEvents(input: PutEventsRequest, context: CallContext): Promise<PutEventsResponse>;
  putPartnerEvents(input: PutPartnerEventsRequest, context: CallContext): Promise<PutPartnerEventsResponse>;
  putPermission(input: PutPermissionRequest, context: CallContext): Promise<void>;
  putRule(input: PutRuleRequest, context: CallContext): Promise<PutRuleResponse>;
  putTargets(input: PutTargetsRequest, context: CallContext): Promise<PutTargetsResponse>;
  removePermission(input: RemovePermissionRequest, context: CallContext): Promise<void>;
  removeTargets(input: RemoveTargetsRequest, context: CallContext): Promise<RemoveTargetsResponse>;
  startReplay(input: StartReplayRequest, context: CallContext): Promise<StartReplayResponse>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<TagResourceResponse>;
  testEventPattern(input: TestEventPatternRequest, context: CallContext): Promise<TestEventPatternResponse>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<UntagResourceResponse>;
  updateApiDestination(input: UpdateApiDestinationRequest, context: CallContext): Promise<UpdateApiDestinationResponse>;
  updateArchive(input: UpdateArchiveRequest, context: CallContext): Promise<UpdateArchiveResponse>;
  updateConnection(input: UpdateConnectionRequest, context: CallContext): Promise<UpdateConnectionResponse>;
  updateEndpoint(input: UpdateEndpointRequest, context: CallContext): Promise<UpdateEndpointResponse>;
  updateEventBus(input: UpdateEventBusRequest, context: CallContext): Promise<UpdateEventBusResponse>;
}
