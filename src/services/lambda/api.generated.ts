// Generated from models/lambda.json by scripts/generate-api.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { CallContext } from '../../common/call-context.js';

export interface AddLayerVersionPermissionRequest {
  "LayerName": string;
  "VersionNumber": number;
  "StatementId": string;
  "Action": string;
  "Principal": string;
  "OrganizationId"?: string;
  "RevisionId"?: string;
}

export interface AddLayerVersionPermissionResponse {
  "Statement"?: string;
  "RevisionId"?: string;
}

export type FunctionUrlAuthType = "NONE" | "AWS_IAM";

export interface AddPermissionRequest {
  "FunctionName": string;
  "StatementId": string;
  "Action": string;
  "Principal": string;
  "SourceArn"?: string;
  "SourceAccount"?: string;
  "EventSourceToken"?: string;
  "Qualifier"?: string;
  "RevisionId"?: string;
  "PrincipalOrgID"?: string;
  "FunctionUrlAuthType"?: FunctionUrlAuthType;
  "InvokedViaFunctionUrl"?: boolean;
}

export interface AddPermissionResponse {
  "Statement"?: string;
}

export type OperationType = "EXECUTION" | "CONTEXT" | "STEP" | "WAIT" | "CALLBACK" | "CHAINED_INVOKE";

export type OperationAction = "START" | "SUCCEED" | "FAIL" | "RETRY" | "CANCEL";

export interface ErrorObject {
  "ErrorMessage"?: string;
  "ErrorType"?: string;
  "ErrorData"?: string;
  "StackTrace"?: Array<string>;
}

export interface ContextOptions {
  "ReplayChildren"?: boolean;
}

export interface StepOptions {
  "NextAttemptDelaySeconds"?: number;
}

export interface WaitOptions {
  "WaitSeconds"?: number;
}

export interface CallbackOptions {
  "TimeoutSeconds"?: number;
  "HeartbeatTimeoutSeconds"?: number;
}

export interface ChainedInvokeOptions {
  "FunctionName": string;
  "TenantId"?: string;
}

export interface OperationUpdate {
  "Id": string;
  "ParentId"?: string;
  "Name"?: string;
  "Type": OperationType;
  "SubType"?: string;
  "Action": OperationAction;
  "Payload"?: string;
  "Error"?: ErrorObject;
  "ContextOptions"?: ContextOptions;
  "StepOptions"?: StepOptions;
  "WaitOptions"?: WaitOptions;
  "CallbackOptions"?: CallbackOptions;
  "ChainedInvokeOptions"?: ChainedInvokeOptions;
}

export interface CheckpointDurableExecutionRequest {
  "DurableExecutionArn": string;
  "CheckpointToken": string;
  "Updates"?: Array<OperationUpdate>;
  "ClientToken"?: string;
}

export type OperationStatus = "STARTED" | "PENDING" | "READY" | "SUCCEEDED" | "FAILED" | "CANCELLED" | "TIMED_OUT" | "STOPPED";

export interface ExecutionDetails {
  "InputPayload"?: string;
}

export interface ContextDetails {
  "ReplayChildren"?: boolean;
  "Result"?: string;
  "Error"?: ErrorObject;
}

export interface StepDetails {
  "Attempt"?: number;
  "NextAttemptTimestamp"?: Date;
  "Result"?: string;
  "Error"?: ErrorObject;
}

export interface WaitDetails {
  "ScheduledEndTimestamp"?: Date;
}

export interface CallbackDetails {
  "CallbackId"?: string;
  "Result"?: string;
  "Error"?: ErrorObject;
}

export interface ChainedInvokeDetails {
  "Result"?: string;
  "Error"?: ErrorObject;
}

export interface Operation {
  "Id": string;
  "ParentId"?: string;
  "Name"?: string;
  "Type": OperationType;
  "SubType"?: string;
  "StartTimestamp": Date;
  "EndTimestamp"?: Date;
  "Status": OperationStatus;
  "ExecutionDetails"?: ExecutionDetails;
  "ContextDetails"?: ContextDetails;
  "StepDetails"?: StepDetails;
  "WaitDetails"?: WaitDetails;
  "CallbackDetails"?: CallbackDetails;
  "ChainedInvokeDetails"?: ChainedInvokeDetails;
}

export interface CheckpointUpdatedExecutionState {
  "Operations"?: Array<Operation>;
  "NextMarker"?: string;
}

export interface CheckpointDurableExecutionResponse {
  "CheckpointToken"?: string;
  "NewExecutionState": CheckpointUpdatedExecutionState;
}

export interface AliasRoutingConfiguration {
  "AdditionalVersionWeights"?: Record<string, number>;
}

export interface CreateAliasRequest {
  "FunctionName": string;
  "Name": string;
  "FunctionVersion": string;
  "Description"?: string;
  "RoutingConfig"?: AliasRoutingConfiguration;
}

export interface AliasConfiguration {
  "AliasArn"?: string;
  "Name"?: string;
  "FunctionVersion"?: string;
  "Description"?: string;
  "RoutingConfig"?: AliasRoutingConfiguration;
  "RevisionId"?: string;
}

export interface CapacityProviderVpcConfig {
  "SubnetIds": Array<string>;
  "SecurityGroupIds": Array<string>;
}

export interface CapacityProviderPermissionsConfig {
  "CapacityProviderOperatorRoleArn": string;
}

export type Architecture = "x86_64" | "arm64";

export interface InstanceRequirements {
  "Architectures"?: Array<Architecture>;
  "AllowedInstanceTypes"?: Array<string>;
  "ExcludedInstanceTypes"?: Array<string>;
}

export type CapacityProviderScalingMode = "Auto" | "Manual";

export type CapacityProviderPredefinedMetricType = "LambdaCapacityProviderAverageCPUUtilization";

export interface TargetTrackingScalingPolicy {
  "PredefinedMetricType": CapacityProviderPredefinedMetricType;
  "TargetValue": number;
}

export interface CapacityProviderScalingConfig {
  "MaxVCpuCount"?: number;
  "ScalingMode"?: CapacityProviderScalingMode;
  "ScalingPolicies"?: Array<TargetTrackingScalingPolicy>;
}

export interface CreateCapacityProviderRequest {
  "CapacityProviderName": string;
  "VpcConfig": CapacityProviderVpcConfig;
  "PermissionsConfig": CapacityProviderPermissionsConfig;
  "InstanceRequirements"?: InstanceRequirements;
  "CapacityProviderScalingConfig"?: CapacityProviderScalingConfig;
  "KmsKeyArn"?: string;
  "Tags"?: Record<string, string>;
}

export type CapacityProviderState = "Pending" | "Active" | "Failed" | "Deleting";

export interface CapacityProvider {
  "CapacityProviderArn": string;
  "State": CapacityProviderState;
  "VpcConfig": CapacityProviderVpcConfig;
  "PermissionsConfig": CapacityProviderPermissionsConfig;
  "InstanceRequirements"?: InstanceRequirements;
  "CapacityProviderScalingConfig"?: CapacityProviderScalingConfig;
  "KmsKeyArn"?: string;
  "LastModified"?: string;
}

export interface CreateCapacityProviderResponse {
  "CapacityProvider": CapacityProvider;
}

export interface AllowedPublishers {
  "SigningProfileVersionArns": Array<string>;
}

export type CodeSigningPolicy = "Warn" | "Enforce";

export interface CodeSigningPolicies {
  "UntrustedArtifactOnDeployment"?: CodeSigningPolicy;
}

export interface CreateCodeSigningConfigRequest {
  "Description"?: string;
  "AllowedPublishers": AllowedPublishers;
  "CodeSigningPolicies"?: CodeSigningPolicies;
  "Tags"?: Record<string, string>;
}

export interface CodeSigningConfig {
  "CodeSigningConfigId": string;
  "CodeSigningConfigArn": string;
  "Description"?: string;
  "AllowedPublishers": AllowedPublishers;
  "CodeSigningPolicies": CodeSigningPolicies;
  "LastModified": string;
}

export interface CreateCodeSigningConfigResponse {
  "CodeSigningConfig": CodeSigningConfig;
}

export interface Filter {
  "Pattern"?: string;
}

export interface FilterCriteria {
  "Filters"?: Array<Filter>;
}

export type EventSourcePosition = "TRIM_HORIZON" | "LATEST" | "AT_TIMESTAMP";

export interface OnSuccess {
  "Destination"?: string;
}

export interface OnFailure {
  "Destination"?: string;
}

export interface DestinationConfig {
  "OnSuccess"?: OnSuccess;
  "OnFailure"?: OnFailure;
}

export type SourceAccessType = "BASIC_AUTH" | "VPC_SUBNET" | "VPC_SECURITY_GROUP" | "SASL_SCRAM_512_AUTH" | "SASL_SCRAM_256_AUTH" | "VIRTUAL_HOST" | "CLIENT_CERTIFICATE_TLS_AUTH" | "SERVER_ROOT_CA_CERTIFICATE";

export interface SourceAccessConfiguration {
  "Type"?: SourceAccessType;
  "URI"?: string;
}

export interface SelfManagedEventSource {
  "Endpoints"?: Record<string, Array<string>>;
}

export type FunctionResponseType = "ReportBatchItemFailures";

export type SchemaRegistryEventRecordFormat = "JSON" | "SOURCE";

export type KafkaSchemaRegistryAuthType = "BASIC_AUTH" | "CLIENT_CERTIFICATE_TLS_AUTH" | "SERVER_ROOT_CA_CERTIFICATE";

export interface KafkaSchemaRegistryAccessConfig {
  "Type"?: KafkaSchemaRegistryAuthType;
  "URI"?: string;
}

export type KafkaSchemaValidationAttribute = "KEY" | "VALUE";

export interface KafkaSchemaValidationConfig {
  "Attribute"?: KafkaSchemaValidationAttribute;
}

export interface KafkaSchemaRegistryConfig {
  "SchemaRegistryURI"?: string;
  "EventRecordFormat"?: SchemaRegistryEventRecordFormat;
  "AccessConfigs"?: Array<KafkaSchemaRegistryAccessConfig>;
  "SchemaValidationConfigs"?: Array<KafkaSchemaValidationConfig>;
}

export interface AmazonManagedKafkaEventSourceConfig {
  "ConsumerGroupId"?: string;
  "SchemaRegistryConfig"?: KafkaSchemaRegistryConfig;
}

export interface SelfManagedKafkaEventSourceConfig {
  "ConsumerGroupId"?: string;
  "SchemaRegistryConfig"?: KafkaSchemaRegistryConfig;
}

export interface ScalingConfig {
  "MaximumConcurrency"?: number;
}

export type FullDocument = "UpdateLookup" | "Default";

export interface DocumentDBEventSourceConfig {
  "DatabaseName"?: string;
  "CollectionName"?: string;
  "FullDocument"?: FullDocument;
}

export type EventSourceMappingMetric = "EventCount" | "ErrorCount" | "KafkaMetrics";

export interface EventSourceMappingMetricsConfig {
  "Metrics"?: Array<EventSourceMappingMetric>;
}

export type EventSourceMappingSystemLogLevel = "DEBUG" | "INFO" | "WARN";

export interface EventSourceMappingLoggingConfig {
  "SystemLogLevel"?: EventSourceMappingSystemLogLevel;
}

export interface ProvisionedPollerConfig {
  "MinimumPollers"?: number;
  "MaximumPollers"?: number;
  "PollerGroupName"?: string;
}

export interface CreateEventSourceMappingRequest {
  "EventSourceArn"?: string;
  "FunctionName": string;
  "Enabled"?: boolean;
  "BatchSize"?: number;
  "FilterCriteria"?: FilterCriteria;
  "MaximumBatchingWindowInSeconds"?: number;
  "ParallelizationFactor"?: number;
  "StartingPosition"?: EventSourcePosition;
  "StartingPositionTimestamp"?: Date;
  "DestinationConfig"?: DestinationConfig;
  "MaximumRecordAgeInSeconds"?: number;
  "BisectBatchOnFunctionError"?: boolean;
  "MaximumRetryAttempts"?: number;
  "Tags"?: Record<string, string>;
  "TumblingWindowInSeconds"?: number;
  "Topics"?: Array<string>;
  "Queues"?: Array<string>;
  "SourceAccessConfigurations"?: Array<SourceAccessConfiguration>;
  "SelfManagedEventSource"?: SelfManagedEventSource;
  "FunctionResponseTypes"?: Array<FunctionResponseType>;
  "AmazonManagedKafkaEventSourceConfig"?: AmazonManagedKafkaEventSourceConfig;
  "SelfManagedKafkaEventSourceConfig"?: SelfManagedKafkaEventSourceConfig;
  "ScalingConfig"?: ScalingConfig;
  "DocumentDBEventSourceConfig"?: DocumentDBEventSourceConfig;
  "KMSKeyArn"?: string;
  "MetricsConfig"?: EventSourceMappingMetricsConfig;
  "LoggingConfig"?: EventSourceMappingLoggingConfig;
  "ProvisionedPollerConfig"?: ProvisionedPollerConfig;
}

export interface FilterCriteriaError {
  "ErrorCode"?: string;
  "Message"?: string;
}

export interface EventSourceMappingConfiguration {
  "UUID"?: string;
  "StartingPosition"?: EventSourcePosition;
  "StartingPositionTimestamp"?: Date;
  "BatchSize"?: number;
  "MaximumBatchingWindowInSeconds"?: number;
  "ParallelizationFactor"?: number;
  "EventSourceArn"?: string;
  "FilterCriteria"?: FilterCriteria;
  "FunctionArn"?: string;
  "LastModified"?: Date;
  "LastProcessingResult"?: string;
  "State"?: string;
  "StateTransitionReason"?: string;
  "DestinationConfig"?: DestinationConfig;
  "Topics"?: Array<string>;
  "Queues"?: Array<string>;
  "SourceAccessConfigurations"?: Array<SourceAccessConfiguration>;
  "SelfManagedEventSource"?: SelfManagedEventSource;
  "MaximumRecordAgeInSeconds"?: number;
  "BisectBatchOnFunctionError"?: boolean;
  "MaximumRetryAttempts"?: number;
  "TumblingWindowInSeconds"?: number;
  "FunctionResponseTypes"?: Array<FunctionResponseType>;
  "AmazonManagedKafkaEventSourceConfig"?: AmazonManagedKafkaEventSourceConfig;
  "SelfManagedKafkaEventSourceConfig"?: SelfManagedKafkaEventSourceConfig;
  "ScalingConfig"?: ScalingConfig;
  "DocumentDBEventSourceConfig"?: DocumentDBEventSourceConfig;
  "KMSKeyArn"?: string;
  "FilterCriteriaError"?: FilterCriteriaError;
  "EventSourceMappingArn"?: string;
  "MetricsConfig"?: EventSourceMappingMetricsConfig;
  "LoggingConfig"?: EventSourceMappingLoggingConfig;
  "ProvisionedPollerConfig"?: ProvisionedPollerConfig;
}

export type Runtime = "nodejs" | "nodejs4.3" | "nodejs6.10" | "nodejs8.10" | "nodejs10.x" | "nodejs12.x" | "nodejs14.x" | "nodejs16.x" | "java8" | "java8.al2" | "java11" | "python2.7" | "python3.6" | "python3.7" | "python3.8" | "python3.9" | "dotnetcore1.0" | "dotnetcore2.0" | "dotnetcore2.1" | "dotnetcore3.1" | "dotnet6" | "dotnet8" | "nodejs4.3-edge" | "go1.x" | "ruby2.5" | "ruby2.7" | "provided" | "provided.al2" | "nodejs18.x" | "python3.10" | "java17" | "ruby3.2" | "ruby3.3" | "ruby3.4" | "python3.11" | "nodejs20.x" | "provided.al2023" | "python3.12" | "java21" | "python3.13" | "nodejs22.x" | "nodejs24.x" | "python3.14" | "java25" | "dotnet10" | "ruby4.0";

export interface FunctionCode {
  "ZipFile"?: Uint8Array;
  "S3Bucket"?: string;
  "S3Key"?: string;
  "S3ObjectVersion"?: string;
  "ImageUri"?: string;
  "SourceKMSKeyArn"?: string;
}

export interface VpcConfig {
  "SubnetIds"?: Array<string>;
  "SecurityGroupIds"?: Array<string>;
  "Ipv6AllowedForDualStack"?: boolean;
}

export type PackageType = "Zip" | "Image";

export interface DeadLetterConfig {
  "TargetArn"?: string;
}

export interface Environment {
  "Variables"?: Record<string, string>;
}

export type TracingMode = "Active" | "PassThrough";

export interface TracingConfig {
  "Mode"?: TracingMode;
}

export interface FileSystemConfig {
  "Arn": string;
  "LocalMountPath": string;
}

export interface ImageConfig {
  "EntryPoint"?: Array<string>;
  "Command"?: Array<string>;
  "WorkingDirectory"?: string;
}

export interface EphemeralStorage {
  "Size": number;
}

export type SnapStartApplyOn = "PublishedVersions" | "None";

export interface SnapStart {
  "ApplyOn"?: SnapStartApplyOn;
}

export type LogFormat = "JSON" | "Text";

export type ApplicationLogLevel = "TRACE" | "DEBUG" | "INFO" | "WARN" | "ERROR" | "FATAL";

export type SystemLogLevel = "DEBUG" | "INFO" | "WARN";

export interface LoggingConfig {
  "LogFormat"?: LogFormat;
  "ApplicationLogLevel"?: ApplicationLogLevel;
  "SystemLogLevel"?: SystemLogLevel;
  "LogGroup"?: string;
}

export interface LambdaManagedInstancesCapacityProviderConfig {
  "CapacityProviderArn": string;
  "PerExecutionEnvironmentMaxConcurrency"?: number;
  "ExecutionEnvironmentMemoryGiBPerVCpu"?: number;
}

export interface CapacityProviderConfig {
  "LambdaManagedInstancesCapacityProviderConfig": LambdaManagedInstancesCapacityProviderConfig;
}

export type FunctionVersionLatestPublished = "LATEST_PUBLISHED";

export interface DurableConfig {
  "RetentionPeriodInDays"?: number;
  "ExecutionTimeout"?: number;
}

export type TenantIsolationMode = "PER_TENANT";

export interface TenancyConfig {
  "TenantIsolationMode": TenantIsolationMode;
}

export interface CreateFunctionRequest {
  "FunctionName": string;
  "Runtime"?: Runtime;
  "Role": string;
  "Handler"?: string;
  "Code": FunctionCode;
  "Description"?: string;
  "Timeout"?: number;
  "MemorySize"?: number;
  "Publish"?: boolean;
  "VpcConfig"?: VpcConfig;
  "PackageType"?: PackageType;
  "DeadLetterConfig"?: DeadLetterConfig;
  "Environment"?: Environment;
  "KMSKeyArn"?: string;
  "TracingConfig"?: TracingConfig;
  "Tags"?: Record<string, string>;
  "Layers"?: Array<string>;
  "FileSystemConfigs"?: Array<FileSystemConfig>;
  "ImageConfig"?: ImageConfig;
  "CodeSigningConfigArn"?: string;
  "Architectures"?: Array<Architecture>;
  "EphemeralStorage"?: EphemeralStorage;
  "SnapStart"?: SnapStart;
  "LoggingConfig"?: LoggingConfig;
  "CapacityProviderConfig"?: CapacityProviderConfig;
  "PublishTo"?: FunctionVersionLatestPublished;
  "DurableConfig"?: DurableConfig;
  "TenancyConfig"?: TenancyConfig;
}

export interface VpcConfigResponse {
  "SubnetIds"?: Array<string>;
  "SecurityGroupIds"?: Array<string>;
  "VpcId"?: string;
  "Ipv6AllowedForDualStack"?: boolean;
}

export interface EnvironmentError {
  "ErrorCode"?: string;
  "Message"?: string;
}

export interface EnvironmentResponse {
  "Variables"?: Record<string, string>;
  "Error"?: EnvironmentError;
}

export interface TracingConfigResponse {
  "Mode"?: TracingMode;
}

export interface Layer {
  "Arn"?: string;
  "CodeSize"?: number;
  "SigningProfileVersionArn"?: string;
  "SigningJobArn"?: string;
}

export type State = "Pending" | "Active" | "Inactive" | "Failed" | "Deactivating" | "Deactivated" | "ActiveNonInvocable" | "Deleting";

export type StateReasonCode = "Idle" | "Creating" | "Restoring" | "EniLimitExceeded" | "InsufficientRolePermissions" | "InvalidConfiguration" | "InternalError" | "SubnetOutOfIPAddresses" | "InvalidSubnet" | "InvalidSecurityGroup" | "ImageDeleted" | "ImageAccessDenied" | "InvalidImage" | "KMSKeyAccessDenied" | "KMSKeyNotFound" | "InvalidStateKMSKey" | "DisabledKMSKey" | "EFSIOError" | "EFSMountConnectivityError" | "EFSMountFailure" | "EFSMountTimeout" | "InvalidRuntime" | "InvalidZipFileException" | "FunctionError" | "DrainingDurableExecutions" | "VcpuLimitExceeded" | "CapacityProviderScalingLimitExceeded" | "InsufficientCapacity" | "EC2RequestLimitExceeded" | "FunctionError.InitTimeout" | "FunctionError.RuntimeInitError" | "FunctionError.ExtensionInitError" | "FunctionError.InvalidEntryPoint" | "FunctionError.InvalidWorkingDirectory" | "FunctionError.PermissionDenied" | "FunctionError.TooManyExtensions" | "FunctionError.InitResourceExhausted" | "DisallowedByVpcEncryptionControl";

export type LastUpdateStatus = "Successful" | "Failed" | "InProgress";

export type LastUpdateStatusReasonCode = "EniLimitExceeded" | "InsufficientRolePermissions" | "InvalidConfiguration" | "InternalError" | "SubnetOutOfIPAddresses" | "InvalidSubnet" | "InvalidSecurityGroup" | "ImageDeleted" | "ImageAccessDenied" | "InvalidImage" | "KMSKeyAccessDenied" | "KMSKeyNotFound" | "InvalidStateKMSKey" | "DisabledKMSKey" | "EFSIOError" | "EFSMountConnectivityError" | "EFSMountFailure" | "EFSMountTimeout" | "InvalidRuntime" | "InvalidZipFileException" | "FunctionError" | "VcpuLimitExceeded" | "CapacityProviderScalingLimitExceeded" | "InsufficientCapacity" | "EC2RequestLimitExceeded" | "FunctionError.InitTimeout" | "FunctionError.RuntimeInitError" | "FunctionError.ExtensionInitError" | "FunctionError.InvalidEntryPoint" | "FunctionError.InvalidWorkingDirectory" | "FunctionError.PermissionDenied" | "FunctionError.TooManyExtensions" | "FunctionError.InitResourceExhausted" | "DisallowedByVpcEncryptionControl";

export interface ImageConfigError {
  "ErrorCode"?: string;
  "Message"?: string;
}

export interface ImageConfigResponse {
  "ImageConfig"?: ImageConfig;
  "Error"?: ImageConfigError;
}

export type SnapStartOptimizationStatus = "On" | "Off";

export interface SnapStartResponse {
  "ApplyOn"?: SnapStartApplyOn;
  "OptimizationStatus"?: SnapStartOptimizationStatus;
}

export interface RuntimeVersionError {
  "ErrorCode"?: string;
  "Message"?: string;
}

export interface RuntimeVersionConfig {
  "RuntimeVersionArn"?: string;
  "Error"?: RuntimeVersionError;
}

export interface FunctionConfiguration {
  "FunctionName"?: string;
  "FunctionArn"?: string;
  "Runtime"?: Runtime;
  "Role"?: string;
  "Handler"?: string;
  "CodeSize"?: number;
  "Description"?: string;
  "Timeout"?: number;
  "MemorySize"?: number;
  "LastModified"?: string;
  "CodeSha256"?: string;
  "Version"?: string;
  "VpcConfig"?: VpcConfigResponse;
  "DeadLetterConfig"?: DeadLetterConfig;
  "Environment"?: EnvironmentResponse;
  "KMSKeyArn"?: string;
  "TracingConfig"?: TracingConfigResponse;
  "MasterArn"?: string;
  "RevisionId"?: string;
  "Layers"?: Array<Layer>;
  "State"?: State;
  "StateReason"?: string;
  "StateReasonCode"?: StateReasonCode;
  "LastUpdateStatus"?: LastUpdateStatus;
  "LastUpdateStatusReason"?: string;
  "LastUpdateStatusReasonCode"?: LastUpdateStatusReasonCode;
  "FileSystemConfigs"?: Array<FileSystemConfig>;
  "PackageType"?: PackageType;
  "ImageConfigResponse"?: ImageConfigResponse;
  "SigningProfileVersionArn"?: string;
  "SigningJobArn"?: string;
  "Architectures"?: Array<Architecture>;
  "EphemeralStorage"?: EphemeralStorage;
  "SnapStart"?: SnapStartResponse;
  "RuntimeVersionConfig"?: RuntimeVersionConfig;
  "LoggingConfig"?: LoggingConfig;
  "CapacityProviderConfig"?: CapacityProviderConfig;
  "ConfigSha256"?: string;
  "DurableConfig"?: DurableConfig;
  "TenancyConfig"?: TenancyConfig;
}

export interface Cors {
  "AllowCredentials"?: boolean;
  "AllowHeaders"?: Array<string>;
  "AllowMethods"?: Array<string>;
  "AllowOrigins"?: Array<string>;
  "ExposeHeaders"?: Array<string>;
  "MaxAge"?: number;
}

export type InvokeMode = "BUFFERED" | "RESPONSE_STREAM";

export interface CreateFunctionUrlConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
  "AuthType": FunctionUrlAuthType;
  "Cors"?: Cors;
  "InvokeMode"?: InvokeMode;
}

export interface CreateFunctionUrlConfigResponse {
  "FunctionUrl": string;
  "FunctionArn": string;
  "AuthType": FunctionUrlAuthType;
  "Cors"?: Cors;
  "CreationTime": string;
  "InvokeMode"?: InvokeMode;
}

export interface DeleteAliasRequest {
  "FunctionName": string;
  "Name": string;
}

export interface DeleteCapacityProviderRequest {
  "CapacityProviderName": string;
}

export interface DeleteCapacityProviderResponse {
  "CapacityProvider": CapacityProvider;
}

export interface DeleteCodeSigningConfigRequest {
  "CodeSigningConfigArn": string;
}

export interface DeleteCodeSigningConfigResponse {

}

export interface DeleteEventSourceMappingRequest {
  "UUID": string;
}

export interface DeleteFunctionRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface DeleteFunctionResponse {
  "StatusCode"?: number;
}

export interface DeleteFunctionCodeSigningConfigRequest {
  "FunctionName": string;
}

export interface DeleteFunctionConcurrencyRequest {
  "FunctionName": string;
}

export interface DeleteFunctionEventInvokeConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface DeleteFunctionUrlConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface DeleteLayerVersionRequest {
  "LayerName": string;
  "VersionNumber": number;
}

export interface DeleteProvisionedConcurrencyConfigRequest {
  "FunctionName": string;
  "Qualifier": string;
}

export interface GetAccountSettingsRequest {

}

export interface AccountLimit {
  "TotalCodeSize"?: number;
  "CodeSizeUnzipped"?: number;
  "CodeSizeZipped"?: number;
  "ConcurrentExecutions"?: number;
  "UnreservedConcurrentExecutions"?: number;
}

export interface AccountUsage {
  "TotalCodeSize"?: number;
  "FunctionCount"?: number;
}

export interface GetAccountSettingsResponse {
  "AccountLimit"?: AccountLimit;
  "AccountUsage"?: AccountUsage;
}

export interface GetAliasRequest {
  "FunctionName": string;
  "Name": string;
}

export interface GetCapacityProviderRequest {
  "CapacityProviderName": string;
}

export interface GetCapacityProviderResponse {
  "CapacityProvider": CapacityProvider;
}

export interface GetCodeSigningConfigRequest {
  "CodeSigningConfigArn": string;
}

export interface GetCodeSigningConfigResponse {
  "CodeSigningConfig": CodeSigningConfig;
}

export interface GetDurableExecutionRequest {
  "DurableExecutionArn": string;
}

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "STOPPED";

export interface TraceHeader {
  "XAmznTraceId"?: string;
}

export interface GetDurableExecutionResponse {
  "DurableExecutionArn": string;
  "DurableExecutionName": string;
  "FunctionArn": string;
  "InputPayload"?: string;
  "Result"?: string;
  "Error"?: ErrorObject;
  "StartTimestamp": Date;
  "Status": ExecutionStatus;
  "EndTimestamp"?: Date;
  "Version"?: string;
  "TraceHeader"?: TraceHeader;
}

export interface GetDurableExecutionHistoryRequest {
  "DurableExecutionArn": string;
  "IncludeExecutionData"?: boolean;
  "MaxItems"?: number;
  "Marker"?: string;
  "ReverseOrder"?: boolean;
}

export type EventType = "ExecutionStarted" | "ExecutionSucceeded" | "ExecutionFailed" | "ExecutionTimedOut" | "ExecutionStopped" | "ContextStarted" | "ContextSucceeded" | "ContextFailed" | "WaitStarted" | "WaitSucceeded" | "WaitCancelled" | "StepStarted" | "StepSucceeded" | "StepFailed" | "ChainedInvokeStarted" | "ChainedInvokeSucceeded" | "ChainedInvokeFailed" | "ChainedInvokeTimedOut" | "ChainedInvokeStopped" | "CallbackStarted" | "CallbackSucceeded" | "CallbackFailed" | "CallbackTimedOut" | "InvocationCompleted";

export interface EventInput {
  "Payload"?: string;
  "Truncated"?: boolean;
}

export interface ExecutionStartedDetails {
  "Input": EventInput;
  "ExecutionTimeout": number;
}

export interface EventResult {
  "Payload"?: string;
  "Truncated"?: boolean;
}

export interface ExecutionSucceededDetails {
  "Result": EventResult;
}

export interface EventError {
  "Payload"?: ErrorObject;
  "Truncated"?: boolean;
}

export interface ExecutionFailedDetails {
  "Error": EventError;
}

export interface ExecutionTimedOutDetails {
  "Error"?: EventError;
}

export interface ExecutionStoppedDetails {
  "Error": EventError;
}

export interface ContextStartedDetails {

}

export interface ContextSucceededDetails {
  "Result": EventResult;
}

export interface ContextFailedDetails {
  "Error": EventError;
}

export interface WaitStartedDetails {
  "Duration": number;
  "ScheduledEndTimestamp": Date;
}

export interface WaitSucceededDetails {
  "Duration"?: number;
}

export interface WaitCancelledDetails {
  "Error"?: EventError;
}

export interface StepStartedDetails {

}

export interface RetryDetails {
  "CurrentAttempt"?: number;
  "NextAttemptDelaySeconds"?: number;
}

export interface StepSucceededDetails {
  "Result": EventResult;
  "RetryDetails": RetryDetails;
}

export interface StepFailedDetails {
  "Error": EventError;
  "RetryDetails": RetryDetails;
}

export interface ChainedInvokeStartedDetails {
  "FunctionName": string;
  "TenantId"?: string;
  "Input"?: EventInput;
  "ExecutedVersion"?: string;
  "DurableExecutionArn"?: string;
}

export interface ChainedInvokeSucceededDetails {
  "Result": EventResult;
}

export interface ChainedInvokeFailedDetails {
  "Error": EventError;
}

export interface ChainedInvokeTimedOutDetails {
  "Error": EventError;
}

export interface ChainedInvokeStoppedDetails {
  "Error": EventError;
}

export interface CallbackStartedDetails {
  "CallbackId": string;
  "HeartbeatTimeout"?: number;
  "Timeout"?: number;
}

export interface CallbackSucceededDetails {
  "Result": EventResult;
}

export interface CallbackFailedDetails {
  "Error": EventError;
}

export interface CallbackTimedOutDetails {
  "Error": EventError;
}

export interface InvocationCompletedDetails {
  "StartTimestamp": Date;
  "EndTimestamp": Date;
  "RequestId": string;
  "Error"?: EventError;
}

export interface Event {
  "EventType"?: EventType;
  "SubType"?: string;
  "EventId"?: number;
  "Id"?: string;
  "Name"?: string;
  "EventTimestamp"?: Date;
  "ParentId"?: string;
  "ExecutionStartedDetails"?: ExecutionStartedDetails;
  "ExecutionSucceededDetails"?: ExecutionSucceededDetails;
  "ExecutionFailedDetails"?: ExecutionFailedDetails;
  "ExecutionTimedOutDetails"?: ExecutionTimedOutDetails;
  "ExecutionStoppedDetails"?: ExecutionStoppedDetails;
  "ContextStartedDetails"?: ContextStartedDetails;
  "ContextSucceededDetails"?: ContextSucceededDetails;
  "ContextFailedDetails"?: ContextFailedDetails;
  "WaitStartedDetails"?: WaitStartedDetails;
  "WaitSucceededDetails"?: WaitSucceededDetails;
  "WaitCancelledDetails"?: WaitCancelledDetails;
  "StepStartedDetails"?: StepStartedDetails;
  "StepSucceededDetails"?: StepSucceededDetails;
  "StepFailedDetails"?: StepFailedDetails;
  "ChainedInvokeStartedDetails"?: ChainedInvokeStartedDetails;
  "ChainedInvokeSucceededDetails"?: ChainedInvokeSucceededDetails;
  "ChainedInvokeFailedDetails"?: ChainedInvokeFailedDetails;
  "ChainedInvokeTimedOutDetails"?: ChainedInvokeTimedOutDetails;
  "ChainedInvokeStoppedDetails"?: ChainedInvokeStoppedDetails;
  "CallbackStartedDetails"?: CallbackStartedDetails;
  "CallbackSucceededDetails"?: CallbackSucceededDetails;
  "CallbackFailedDetails"?: CallbackFailedDetails;
  "CallbackTimedOutDetails"?: CallbackTimedOutDetails;
  "InvocationCompletedDetails"?: InvocationCompletedDetails;
}

export interface GetDurableExecutionHistoryResponse {
  "Events": Array<Event>;
  "NextMarker"?: string;
}

export interface GetDurableExecutionStateRequest {
  "DurableExecutionArn": string;
  "CheckpointToken": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface GetDurableExecutionStateResponse {
  "Operations": Array<Operation>;
  "NextMarker"?: string;
}

export interface GetEventSourceMappingRequest {
  "UUID": string;
}

export interface GetFunctionRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface FunctionCodeLocation {
  "RepositoryType"?: string;
  "Location"?: string;
  "ImageUri"?: string;
  "ResolvedImageUri"?: string;
  "SourceKMSKeyArn"?: string;
}

export interface TagsError {
  "ErrorCode": string;
  "Message": string;
}

export interface Concurrency {
  "ReservedConcurrentExecutions"?: number;
}

export interface GetFunctionResponse {
  "Configuration"?: FunctionConfiguration;
  "Code"?: FunctionCodeLocation;
  "Tags"?: Record<string, string>;
  "TagsError"?: TagsError;
  "Concurrency"?: Concurrency;
}

export interface GetFunctionCodeSigningConfigRequest {
  "FunctionName": string;
}

export interface GetFunctionCodeSigningConfigResponse {
  "CodeSigningConfigArn": string;
  "FunctionName": string;
}

export interface GetFunctionConcurrencyRequest {
  "FunctionName": string;
}

export interface GetFunctionConcurrencyResponse {
  "ReservedConcurrentExecutions"?: number;
}

export interface GetFunctionConfigurationRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface GetFunctionEventInvokeConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface FunctionEventInvokeConfig {
  "LastModified"?: Date;
  "FunctionArn"?: string;
  "MaximumRetryAttempts"?: number;
  "MaximumEventAgeInSeconds"?: number;
  "DestinationConfig"?: DestinationConfig;
}

export interface GetFunctionRecursionConfigRequest {
  "FunctionName": string;
}

export type RecursiveLoop = "Allow" | "Terminate";

export interface GetFunctionRecursionConfigResponse {
  "RecursiveLoop"?: RecursiveLoop;
}

export interface GetFunctionScalingConfigRequest {
  "FunctionName": string;
  "Qualifier": string;
}

export interface FunctionScalingConfig {
  "MinExecutionEnvironments"?: number;
  "MaxExecutionEnvironments"?: number;
}

export interface GetFunctionScalingConfigResponse {
  "FunctionArn"?: string;
  "AppliedFunctionScalingConfig"?: FunctionScalingConfig;
  "RequestedFunctionScalingConfig"?: FunctionScalingConfig;
}

export interface GetFunctionUrlConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface GetFunctionUrlConfigResponse {
  "FunctionUrl": string;
  "FunctionArn": string;
  "AuthType": FunctionUrlAuthType;
  "Cors"?: Cors;
  "CreationTime": string;
  "LastModifiedTime": string;
  "InvokeMode"?: InvokeMode;
}

export interface GetLayerVersionRequest {
  "LayerName": string;
  "VersionNumber": number;
}

export interface LayerVersionContentOutput {
  "Location"?: string;
  "CodeSha256"?: string;
  "CodeSize"?: number;
  "SigningProfileVersionArn"?: string;
  "SigningJobArn"?: string;
}

export interface GetLayerVersionResponse {
  "Content"?: LayerVersionContentOutput;
  "LayerArn"?: string;
  "LayerVersionArn"?: string;
  "Description"?: string;
  "CreatedDate"?: string;
  "Version"?: number;
  "CompatibleRuntimes"?: Array<Runtime>;
  "LicenseInfo"?: string;
  "CompatibleArchitectures"?: Array<Architecture>;
}

export interface GetLayerVersionByArnRequest {
  "Arn": string;
}

export interface GetLayerVersionPolicyRequest {
  "LayerName": string;
  "VersionNumber": number;
}

export interface GetLayerVersionPolicyResponse {
  "Policy"?: string;
  "RevisionId"?: string;
}

export interface GetPolicyRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export interface GetPolicyResponse {
  "Policy"?: string;
  "RevisionId"?: string;
}

export interface GetProvisionedConcurrencyConfigRequest {
  "FunctionName": string;
  "Qualifier": string;
}

export type ProvisionedConcurrencyStatusEnum = "IN_PROGRESS" | "READY" | "FAILED";

export interface GetProvisionedConcurrencyConfigResponse {
  "RequestedProvisionedConcurrentExecutions"?: number;
  "AvailableProvisionedConcurrentExecutions"?: number;
  "AllocatedProvisionedConcurrentExecutions"?: number;
  "Status"?: ProvisionedConcurrencyStatusEnum;
  "StatusReason"?: string;
  "LastModified"?: string;
}

export interface GetRuntimeManagementConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
}

export type UpdateRuntimeOn = "Auto" | "Manual" | "FunctionUpdate";

export interface GetRuntimeManagementConfigResponse {
  "UpdateRuntimeOn"?: UpdateRuntimeOn;
  "RuntimeVersionArn"?: string;
  "FunctionArn"?: string;
}

export type InvocationType = "Event" | "RequestResponse" | "DryRun";

export type LogType = "None" | "Tail";

export interface InvocationRequest {
  "FunctionName": string;
  "InvocationType"?: InvocationType;
  "LogType"?: LogType;
  "ClientContext"?: string;
  "DurableExecutionName"?: string;
  "Payload"?: Uint8Array;
  "Qualifier"?: string;
  "TenantId"?: string;
}

export interface InvocationResponse {
  "StatusCode"?: number;
  "FunctionError"?: string;
  "LogResult"?: string;
  "Payload"?: Uint8Array;
  "ExecutedVersion"?: string;
  "DurableExecutionArn"?: string;
}

export interface InvokeAsyncRequest {
  "FunctionName": string;
  "InvokeArgs": Readable | Uint8Array;
}

export interface InvokeAsyncResponse {
  "Status"?: number;
}

export type ResponseStreamingInvocationType = "RequestResponse" | "DryRun";

export interface InvokeWithResponseStreamRequest {
  "FunctionName": string;
  "InvocationType"?: ResponseStreamingInvocationType;
  "LogType"?: LogType;
  "ClientContext"?: string;
  "Qualifier"?: string;
  "Payload"?: Uint8Array;
  "TenantId"?: string;
}

export interface InvokeResponseStreamUpdate {
  "Payload"?: Uint8Array;
}

export interface InvokeWithResponseStreamCompleteEvent {
  "ErrorCode"?: string;
  "ErrorDetails"?: string;
  "LogResult"?: string;
}

export interface InvokeWithResponseStreamResponseEvent {
  "PayloadChunk"?: InvokeResponseStreamUpdate;
  "InvokeComplete"?: InvokeWithResponseStreamCompleteEvent;
}

export interface InvokeWithResponseStreamResponse {
  "StatusCode"?: number;
  "ExecutedVersion"?: string;
  "EventStream"?: AsyncIterable<InvokeWithResponseStreamResponseEvent>;
  "ResponseStreamContentType"?: string;
}

export interface ListAliasesRequest {
  "FunctionName": string;
  "FunctionVersion"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListAliasesResponse {
  "NextMarker"?: string;
  "Aliases"?: Array<AliasConfiguration>;
}

export interface ListCapacityProvidersRequest {
  "State"?: CapacityProviderState;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListCapacityProvidersResponse {
  "CapacityProviders": Array<CapacityProvider>;
  "NextMarker"?: string;
}

export interface ListCodeSigningConfigsRequest {
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListCodeSigningConfigsResponse {
  "NextMarker"?: string;
  "CodeSigningConfigs"?: Array<CodeSigningConfig>;
}

export interface ListDurableExecutionsByFunctionRequest {
  "FunctionName": string;
  "Qualifier"?: string;
  "DurableExecutionName"?: string;
  "Statuses"?: Array<ExecutionStatus>;
  "StartedAfter"?: Date;
  "StartedBefore"?: Date;
  "ReverseOrder"?: boolean;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface Execution {
  "DurableExecutionArn": string;
  "DurableExecutionName": string;
  "FunctionArn": string;
  "Status": ExecutionStatus;
  "StartTimestamp": Date;
  "EndTimestamp"?: Date;
}

export interface ListDurableExecutionsByFunctionResponse {
  "DurableExecutions"?: Array<Execution>;
  "NextMarker"?: string;
}

export interface ListEventSourceMappingsRequest {
  "EventSourceArn"?: string;
  "FunctionName"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListEventSourceMappingsResponse {
  "NextMarker"?: string;
  "EventSourceMappings"?: Array<EventSourceMappingConfiguration>;
}

export interface ListFunctionEventInvokeConfigsRequest {
  "FunctionName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListFunctionEventInvokeConfigsResponse {
  "FunctionEventInvokeConfigs"?: Array<FunctionEventInvokeConfig>;
  "NextMarker"?: string;
}

export interface ListFunctionUrlConfigsRequest {
  "FunctionName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface FunctionUrlConfig {
  "FunctionUrl": string;
  "FunctionArn": string;
  "CreationTime": string;
  "LastModifiedTime": string;
  "Cors"?: Cors;
  "AuthType": FunctionUrlAuthType;
  "InvokeMode"?: InvokeMode;
}

export interface ListFunctionUrlConfigsResponse {
  "FunctionUrlConfigs": Array<FunctionUrlConfig>;
  "NextMarker"?: string;
}

export interface ListFunctionVersionsByCapacityProviderRequest {
  "CapacityProviderName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface FunctionVersionsByCapacityProviderListItem {
  "FunctionArn": string;
  "State": State;
}

export interface ListFunctionVersionsByCapacityProviderResponse {
  "CapacityProviderArn": string;
  "FunctionVersions": Array<FunctionVersionsByCapacityProviderListItem>;
  "NextMarker"?: string;
}

export type FunctionVersion = "ALL";

export interface ListFunctionsRequest {
  "MasterRegion"?: string;
  "FunctionVersion"?: FunctionVersion;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListFunctionsResponse {
  "NextMarker"?: string;
  "Functions"?: Array<FunctionConfiguration>;
}

export interface ListFunctionsByCodeSigningConfigRequest {
  "CodeSigningConfigArn": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListFunctionsByCodeSigningConfigResponse {
  "NextMarker"?: string;
  "FunctionArns"?: Array<string>;
}

export interface ListLayerVersionsRequest {
  "CompatibleRuntime"?: Runtime;
  "LayerName": string;
  "Marker"?: string;
  "MaxItems"?: number;
  "CompatibleArchitecture"?: Architecture;
}

export interface LayerVersionsListItem {
  "LayerVersionArn"?: string;
  "Version"?: number;
  "Description"?: string;
  "CreatedDate"?: string;
  "CompatibleRuntimes"?: Array<Runtime>;
  "LicenseInfo"?: string;
  "CompatibleArchitectures"?: Array<Architecture>;
}

export interface ListLayerVersionsResponse {
  "NextMarker"?: string;
  "LayerVersions"?: Array<LayerVersionsListItem>;
}

export interface ListLayersRequest {
  "CompatibleRuntime"?: Runtime;
  "Marker"?: string;
  "MaxItems"?: number;
  "CompatibleArchitecture"?: Architecture;
}

export interface LayersListItem {
  "LayerName"?: string;
  "LayerArn"?: string;
  "LatestMatchingVersion"?: LayerVersionsListItem;
}

export interface ListLayersResponse {
  "NextMarker"?: string;
  "Layers"?: Array<LayersListItem>;
}

export interface ListProvisionedConcurrencyConfigsRequest {
  "FunctionName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ProvisionedConcurrencyConfigListItem {
  "FunctionArn"?: string;
  "RequestedProvisionedConcurrentExecutions"?: number;
  "AvailableProvisionedConcurrentExecutions"?: number;
  "AllocatedProvisionedConcurrentExecutions"?: number;
  "Status"?: ProvisionedConcurrencyStatusEnum;
  "StatusReason"?: string;
  "LastModified"?: string;
}

export interface ListProvisionedConcurrencyConfigsResponse {
  "ProvisionedConcurrencyConfigs"?: Array<ProvisionedConcurrencyConfigListItem>;
  "NextMarker"?: string;
}

export interface ListTagsRequest {
  "Resource": string;
}

export interface ListTagsResponse {
  "Tags"?: Record<string, string>;
}

export interface ListVersionsByFunctionRequest {
  "FunctionName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListVersionsByFunctionResponse {
  "NextMarker"?: string;
  "Versions"?: Array<FunctionConfiguration>;
}

export interface LayerVersionContentInput {
  "S3Bucket"?: string;
  "S3Key"?: string;
  "S3ObjectVersion"?: string;
  "ZipFile"?: Uint8Array;
}

export interface PublishLayerVersionRequest {
  "LayerName": string;
  "Description"?: string;
  "Content": LayerVersionContentInput;
  "CompatibleRuntimes"?: Array<Runtime>;
  "LicenseInfo"?: string;
  "CompatibleArchitectures"?: Array<Architecture>;
}

export interface PublishLayerVersionResponse {
  "Content"?: LayerVersionContentOutput;
  "LayerArn"?: string;
  "LayerVersionArn"?: string;
  "Description"?: string;
  "CreatedDate"?: string;
  "Version"?: number;
  "CompatibleRuntimes"?: Array<Runtime>;
  "LicenseInfo"?: string;
  "CompatibleArchitectures"?: Array<Architecture>;
}

export interface PublishVersionRequest {
  "FunctionName": string;
  "CodeSha256"?: string;
  "Description"?: string;
  "RevisionId"?: string;
  "PublishTo"?: FunctionVersionLatestPublished;
}

export interface PutFunctionCodeSigningConfigRequest {
  "CodeSigningConfigArn": string;
  "FunctionName": string;
}

export interface PutFunctionCodeSigningConfigResponse {
  "CodeSigningConfigArn": string;
  "FunctionName": string;
}

export interface PutFunctionConcurrencyRequest {
  "FunctionName": string;
  "ReservedConcurrentExecutions": number;
}

export interface PutFunctionEventInvokeConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
  "MaximumRetryAttempts"?: number;
  "MaximumEventAgeInSeconds"?: number;
  "DestinationConfig"?: DestinationConfig;
}

export interface PutFunctionRecursionConfigRequest {
  "FunctionName": string;
  "RecursiveLoop": RecursiveLoop;
}

export interface PutFunctionRecursionConfigResponse {
  "RecursiveLoop"?: RecursiveLoop;
}

export interface PutFunctionScalingConfigRequest {
  "FunctionName": string;
  "Qualifier": string;
  "FunctionScalingConfig"?: FunctionScalingConfig;
}

export interface PutFunctionScalingConfigResponse {
  "FunctionState"?: State;
}

export interface PutProvisionedConcurrencyConfigRequest {
  "FunctionName": string;
  "Qualifier": string;
  "ProvisionedConcurrentExecutions": number;
}

export interface PutProvisionedConcurrencyConfigResponse {
  "RequestedProvisionedConcurrentExecutions"?: number;
  "AvailableProvisionedConcurrentExecutions"?: number;
  "AllocatedProvisionedConcurrentExecutions"?: number;
  "Status"?: ProvisionedConcurrencyStatusEnum;
  "StatusReason"?: string;
  "LastModified"?: string;
}

export interface PutRuntimeManagementConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
  "UpdateRuntimeOn": UpdateRuntimeOn;
  "RuntimeVersionArn"?: string;
}

export interface PutRuntimeManagementConfigResponse {
  "UpdateRuntimeOn": UpdateRuntimeOn;
  "FunctionArn": string;
  "RuntimeVersionArn"?: string;
}

export interface RemoveLayerVersionPermissionRequest {
  "LayerName": string;
  "VersionNumber": number;
  "StatementId": string;
  "RevisionId"?: string;
}

export interface RemovePermissionRequest {
  "FunctionName": string;
  "StatementId": string;
  "Qualifier"?: string;
  "RevisionId"?: string;
}

export interface SendDurableExecutionCallbackFailureRequest {
  "CallbackId": string;
  "Error"?: ErrorObject;
}

export interface SendDurableExecutionCallbackFailureResponse {

}

export interface SendDurableExecutionCallbackHeartbeatRequest {
  "CallbackId": string;
}

export interface SendDurableExecutionCallbackHeartbeatResponse {

}

export interface SendDurableExecutionCallbackSuccessRequest {
  "CallbackId": string;
  "Result"?: Uint8Array;
}

export interface SendDurableExecutionCallbackSuccessResponse {

}

export interface StopDurableExecutionRequest {
  "DurableExecutionArn": string;
  "Error"?: ErrorObject;
}

export interface StopDurableExecutionResponse {
  "StopTimestamp": Date;
}

export interface TagResourceRequest {
  "Resource": string;
  "Tags": Record<string, string>;
}

export interface UntagResourceRequest {
  "Resource": string;
  "TagKeys": Array<string>;
}

export interface UpdateAliasRequest {
  "FunctionName": string;
  "Name": string;
  "FunctionVersion"?: string;
  "Description"?: string;
  "RoutingConfig"?: AliasRoutingConfiguration;
  "RevisionId"?: string;
}

export interface UpdateCapacityProviderRequest {
  "CapacityProviderName": string;
  "CapacityProviderScalingConfig"?: CapacityProviderScalingConfig;
}

export interface UpdateCapacityProviderResponse {
  "CapacityProvider": CapacityProvider;
}

export interface UpdateCodeSigningConfigRequest {
  "CodeSigningConfigArn": string;
  "Description"?: string;
  "AllowedPublishers"?: AllowedPublishers;
  "CodeSigningPolicies"?: CodeSigningPolicies;
}

export interface UpdateCodeSigningConfigResponse {
  "CodeSigningConfig": CodeSigningConfig;
}

export interface UpdateEventSourceMappingRequest {
  "UUID": string;
  "FunctionName"?: string;
  "Enabled"?: boolean;
  "BatchSize"?: number;
  "FilterCriteria"?: FilterCriteria;
  "MaximumBatchingWindowInSeconds"?: number;
  "DestinationConfig"?: DestinationConfig;
  "MaximumRecordAgeInSeconds"?: number;
  "BisectBatchOnFunctionError"?: boolean;
  "MaximumRetryAttempts"?: number;
  "ParallelizationFactor"?: number;
  "SourceAccessConfigurations"?: Array<SourceAccessConfiguration>;
  "TumblingWindowInSeconds"?: number;
  "FunctionResponseTypes"?: Array<FunctionResponseType>;
  "ScalingConfig"?: ScalingConfig;
  "AmazonManagedKafkaEventSourceConfig"?: AmazonManagedKafkaEventSourceConfig;
  "SelfManagedKafkaEventSourceConfig"?: SelfManagedKafkaEventSourceConfig;
  "DocumentDBEventSourceConfig"?: DocumentDBEventSourceConfig;
  "KMSKeyArn"?: string;
  "MetricsConfig"?: EventSourceMappingMetricsConfig;
  "LoggingConfig"?: EventSourceMappingLoggingConfig;
  "ProvisionedPollerConfig"?: ProvisionedPollerConfig;
}

export interface UpdateFunctionCodeRequest {
  "FunctionName": string;
  "ZipFile"?: Uint8Array;
  "S3Bucket"?: string;
  "S3Key"?: string;
  "S3ObjectVersion"?: string;
  "ImageUri"?: string;
  "Publish"?: boolean;
  "DryRun"?: boolean;
  "RevisionId"?: string;
  "Architectures"?: Array<Architecture>;
  "SourceKMSKeyArn"?: string;
  "PublishTo"?: FunctionVersionLatestPublished;
}

export interface UpdateFunctionConfigurationRequest {
  "FunctionName": string;
  "Role"?: string;
  "Handler"?: string;
  "Description"?: string;
  "Timeout"?: number;
  "MemorySize"?: number;
  "VpcConfig"?: VpcConfig;
  "Environment"?: Environment;
  "Runtime"?: Runtime;
  "DeadLetterConfig"?: DeadLetterConfig;
  "KMSKeyArn"?: string;
  "TracingConfig"?: TracingConfig;
  "RevisionId"?: string;
  "Layers"?: Array<string>;
  "FileSystemConfigs"?: Array<FileSystemConfig>;
  "ImageConfig"?: ImageConfig;
  "EphemeralStorage"?: EphemeralStorage;
  "SnapStart"?: SnapStart;
  "LoggingConfig"?: LoggingConfig;
  "CapacityProviderConfig"?: CapacityProviderConfig;
  "DurableConfig"?: DurableConfig;
}

export interface UpdateFunctionEventInvokeConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
  "MaximumRetryAttempts"?: number;
  "MaximumEventAgeInSeconds"?: number;
  "DestinationConfig"?: DestinationConfig;
}

export interface UpdateFunctionUrlConfigRequest {
  "FunctionName": string;
  "Qualifier"?: string;
  "AuthType"?: FunctionUrlAuthType;
  "Cors"?: Cors;
  "InvokeMode"?: InvokeMode;
}

export interface UpdateFunctionUrlConfigResponse {
  "FunctionUrl": string;
  "FunctionArn": string;
  "AuthType": FunctionUrlAuthType;
  "Cors"?: Cors;
  "CreationTime": string;
  "LastModifiedTime": string;
  "InvokeMode"?: InvokeMode;
}

/** Every operation of the Lambda model; a provider implements the ones Nimbus serves. */
export interface LambdaOperations {
  addLayerVersionPermission(input: AddLayerVersionPermissionRequest, context: CallContext): Promise<AddLayerVersionPermissionResponse>;
  addPermission(input: AddPermissionRequest, context: CallContext): Promise<AddPermissionResponse>;
  checkpointDurableExecution(input: CheckpointDurableExecutionRequest, context: CallContext): Promise<CheckpointDurableExecutionResponse>;
  createAlias(input: CreateAliasRequest, context: CallContext): Promise<AliasConfiguration>;
  createCapacityProvider(input: CreateCapacityProviderRequest, context: CallContext): Promise<CreateCapacityProviderResponse>;
  createCodeSigningConfig(input: CreateCodeSigningConfigRequest, context: CallContext): Promise<CreateCodeSigningConfigResponse>;
  createEventSourceMapping(input: CreateEventSourceMappingRequest, context: CallContext): Promise<EventSourceMappingConfiguration>;
  createFunction(input: CreateFunctionRequest, context: CallContext): Promise<FunctionConfiguration>;
  createFunctionUrlConfig(input: CreateFunctionUrlConfigRequest, context: CallContext): Promise<CreateFunctionUrlConfigResponse>;
  deleteAlias(input: DeleteAliasRequest, context: CallContext): Promise<void>;
  deleteCapacityProvider(input: DeleteCapacityProviderRequest, context: CallContext): Promise<DeleteCapacityProviderResponse>;
  deleteCodeSigningConfig(input: DeleteCodeSigningConfigRequest, context: CallContext): Promise<DeleteCodeSigningConfigResponse>;
  deleteEventSourceMapping(input: DeleteEventSourceMappingRequest, context: CallContext): Promise<EventSourceMappingConfiguration>;
  deleteFunction(input: DeleteFunctionRequest, context: CallContext): Promise<DeleteFunctionResponse>;
  deleteFunctionCodeSigningConfig(input: DeleteFunctionCodeSigningConfigRequest, context: CallContext): Promise<void>;
  deleteFunctionConcurrency(input: DeleteFunctionConcurrencyRequest, context: CallContext): Promise<void>;
  deleteFunctionEventInvokeConfig(input: DeleteFunctionEventInvokeConfigRequest, context: CallContext): Promise<void>;
  deleteFunctionUrlConfig(input: DeleteFunctionUrlConfigRequest, context: CallContext): Promise<void>;
  deleteLayerVersion(input: DeleteLayerVersionRequest, context: CallContext): Promise<void>;
  deleteProvisionedConcurrencyConfig(input: DeleteProvisionedConcurrencyConfigRequest, context: CallContext): Promise<void>;
  getAccountSettings(input: GetAccountSettingsRequest, context: CallContext): Promise<GetAccountSettingsResponse>;
  getAlias(input: GetAliasRequest, context: CallContext): Promise<AliasConfiguration>;
  getCapacityProvider(input: GetCapacityProviderRequest, context: CallContext): Promise<GetCapacityProviderResponse>;
  getCodeSigningConfig(input: GetCodeSigningConfigRequest, context: CallContext): Promise<GetCodeSigningConfigResponse>;
  getDurableExecution(input: GetDurableExecutionRequest, context: CallContext): Promise<GetDurableExecutionResponse>;
  getDurableExecutionHistory(input: GetDurableExecutionHistoryRequest, context: CallContext): Promise<GetDurableExecutionHistoryResponse>;
  getDurableExecutionState(input: GetDurableExecutionStateRequest, context: CallContext): Promise<GetDurableExecutionStateResponse>;
  getEventSourceMapping(input: GetEventSourceMappingRequest, context: CallContext): Promise<EventSourceMappingConfiguration>;
  getFunction(input: GetFunctionRequest, context: CallContext): Promise<GetFunctionResponse>;
  getFunctionCodeSigningConfig(input: GetFunctionCodeSigningConfigRequest, context: CallContext): Promise<GetFunctionCodeSigningConfigResponse>;
  getFunctionConcurrency(input: GetFunctionConcurrencyRequest, context: CallContext): Promise<GetFunctionConcurrencyResponse>;
  getFunctionConfiguration(input: GetFunctionConfigurationRequest, context: CallContext): Promise<FunctionConfiguration>;
  getFunctionEventInvokeConfig(input: GetFunctionEventInvokeConfigRequest, context: CallContext): Promise<FunctionEventInvokeConfig>;
  getFunctionRecursionConfig(input: GetFunctionRecursionConfigRequest, context: CallContext): Promise<GetFunctionRecursionConfigResponse>;
  getFunctionScalingConfig(input: GetFunctionScalingConfigRequest, context: CallContext): Promise<GetFunctionScalingConfigResponse>;
  getFunctionUrlConfig(input: GetFunctionUrlConfigRequest, context: CallContext): Promise<GetFunctionUrlConfigResponse>;
  getLayerVersion(input: GetLayerVersionRequest, context: CallContext): Promise<GetLayerVersionResponse>;
  getLayerVersionByArn(input: GetLayerVersionByArnRequest, context: CallContext): Promise<GetLayerVersionResponse>;
  getLayerVersionPolicy(input: GetLayerVersionPolicyRequest, context: CallContext): Promise<GetLayerVersionPolicyResponse>;
  getPolicy(input: GetPolicyRequest, context: CallContext): Promise<GetPolicyResponse>;
  getProvisionedConcurrencyConfig(input: GetProvisionedConcurrencyConfigRequest, context: CallContext): Promise<GetProvisionedConcurrencyConfigResponse>;
  getRuntimeManagementConfig(input: GetRuntimeManagementConfigRequest, context: CallContext): Promise<GetRuntimeManagementConfigResponse>;
  invoke(input: InvocationRequest, context: CallContext): Promise<InvocationResponse>;
  invokeAsync(input: InvokeAsyncRequest, context: CallContext): Promise<InvokeAsyncResponse>;
  invokeWithResponseStream(input: InvokeWithResponseStreamRequest, context: CallContext): Promise<InvokeWithResponseStreamResponse>;
  listAliases(input: ListAliasesRequest, context: CallContext): Promise<ListAliasesResponse>;
  listCapacityProviders(input: ListCapacityProvidersRequest, context: CallContext): Promise<ListCapacityProvidersResponse>;
  listCodeSigningConfigs(input: ListCodeSigningConfigsRequest, context: CallContext): Promise<ListCodeSigningConfigsResponse>;
  listDurableExecutionsByFunction(input: ListDurableExecutionsByFunctionRequest, context: CallContext): Promise<ListDurableExecutionsByFunctionResponse>;
  listEventSourceMappings(input: ListEventSourceMappingsRequest, context: CallContext): Promise<ListEventSourceMappingsResponse>;
  listFunctionEventInvokeConfigs(input: ListFunctionEventInvokeConfigsRequest, context: CallContext): Promise<ListFunctionEventInvokeConfigsResponse>;
  listFunctionUrlConfigs(input: ListFunctionUrlConfigsRequest, context: CallContext): Promise<ListFunctionUrlConfigsResponse>;
  listFunctionVersionsByCapacityProvider(input: ListFunctionVersionsByCapacityProviderRequest, context: CallContext): Promise<ListFunctionVersionsByCapacityProviderResponse>;
  listFunctions(input: ListFunctionsRequest, context: CallContext): Promise<ListFunctionsResponse>;
  listFunctionsByCodeSigningConfig(input: ListFunctionsByCodeSigningConfigRequest, context: CallContext): Promise<ListFunctionsByCodeSigningConfigResponse>;
  listLayerVersions(input: ListLayerVersionsRequest, context: CallContext): Promise<ListLayerVersionsResponse>;
  listLayers(input: ListLayersRequest, context: CallContext): Promise<ListLayersResponse>;
  listProvisionedConcurrencyConfigs(input: ListProvisionedConcurrencyConfigsRequest, context: CallContext): Promise<ListProvisionedConcurrencyConfigsResponse>;
  listTags(input: ListTagsRequest, context: CallContext): Promise<ListTagsResponse>;
  listVersionsByFunction(input: ListVersionsByFunctionRequest, context: CallContext): Promise<ListVersionsByFunctionResponse>;
  publishLayerVersion(input: PublishLayerVersionRequest, context: CallContext): Promise<PublishLayerVersionResponse>;
  publishVersion(input: PublishVersionRequest, context: CallContext): Promise<FunctionConfiguration>;
  putFunctionCodeSigningConfig(input: PutFunctionCodeSigningConfigRequest, context: CallContext): Promise<PutFunctionCodeSigningConfigResponse>;
  putFunctionConcurrency(input: PutFunctionConcurrencyRequest, context: CallContext): Promise<Concurrency>;
  putFunctionEventInvokeConfig(input: PutFunctionEventInvokeConfigRequest, context: CallContext): Promise<FunctionEventInvokeConfig>;
  putFunctionRecursionConfig(input: PutFunctionRecursionConfigRequest, context: CallContext): Promise<PutFunctionRecursionConfigResponse>;
  putFunctionScalingConfig(input: PutFunctionScalingConfigRequest, context: CallContext): Promise<PutFunctionScalingConfigResponse>;
  putProvisionedConcurrencyConfig(input: PutProvisionedConcurrencyConfigRequest, context: CallContext): Promise<PutProvisionedConcurrencyConfigResponse>;
  putRuntimeManagementConfig(input: PutRuntimeManagementConfigRequest, context: CallContext): Promise<PutRuntimeManagementConfigResponse>;
  removeLayerVersionPermission(input: RemoveLayerVersionPermissionRequest, context: CallContext): Promise<void>;
  removePermission(input: RemovePermissionRequest, context: CallContext): Promise<void>;
  sendDurableExecutionCallbackFailure(input: SendDurableExecutionCallbackFailureRequest, context: CallContext): Promise<SendDurableExecutionCallbackFailureResponse>;
  sendDurableExecutionCallbackHeartbeat(input: SendDurableExecutionCallbackHeartbeatRequest, context: CallContext): Promise<SendDurableExecutionCallbackHeartbeatResponse>;
  sendDurableExecutionCallbackSuccess(input: SendDurableExecutionCallbackSuccessRequest, context: CallContext): Promise<SendDurableExecutionCallbackSuccessResponse>;
  stopDurableExecution(input: StopDurableExecutionRequest, context: CallContext): Promise<StopDurableExecutionResponse>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<void>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void>;
  updateAlias(input: UpdateAliasRequest, context: CallContext): Promise<AliasConfiguration>;
  updateCapacityProvider(input: UpdateCapacityProviderRequest, context: CallContext): Promise<UpdateCapacityProviderResponse>;
  updateCodeSigningConfig(input: UpdateCodeSigningConfigRequest, context: CallContext): Promise<UpdateCodeSigningConfigResponse>;
  updateEventSourceMapping(input: UpdateEventSourceMappingRequest, context: CallContext): Promise<EventSourceMappingConfiguration>;
  updateFunctionCode(input: UpdateFunctionCodeRequest, context: CallContext): Promise<FunctionConfiguration>;
  updateFunctionConfiguration(input: UpdateFunctionConfigurationRequest, context: CallContext): Promise<FunctionConfiguration>;
  updateFunctionEventInvokeConfig(input: UpdateFunctionEventInvokeConfigRequest, context: CallContext): Promise<FunctionEventInvokeConfig>;
  updateFunctionUrlConfig(input: UpdateFunctionUrlConfigRequest, context: CallContext): Promise<UpdateFunctionUrlConfigResponse>;
}
