// Generated from models/ssm.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export type ResourceTypeForTagging = "Document" | "ManagedInstance" | "MaintenanceWindow" | "Parameter" | "PatchBaseline" | "OpsItem" | "OpsMetadata" | "Automation" | "Association";

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface AddTagsToResourceRequest {
  "ResourceType": ResourceTypeForTagging;
  "ResourceId": string;
  "Tags": Array<Tag>;
}

export interface AddTagsToResourceResult {

}

export interface AssociateOpsItemRelatedItemRequest {
  "OpsItemId": string;
  "AssociationType": string;
  "ResourceType": string;
  "ResourceUri": string;
}

export interface AssociateOpsItemRelatedItemResponse {
  "AssociationId"?: string;
}

export interface CancelCommandRequest {
  "CommandId": string;
  "InstanceIds"?: Array<string>;
}

export interface CancelCommandResult {

}

export interface CancelMaintenanceWindowExecutionRequest {
  "WindowExecutionId": string;
}

export interface CancelMaintenanceWindowExecutionResult {
  "WindowExecutionId"?: string;
}

export interface RegistrationMetadataItem {
  "Key": string;
  "Value": string;
}

export interface CreateActivationRequest {
  "Description"?: string;
  "DefaultInstanceName"?: string;
  "IamRole": string;
  "RegistrationLimit"?: number;
  "ExpirationDate"?: Date;
  "Tags"?: Array<Tag>;
  "RegistrationMetadata"?: Array<RegistrationMetadataItem>;
}

export interface CreateActivationResult {
  "ActivationId"?: string;
  "ActivationCode"?: string;
}

export interface Target {
  "Key"?: string;
  "Values"?: Array<string>;
}

export interface S3OutputLocation {
  "OutputS3Region"?: string;
  "OutputS3BucketName"?: string;
  "OutputS3KeyPrefix"?: string;
}

export interface InstanceAssociationOutputLocation {
  "S3Location"?: S3OutputLocation;
}

export type AssociationComplianceSeverity = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "UNSPECIFIED";

export type AssociationSyncCompliance = "AUTO" | "MANUAL";

export interface Alarm {
  "Name": string;
}

export interface AlarmConfiguration {
  "IgnorePollAlarmFailure"?: boolean;
  "Alarms": Array<Alarm>;
}

export interface TargetLocation {
  "Accounts"?: Array<string>;
  "Regions"?: Array<string>;
  "TargetLocationMaxConcurrency"?: string;
  "TargetLocationMaxErrors"?: string;
  "ExecutionRoleName"?: string;
  "TargetLocationAlarmConfiguration"?: AlarmConfiguration;
  "IncludeChildOrganizationUnits"?: boolean;
  "ExcludeAccounts"?: Array<string>;
  "Targets"?: Array<Target>;
  "TargetsMaxConcurrency"?: string;
  "TargetsMaxErrors"?: string;
}

export interface CreateAssociationRequest {
  "Name": string;
  "DocumentVersion"?: string;
  "InstanceId"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "Targets"?: Array<Target>;
  "ScheduleExpression"?: string;
  "OutputLocation"?: InstanceAssociationOutputLocation;
  "AssociationName"?: string;
  "AutomationTargetParameterName"?: string;
  "MaxErrors"?: string;
  "MaxConcurrency"?: string;
  "ComplianceSeverity"?: AssociationComplianceSeverity;
  "SyncCompliance"?: AssociationSyncCompliance;
  "ApplyOnlyAtCronInterval"?: boolean;
  "CalendarNames"?: Array<string>;
  "TargetLocations"?: Array<TargetLocation>;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "Tags"?: Array<Tag>;
  "AlarmConfiguration"?: AlarmConfiguration;
  "AssociationDispatchAssumeRole"?: string;
}

export type AssociationStatusName = "Pending" | "Success" | "Failed";

export interface AssociationStatus {
  "Date": Date;
  "Name": AssociationStatusName;
  "Message": string;
  "AdditionalInfo"?: string;
}

export interface AssociationOverview {
  "Status"?: string;
  "DetailedStatus"?: string;
  "AssociationStatusAggregatedCount"?: Record<string, number>;
}

export type ExternalAlarmState = "UNKNOWN" | "ALARM";

export interface AlarmStateInformation {
  "Name": string;
  "State": ExternalAlarmState;
}

export interface AssociationDescription {
  "Name"?: string;
  "InstanceId"?: string;
  "AssociationVersion"?: string;
  "Date"?: Date;
  "LastUpdateAssociationDate"?: Date;
  "Status"?: AssociationStatus;
  "Overview"?: AssociationOverview;
  "DocumentVersion"?: string;
  "AutomationTargetParameterName"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "AssociationId"?: string;
  "Targets"?: Array<Target>;
  "ScheduleExpression"?: string;
  "OutputLocation"?: InstanceAssociationOutputLocation;
  "LastExecutionDate"?: Date;
  "LastSuccessfulExecutionDate"?: Date;
  "AssociationName"?: string;
  "MaxErrors"?: string;
  "MaxConcurrency"?: string;
  "ComplianceSeverity"?: AssociationComplianceSeverity;
  "SyncCompliance"?: AssociationSyncCompliance;
  "ApplyOnlyAtCronInterval"?: boolean;
  "CalendarNames"?: Array<string>;
  "TargetLocations"?: Array<TargetLocation>;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
  "AssociationDispatchAssumeRole"?: string;
}

export interface CreateAssociationResult {
  "AssociationDescription"?: AssociationDescription;
}

export interface CreateAssociationBatchRequestEntry {
  "Name": string;
  "InstanceId"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "AutomationTargetParameterName"?: string;
  "DocumentVersion"?: string;
  "Targets"?: Array<Target>;
  "ScheduleExpression"?: string;
  "OutputLocation"?: InstanceAssociationOutputLocation;
  "AssociationName"?: string;
  "MaxErrors"?: string;
  "MaxConcurrency"?: string;
  "ComplianceSeverity"?: AssociationComplianceSeverity;
  "SyncCompliance"?: AssociationSyncCompliance;
  "ApplyOnlyAtCronInterval"?: boolean;
  "CalendarNames"?: Array<string>;
  "TargetLocations"?: Array<TargetLocation>;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface CreateAssociationBatchRequest {
  "Entries": Array<CreateAssociationBatchRequestEntry>;
  "AssociationDispatchAssumeRole"?: string;
}

export type Fault = "Client" | "Server" | "Unknown";

export interface FailedCreateAssociation {
  "Entry"?: CreateAssociationBatchRequestEntry;
  "Message"?: string;
  "Fault"?: Fault;
}

export interface CreateAssociationBatchResult {
  "Successful"?: Array<AssociationDescription>;
  "Failed"?: Array<FailedCreateAssociation>;
}

export interface DocumentRequires {
  "Name": string;
  "Version"?: string;
  "RequireType"?: string;
  "VersionName"?: string;
}

export type AttachmentsSourceKey = "SourceUrl" | "S3FileUrl" | "AttachmentReference";

export interface AttachmentsSource {
  "Key"?: AttachmentsSourceKey;
  "Values"?: Array<string>;
  "Name"?: string;
}

export type DocumentType = "Command" | "Policy" | "Automation" | "Session" | "Package" | "ApplicationConfiguration" | "ApplicationConfigurationSchema" | "DeploymentStrategy" | "ChangeCalendar" | "Automation.ChangeTemplate" | "ProblemAnalysis" | "ProblemAnalysisTemplate" | "CloudFormation" | "ConformancePackTemplate" | "QuickSetup" | "ManualApprovalPolicy" | "AutoApprovalPolicy";

export type DocumentFormat = "YAML" | "JSON" | "TEXT";

export interface CreateDocumentRequest {
  "Content": string;
  "Requires"?: Array<DocumentRequires>;
  "Attachments"?: Array<AttachmentsSource>;
  "Name": string;
  "DisplayName"?: string;
  "VersionName"?: string;
  "DocumentType"?: DocumentType;
  "DocumentFormat"?: DocumentFormat;
  "TargetType"?: string;
  "Tags"?: Array<Tag>;
}

export type DocumentHashType = "Sha256" | "Sha1";

export type DocumentStatus = "Creating" | "Active" | "Updating" | "Deleting" | "Failed";

export type DocumentParameterType = "String" | "StringList";

export interface DocumentParameter {
  "Name"?: string;
  "Type"?: DocumentParameterType;
  "Description"?: string;
  "DefaultValue"?: string;
}

export type PlatformType = "Windows" | "Linux" | "MacOS";

export interface AttachmentInformation {
  "Name"?: string;
}

export type ReviewStatus = "APPROVED" | "NOT_REVIEWED" | "PENDING" | "REJECTED";

export interface ReviewInformation {
  "ReviewedTime"?: Date;
  "Status"?: ReviewStatus;
  "Reviewer"?: string;
}

export interface DocumentDescription {
  "Sha1"?: string;
  "Hash"?: string;
  "HashType"?: DocumentHashType;
  "Name"?: string;
  "DisplayName"?: string;
  "VersionName"?: string;
  "Owner"?: string;
  "CreatedDate"?: Date;
  "Status"?: DocumentStatus;
  "StatusInformation"?: string;
  "DocumentVersion"?: string;
  "Description"?: string;
  "Parameters"?: Array<DocumentParameter>;
  "PlatformTypes"?: Array<PlatformType>;
  "DocumentType"?: DocumentType;
  "SchemaVersion"?: string;
  "LatestVersion"?: string;
  "DefaultVersion"?: string;
  "DocumentFormat"?: DocumentFormat;
  "TargetType"?: string;
  "Tags"?: Array<Tag>;
  "AttachmentsInformation"?: Array<AttachmentInformation>;
  "Requires"?: Array<DocumentRequires>;
  "Author"?: string;
  "ReviewInformation"?: Array<ReviewInformation>;
  "ApprovedVersion"?: string;
  "PendingReviewVersion"?: string;
  "ReviewStatus"?: ReviewStatus;
  "Category"?: Array<string>;
  "CategoryEnum"?: Array<string>;
}

export interface CreateDocumentResult {
  "DocumentDescription"?: DocumentDescription;
}

export interface CreateMaintenanceWindowRequest {
  "Name": string;
  "Description"?: string;
  "StartDate"?: string;
  "EndDate"?: string;
  "Schedule": string;
  "ScheduleTimezone"?: string;
  "ScheduleOffset"?: number;
  "Duration": number;
  "Cutoff": number;
  "AllowUnassociatedTargets": boolean;
  "ClientToken"?: string;
  "Tags"?: Array<Tag>;
}

export interface CreateMaintenanceWindowResult {
  "WindowId"?: string;
}

export type OpsItemDataType = "SearchableString" | "String";

export interface OpsItemDataValue {
  "Value"?: string;
  "Type"?: OpsItemDataType;
}

export interface OpsItemNotification {
  "Arn"?: string;
}

export interface RelatedOpsItem {
  "OpsItemId": string;
}

export interface CreateOpsItemRequest {
  "Description": string;
  "OpsItemType"?: string;
  "OperationalData"?: Record<string, OpsItemDataValue>;
  "Notifications"?: Array<OpsItemNotification>;
  "Priority"?: number;
  "RelatedOpsItems"?: Array<RelatedOpsItem>;
  "Source": string;
  "Title": string;
  "Tags"?: Array<Tag>;
  "Category"?: string;
  "Severity"?: string;
  "ActualStartTime"?: Date;
  "ActualEndTime"?: Date;
  "PlannedStartTime"?: Date;
  "PlannedEndTime"?: Date;
  "AccountId"?: string;
}

export interface CreateOpsItemResponse {
  "OpsItemId"?: string;
  "OpsItemArn"?: string;
}

export interface MetadataValue {
  "Value"?: string;
}

export interface CreateOpsMetadataRequest {
  "ResourceId": string;
  "Metadata"?: Record<string, MetadataValue>;
  "Tags"?: Array<Tag>;
}

export interface CreateOpsMetadataResult {
  "OpsMetadataArn"?: string;
}

export type OperatingSystem = "WINDOWS" | "AMAZON_LINUX" | "AMAZON_LINUX_2" | "AMAZON_LINUX_2022" | "UBUNTU" | "REDHAT_ENTERPRISE_LINUX" | "SUSE" | "CENTOS" | "ORACLE_LINUX" | "DEBIAN" | "MACOS" | "RASPBIAN" | "ROCKY_LINUX" | "ALMA_LINUX" | "AMAZON_LINUX_2023";

export type PatchFilterKey = "ARCH" | "ADVISORY_ID" | "BUGZILLA_ID" | "PATCH_SET" | "PRODUCT" | "PRODUCT_FAMILY" | "CLASSIFICATION" | "CVE_ID" | "EPOCH" | "MSRC_SEVERITY" | "NAME" | "PATCH_ID" | "SECTION" | "PRIORITY" | "REPOSITORY" | "RELEASE" | "SEVERITY" | "SECURITY" | "VERSION";

export interface PatchFilter {
  "Key": PatchFilterKey;
  "Values": Array<string>;
}

export interface PatchFilterGroup {
  "PatchFilters": Array<PatchFilter>;
}

export type PatchComplianceLevel = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";

export interface PatchRule {
  "PatchFilterGroup": PatchFilterGroup;
  "ComplianceLevel"?: PatchComplianceLevel;
  "ApproveAfterDays"?: number;
  "ApproveUntilDate"?: string;
  "EnableNonSecurity"?: boolean;
}

export interface PatchRuleGroup {
  "PatchRules": Array<PatchRule>;
}

export type PatchAction = "ALLOW_AS_DEPENDENCY" | "BLOCK";

export interface PatchSource {
  "Name": string;
  "Products": Array<string>;
  "Configuration": string;
}

export type PatchComplianceStatus = "COMPLIANT" | "NON_COMPLIANT";

export interface CreatePatchBaselineRequest {
  "OperatingSystem"?: OperatingSystem;
  "Name": string;
  "GlobalFilters"?: PatchFilterGroup;
  "ApprovalRules"?: PatchRuleGroup;
  "ApprovedPatches"?: Array<string>;
  "ApprovedPatchesComplianceLevel"?: PatchComplianceLevel;
  "ApprovedPatchesEnableNonSecurity"?: boolean;
  "RejectedPatches"?: Array<string>;
  "RejectedPatchesAction"?: PatchAction;
  "Description"?: string;
  "Sources"?: Array<PatchSource>;
  "AvailableSecurityUpdatesComplianceStatus"?: PatchComplianceStatus;
  "ClientToken"?: string;
  "Tags"?: Array<Tag>;
}

export interface CreatePatchBaselineResult {
  "BaselineId"?: string;
}

export type ResourceDataSyncS3Format = "JsonSerDe";

export interface ResourceDataSyncDestinationDataSharing {
  "DestinationDataSharingType"?: string;
}

export interface ResourceDataSyncS3Destination {
  "BucketName": string;
  "Prefix"?: string;
  "SyncFormat": ResourceDataSyncS3Format;
  "Region": string;
  "AWSKMSKeyARN"?: string;
  "DestinationDataSharing"?: ResourceDataSyncDestinationDataSharing;
}

export interface ResourceDataSyncOrganizationalUnit {
  "OrganizationalUnitId"?: string;
}

export interface ResourceDataSyncAwsOrganizationsSource {
  "OrganizationSourceType": string;
  "OrganizationalUnits"?: Array<ResourceDataSyncOrganizationalUnit>;
}

export interface ResourceDataSyncSource {
  "SourceType": string;
  "AwsOrganizationsSource"?: ResourceDataSyncAwsOrganizationsSource;
  "SourceRegions": Array<string>;
  "IncludeFutureRegions"?: boolean;
  "EnableAllOpsDataSources"?: boolean;
}

export interface CreateResourceDataSyncRequest {
  "SyncName": string;
  "S3Destination"?: ResourceDataSyncS3Destination;
  "SyncType"?: string;
  "SyncSource"?: ResourceDataSyncSource;
}

export interface CreateResourceDataSyncResult {

}

export interface DeleteActivationRequest {
  "ActivationId": string;
}

export interface DeleteActivationResult {

}

export interface DeleteAssociationRequest {
  "Name"?: string;
  "InstanceId"?: string;
  "AssociationId"?: string;
}

export interface DeleteAssociationResult {

}

export interface DeleteDocumentRequest {
  "Name": string;
  "DocumentVersion"?: string;
  "VersionName"?: string;
  "Force"?: boolean;
}

export interface DeleteDocumentResult {

}

export type InventorySchemaDeleteOption = "DisableSchema" | "DeleteSchema";

export interface DeleteInventoryRequest {
  "TypeName": string;
  "SchemaDeleteOption"?: InventorySchemaDeleteOption;
  "DryRun"?: boolean;
  "ClientToken"?: string;
}

export interface InventoryDeletionSummaryItem {
  "Version"?: string;
  "Count"?: number;
  "RemainingCount"?: number;
}

export interface InventoryDeletionSummary {
  "TotalCount"?: number;
  "RemainingCount"?: number;
  "SummaryItems"?: Array<InventoryDeletionSummaryItem>;
}

export interface DeleteInventoryResult {
  "DeletionId"?: string;
  "TypeName"?: string;
  "DeletionSummary"?: InventoryDeletionSummary;
}

export interface DeleteMaintenanceWindowRequest {
  "WindowId": string;
}

export interface DeleteMaintenanceWindowResult {
  "WindowId"?: string;
}

export interface DeleteOpsItemRequest {
  "OpsItemId": string;
}

export interface DeleteOpsItemResponse {

}

export interface DeleteOpsMetadataRequest {
  "OpsMetadataArn": string;
}

export interface DeleteOpsMetadataResult {

}

export interface DeleteParameterRequest {
  "Name": string;
}

export interface DeleteParameterResult {

}

export interface DeleteParametersRequest {
  "Names": Array<string>;
}

export interface DeleteParametersResult {
  "DeletedParameters"?: Array<string>;
  "InvalidParameters"?: Array<string>;
}

export interface DeletePatchBaselineRequest {
  "BaselineId": string;
}

export interface DeletePatchBaselineResult {
  "BaselineId"?: string;
}

export interface DeleteResourceDataSyncRequest {
  "SyncName": string;
  "SyncType"?: string;
}

export interface DeleteResourceDataSyncResult {

}

export interface DeleteResourcePolicyRequest {
  "ResourceArn": string;
  "PolicyId": string;
  "PolicyHash": string;
}

export interface DeleteResourcePolicyResponse {

}

export interface DeregisterManagedInstanceRequest {
  "InstanceId": string;
}

export interface DeregisterManagedInstanceResult {

}

export interface DeregisterPatchBaselineForPatchGroupRequest {
  "BaselineId": string;
  "PatchGroup": string;
}

export interface DeregisterPatchBaselineForPatchGroupResult {
  "BaselineId"?: string;
  "PatchGroup"?: string;
}

export interface DeregisterTargetFromMaintenanceWindowRequest {
  "WindowId": string;
  "WindowTargetId": string;
  "Safe"?: boolean;
}

export interface DeregisterTargetFromMaintenanceWindowResult {
  "WindowId"?: string;
  "WindowTargetId"?: string;
}

export interface DeregisterTaskFromMaintenanceWindowRequest {
  "WindowId": string;
  "WindowTaskId": string;
}

export interface DeregisterTaskFromMaintenanceWindowResult {
  "WindowId"?: string;
  "WindowTaskId"?: string;
}

export type DescribeActivationsFilterKeys = "ActivationIds" | "DefaultInstanceName" | "IamRole";

export interface DescribeActivationsFilter {
  "FilterKey"?: DescribeActivationsFilterKeys;
  "FilterValues"?: Array<string>;
}

export interface DescribeActivationsRequest {
  "Filters"?: Array<DescribeActivationsFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface Activation {
  "ActivationId"?: string;
  "Description"?: string;
  "DefaultInstanceName"?: string;
  "IamRole"?: string;
  "RegistrationLimit"?: number;
  "RegistrationsCount"?: number;
  "ExpirationDate"?: Date;
  "Expired"?: boolean;
  "CreatedDate"?: Date;
  "Tags"?: Array<Tag>;
}

export interface DescribeActivationsResult {
  "ActivationList"?: Array<Activation>;
  "NextToken"?: string;
}

export interface DescribeAssociationRequest {
  "Name"?: string;
  "InstanceId"?: string;
  "AssociationId"?: string;
  "AssociationVersion"?: string;
}

export interface DescribeAssociationResult {
  "AssociationDescription"?: AssociationDescription;
}

export type AssociationExecutionTargetsFilterKey = "Status" | "ResourceId" | "ResourceType";

export interface AssociationExecutionTargetsFilter {
  "Key": AssociationExecutionTargetsFilterKey;
  "Value": string;
}

export interface DescribeAssociationExecutionTargetsRequest {
  "AssociationId": string;
  "ExecutionId": string;
  "Filters"?: Array<AssociationExecutionTargetsFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface OutputSource {
  "OutputSourceId"?: string;
  "OutputSourceType"?: string;
}

export interface AssociationExecutionTarget {
  "AssociationId"?: string;
  "AssociationVersion"?: string;
  "ExecutionId"?: string;
  "ResourceId"?: string;
  "ResourceType"?: string;
  "Status"?: string;
  "DetailedStatus"?: string;
  "LastExecutionDate"?: Date;
  "OutputSource"?: OutputSource;
}

export interface DescribeAssociationExecutionTargetsResult {
  "AssociationExecutionTargets"?: Array<AssociationExecutionTarget>;
  "NextToken"?: string;
}

export type AssociationExecutionFilterKey = "ExecutionId" | "Status" | "CreatedTime";

export type AssociationFilterOperatorType = "EQUAL" | "LESS_THAN" | "GREATER_THAN";

export interface AssociationExecutionFilter {
  "Key": AssociationExecutionFilterKey;
  "Value": string;
  "Type": AssociationFilterOperatorType;
}

export interface DescribeAssociationExecutionsRequest {
  "AssociationId": string;
  "Filters"?: Array<AssociationExecutionFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface AssociationExecution {
  "AssociationId"?: string;
  "AssociationVersion"?: string;
  "ExecutionId"?: string;
  "Status"?: string;
  "DetailedStatus"?: string;
  "CreatedTime"?: Date;
  "LastExecutionDate"?: Date;
  "ResourceCountByStatus"?: string;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
}

export interface DescribeAssociationExecutionsResult {
  "AssociationExecutions"?: Array<AssociationExecution>;
  "NextToken"?: string;
}

export type AutomationExecutionFilterKey = "DocumentNamePrefix" | "ExecutionStatus" | "ExecutionId" | "ParentExecutionId" | "CurrentAction" | "StartTimeBefore" | "StartTimeAfter" | "AutomationType" | "TagKey" | "TargetResourceGroup" | "AutomationSubtype" | "OpsItemId";

export interface AutomationExecutionFilter {
  "Key": AutomationExecutionFilterKey;
  "Values": Array<string>;
}

export interface DescribeAutomationExecutionsRequest {
  "Filters"?: Array<AutomationExecutionFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export type AutomationExecutionStatus = "Pending" | "InProgress" | "Waiting" | "Success" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "PendingApproval" | "Approved" | "Rejected" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "CompletedWithSuccess" | "CompletedWithFailure" | "Exited";

export type ExecutionMode = "Auto" | "Interactive";

export interface ResolvedTargets {
  "ParameterValues"?: Array<string>;
  "Truncated"?: boolean;
}

export type AutomationType = "CrossAccount" | "Local";

export type AutomationSubtype = "ChangeRequest" | "AccessRequest";

export interface Runbook {
  "DocumentName": string;
  "DocumentVersion"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "TargetParameterName"?: string;
  "Targets"?: Array<Target>;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "TargetLocations"?: Array<TargetLocation>;
}

export interface AutomationExecutionMetadata {
  "AutomationExecutionId"?: string;
  "DocumentName"?: string;
  "DocumentVersion"?: string;
  "AutomationExecutionStatus"?: AutomationExecutionStatus;
  "ExecutionStartTime"?: Date;
  "ExecutionEndTime"?: Date;
  "ExecutedBy"?: string;
  "LogFile"?: string;
  "Outputs"?: Record<string, Array<string>>;
  "Mode"?: ExecutionMode;
  "ParentAutomationExecutionId"?: string;
  "CurrentStepName"?: string;
  "CurrentAction"?: string;
  "FailureMessage"?: string;
  "TargetParameterName"?: string;
  "Targets"?: Array<Target>;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "ResolvedTargets"?: ResolvedTargets;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "Target"?: string;
  "AutomationType"?: AutomationType;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
  "TargetLocationsURL"?: string;
  "AutomationSubtype"?: AutomationSubtype;
  "ScheduledTime"?: Date;
  "Runbooks"?: Array<Runbook>;
  "OpsItemId"?: string;
  "AssociationId"?: string;
  "ChangeRequestName"?: string;
}

export interface DescribeAutomationExecutionsResult {
  "AutomationExecutionMetadataList"?: Array<AutomationExecutionMetadata>;
  "NextToken"?: string;
}

export type StepExecutionFilterKey = "StartTimeBefore" | "StartTimeAfter" | "StepExecutionStatus" | "StepExecutionId" | "StepName" | "Action" | "ParentStepExecutionId" | "ParentStepIteration" | "ParentStepIteratorValue";

export interface StepExecutionFilter {
  "Key": StepExecutionFilterKey;
  "Values": Array<string>;
}

export interface DescribeAutomationStepExecutionsRequest {
  "AutomationExecutionId": string;
  "Filters"?: Array<StepExecutionFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
  "ReverseOrder"?: boolean;
}

export interface FailureDetails {
  "FailureStage"?: string;
  "FailureType"?: string;
  "Details"?: Record<string, Array<string>>;
}

export interface ParentStepDetails {
  "StepExecutionId"?: string;
  "StepName"?: string;
  "Action"?: string;
  "Iteration"?: number;
  "IteratorValue"?: string;
}

export interface StepExecution {
  "StepName"?: string;
  "Action"?: string;
  "TimeoutSeconds"?: number;
  "OnFailure"?: string;
  "MaxAttempts"?: number;
  "ExecutionStartTime"?: Date;
  "ExecutionEndTime"?: Date;
  "StepStatus"?: AutomationExecutionStatus;
  "ResponseCode"?: string;
  "Inputs"?: Record<string, string>;
  "Outputs"?: Record<string, Array<string>>;
  "Response"?: string;
  "FailureMessage"?: string;
  "FailureDetails"?: FailureDetails;
  "StepExecutionId"?: string;
  "OverriddenParameters"?: Record<string, Array<string>>;
  "IsEnd"?: boolean;
  "NextStep"?: string;
  "IsCritical"?: boolean;
  "ValidNextSteps"?: Array<string>;
  "Targets"?: Array<Target>;
  "TargetLocation"?: TargetLocation;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
  "ParentStepDetails"?: ParentStepDetails;
}

export interface DescribeAutomationStepExecutionsResult {
  "StepExecutions"?: Array<StepExecution>;
  "NextToken"?: string;
}

export interface PatchOrchestratorFilter {
  "Key"?: string;
  "Values"?: Array<string>;
}

export interface DescribeAvailablePatchesRequest {
  "Filters"?: Array<PatchOrchestratorFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface Patch {
  "Id"?: string;
  "ReleaseDate"?: Date;
  "Title"?: string;
  "Description"?: string;
  "ContentUrl"?: string;
  "Vendor"?: string;
  "ProductFamily"?: string;
  "Product"?: string;
  "Classification"?: string;
  "MsrcSeverity"?: string;
  "KbNumber"?: string;
  "MsrcNumber"?: string;
  "Language"?: string;
  "AdvisoryIds"?: Array<string>;
  "BugzillaIds"?: Array<string>;
  "CVEIds"?: Array<string>;
  "Name"?: string;
  "Epoch"?: number;
  "Version"?: string;
  "Release"?: string;
  "Arch"?: string;
  "Severity"?: string;
  "Repository"?: string;
}

export interface DescribeAvailablePatchesResult {
  "Patches"?: Array<Patch>;
  "NextToken"?: string;
}

export interface DescribeDocumentRequest {
  "Name": string;
  "DocumentVersion"?: string;
  "VersionName"?: string;
}

export interface DescribeDocumentResult {
  "Document"?: DocumentDescription;
}

export type DocumentPermissionType = "Share";

export interface DescribeDocumentPermissionRequest {
  "Name": string;
  "PermissionType": DocumentPermissionType;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface AccountSharingInfo {
  "AccountId"?: string;
  "SharedDocumentVersion"?: string;
}

export interface DescribeDocumentPermissionResponse {
  "AccountIds"?: Array<string>;
  "AccountSharingInfoList"?: Array<AccountSharingInfo>;
  "NextToken"?: string;
}

export interface DescribeEffectiveInstanceAssociationsRequest {
  "InstanceId": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface InstanceAssociation {
  "AssociationId"?: string;
  "InstanceId"?: string;
  "Content"?: string;
  "AssociationVersion"?: string;
}

export interface DescribeEffectiveInstanceAssociationsResult {
  "Associations"?: Array<InstanceAssociation>;
  "NextToken"?: string;
}

export interface DescribeEffectivePatchesForPatchBaselineRequest {
  "BaselineId": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export type PatchDeploymentStatus = "APPROVED" | "PENDING_APPROVAL" | "EXPLICIT_APPROVED" | "EXPLICIT_REJECTED";

export interface PatchStatus {
  "DeploymentStatus"?: PatchDeploymentStatus;
  "ComplianceLevel"?: PatchComplianceLevel;
  "ApprovalDate"?: Date;
}

export interface EffectivePatch {
  "Patch"?: Patch;
  "PatchStatus"?: PatchStatus;
}

export interface DescribeEffectivePatchesForPatchBaselineResult {
  "EffectivePatches"?: Array<EffectivePatch>;
  "NextToken"?: string;
}

export interface DescribeInstanceAssociationsStatusRequest {
  "InstanceId": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface S3OutputUrl {
  "OutputUrl"?: string;
}

export interface InstanceAssociationOutputUrl {
  "S3OutputUrl"?: S3OutputUrl;
}

export interface InstanceAssociationStatusInfo {
  "AssociationId"?: string;
  "Name"?: string;
  "DocumentVersion"?: string;
  "AssociationVersion"?: string;
  "InstanceId"?: string;
  "ExecutionDate"?: Date;
  "Status"?: string;
  "DetailedStatus"?: string;
  "ExecutionSummary"?: string;
  "ErrorCode"?: string;
  "OutputUrl"?: InstanceAssociationOutputUrl;
  "AssociationName"?: string;
}

export interface DescribeInstanceAssociationsStatusResult {
  "InstanceAssociationStatusInfos"?: Array<InstanceAssociationStatusInfo>;
  "NextToken"?: string;
}

export type InstanceInformationFilterKey = "InstanceIds" | "AgentVersion" | "PingStatus" | "PlatformTypes" | "ActivationIds" | "IamRole" | "ResourceType" | "AssociationStatus";

export interface InstanceInformationFilter {
  "key": InstanceInformationFilterKey;
  "valueSet": Array<string>;
}

export interface InstanceInformationStringFilter {
  "Key": string;
  "Values": Array<string>;
}

export interface DescribeInstanceInformationRequest {
  "InstanceInformationFilterList"?: Array<InstanceInformationFilter>;
  "Filters"?: Array<InstanceInformationStringFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export type PingStatus = "Online" | "ConnectionLost" | "Inactive";

export type ResourceType = "ManagedInstance" | "EC2Instance";

export interface InstanceAggregatedAssociationOverview {
  "DetailedStatus"?: string;
  "InstanceAssociationStatusAggregatedCount"?: Record<string, number>;
}

export type SourceType = "AWS::EC2::Instance" | "AWS::IoT::Thing" | "AWS::SSM::ManagedInstance";

export interface InstanceInformation {
  "InstanceId"?: string;
  "PingStatus"?: PingStatus;
  "LastPingDateTime"?: Date;
  "AgentVersion"?: string;
  "IsLatestVersion"?: boolean;
  "PlatformType"?: PlatformType;
  "PlatformName"?: string;
  "PlatformVersion"?: string;
  "ActivationId"?: string;
  "IamRole"?: string;
  "RegistrationDate"?: Date;
  "ResourceType"?: ResourceType;
  "Name"?: string;
  "IPAddress"?: string;
  "ComputerName"?: string;
  "AssociationStatus"?: string;
  "LastAssociationExecutionDate"?: Date;
  "LastSuccessfulAssociationExecutionDate"?: Date;
  "AssociationOverview"?: InstanceAggregatedAssociationOverview;
  "SourceId"?: string;
  "SourceType"?: SourceType;
}

export interface DescribeInstanceInformationResult {
  "InstanceInformationList"?: Array<InstanceInformation>;
  "NextToken"?: string;
}

export interface DescribeInstancePatchStatesRequest {
  "InstanceIds": Array<string>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type PatchOperationType = "Scan" | "Install";

export type RebootOption = "RebootIfNeeded" | "NoReboot";

export interface InstancePatchState {
  "InstanceId": string;
  "PatchGroup": string;
  "BaselineId": string;
  "SnapshotId"?: string;
  "InstallOverrideList"?: string;
  "OwnerInformation"?: string;
  "InstalledCount"?: number;
  "InstalledOtherCount"?: number;
  "InstalledPendingRebootCount"?: number;
  "InstalledRejectedCount"?: number;
  "MissingCount"?: number;
  "FailedCount"?: number;
  "UnreportedNotApplicableCount"?: number;
  "NotApplicableCount"?: number;
  "AvailableSecurityUpdateCount"?: number;
  "OperationStartTime": Date;
  "OperationEndTime": Date;
  "Operation": PatchOperationType;
  "LastNoRebootInstallOperationTime"?: Date;
  "RebootOption"?: RebootOption;
  "CriticalNonCompliantCount"?: number;
  "SecurityNonCompliantCount"?: number;
  "OtherNonCompliantCount"?: number;
}

export interface DescribeInstancePatchStatesResult {
  "InstancePatchStates"?: Array<InstancePatchState>;
  "NextToken"?: string;
}

export type InstancePatchStateOperatorType = "Equal" | "NotEqual" | "LessThan" | "GreaterThan";

export interface InstancePatchStateFilter {
  "Key": string;
  "Values": Array<string>;
  "Type": InstancePatchStateOperatorType;
}

export interface DescribeInstancePatchStatesForPatchGroupRequest {
  "PatchGroup": string;
  "Filters"?: Array<InstancePatchStateFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface DescribeInstancePatchStatesForPatchGroupResult {
  "InstancePatchStates"?: Array<InstancePatchState>;
  "NextToken"?: string;
}

export interface DescribeInstancePatchesRequest {
  "InstanceId": string;
  "Filters"?: Array<PatchOrchestratorFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type PatchComplianceDataState = "INSTALLED" | "INSTALLED_OTHER" | "INSTALLED_PENDING_REBOOT" | "INSTALLED_REJECTED" | "MISSING" | "NOT_APPLICABLE" | "FAILED" | "AVAILABLE_SECURITY_UPDATE";

export interface PatchComplianceData {
  "Title": string;
  "KBId": string;
  "Classification": string;
  "Severity": string;
  "State": PatchComplianceDataState;
  "InstalledTime": Date;
  "CVEIds"?: string;
}

export interface DescribeInstancePatchesResult {
  "Patches"?: Array<PatchComplianceData>;
  "NextToken"?: string;
}

export type InstancePropertyFilterKey = "InstanceIds" | "AgentVersion" | "PingStatus" | "PlatformTypes" | "DocumentName" | "ActivationIds" | "IamRole" | "ResourceType" | "AssociationStatus";

export interface InstancePropertyFilter {
  "key": InstancePropertyFilterKey;
  "valueSet": Array<string>;
}

export type InstancePropertyFilterOperator = "Equal" | "NotEqual" | "BeginWith" | "LessThan" | "GreaterThan";

export interface InstancePropertyStringFilter {
  "Key": string;
  "Values": Array<string>;
  "Operator"?: InstancePropertyFilterOperator;
}

export interface DescribeInstancePropertiesRequest {
  "InstancePropertyFilterList"?: Array<InstancePropertyFilter>;
  "FiltersWithOperator"?: Array<InstancePropertyStringFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface InstanceProperty {
  "Name"?: string;
  "InstanceId"?: string;
  "InstanceType"?: string;
  "InstanceRole"?: string;
  "KeyName"?: string;
  "InstanceState"?: string;
  "Architecture"?: string;
  "IPAddress"?: string;
  "LaunchTime"?: Date;
  "PingStatus"?: PingStatus;
  "LastPingDateTime"?: Date;
  "AgentVersion"?: string;
  "PlatformType"?: PlatformType;
  "PlatformName"?: string;
  "PlatformVersion"?: string;
  "ActivationId"?: string;
  "IamRole"?: string;
  "RegistrationDate"?: Date;
  "ResourceType"?: string;
  "ComputerName"?: string;
  "AssociationStatus"?: string;
  "LastAssociationExecutionDate"?: Date;
  "LastSuccessfulAssociationExecutionDate"?: Date;
  "AssociationOverview"?: InstanceAggregatedAssociationOverview;
  "SourceId"?: string;
  "SourceType"?: SourceType;
}

export interface DescribeInstancePropertiesResult {
  "InstanceProperties"?: Array<InstanceProperty>;
  "NextToken"?: string;
}

export interface DescribeInventoryDeletionsRequest {
  "DeletionId"?: string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type InventoryDeletionStatus = "InProgress" | "Complete";

export interface InventoryDeletionStatusItem {
  "DeletionId"?: string;
  "TypeName"?: string;
  "DeletionStartTime"?: Date;
  "LastStatus"?: InventoryDeletionStatus;
  "LastStatusMessage"?: string;
  "DeletionSummary"?: InventoryDeletionSummary;
  "LastStatusUpdateTime"?: Date;
}

export interface DescribeInventoryDeletionsResult {
  "InventoryDeletions"?: Array<InventoryDeletionStatusItem>;
  "NextToken"?: string;
}

export interface MaintenanceWindowFilter {
  "Key"?: string;
  "Values"?: Array<string>;
}

export interface DescribeMaintenanceWindowExecutionTaskInvocationsRequest {
  "WindowExecutionId": string;
  "TaskId": string;
  "Filters"?: Array<MaintenanceWindowFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export type MaintenanceWindowTaskType = "RUN_COMMAND" | "AUTOMATION" | "STEP_FUNCTIONS" | "LAMBDA";

export type MaintenanceWindowExecutionStatus = "PENDING" | "IN_PROGRESS" | "SUCCESS" | "FAILED" | "TIMED_OUT" | "CANCELLING" | "CANCELLED" | "SKIPPED_OVERLAPPING";

export interface MaintenanceWindowExecutionTaskInvocationIdentity {
  "WindowExecutionId"?: string;
  "TaskExecutionId"?: string;
  "InvocationId"?: string;
  "ExecutionId"?: string;
  "TaskType"?: MaintenanceWindowTaskType;
  "Parameters"?: string;
  "Status"?: MaintenanceWindowExecutionStatus;
  "StatusDetails"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "OwnerInformation"?: string;
  "WindowTargetId"?: string;
}

export interface DescribeMaintenanceWindowExecutionTaskInvocationsResult {
  "WindowExecutionTaskInvocationIdentities"?: Array<MaintenanceWindowExecutionTaskInvocationIdentity>;
  "NextToken"?: string;
}

export interface DescribeMaintenanceWindowExecutionTasksRequest {
  "WindowExecutionId": string;
  "Filters"?: Array<MaintenanceWindowFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface MaintenanceWindowExecutionTaskIdentity {
  "WindowExecutionId"?: string;
  "TaskExecutionId"?: string;
  "Status"?: MaintenanceWindowExecutionStatus;
  "StatusDetails"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "TaskArn"?: string;
  "TaskType"?: MaintenanceWindowTaskType;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
}

export interface DescribeMaintenanceWindowExecutionTasksResult {
  "WindowExecutionTaskIdentities"?: Array<MaintenanceWindowExecutionTaskIdentity>;
  "NextToken"?: string;
}

export interface DescribeMaintenanceWindowExecutionsRequest {
  "WindowId": string;
  "Filters"?: Array<MaintenanceWindowFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface MaintenanceWindowExecution {
  "WindowId"?: string;
  "WindowExecutionId"?: string;
  "Status"?: MaintenanceWindowExecutionStatus;
  "StatusDetails"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
}

export interface DescribeMaintenanceWindowExecutionsResult {
  "WindowExecutions"?: Array<MaintenanceWindowExecution>;
  "NextToken"?: string;
}

export type MaintenanceWindowResourceType = "INSTANCE" | "RESOURCE_GROUP";

export interface DescribeMaintenanceWindowScheduleRequest {
  "WindowId"?: string;
  "Targets"?: Array<Target>;
  "ResourceType"?: MaintenanceWindowResourceType;
  "Filters"?: Array<PatchOrchestratorFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface ScheduledWindowExecution {
  "WindowId"?: string;
  "Name"?: string;
  "ExecutionTime"?: string;
}

export interface DescribeMaintenanceWindowScheduleResult {
  "ScheduledWindowExecutions"?: Array<ScheduledWindowExecution>;
  "NextToken"?: string;
}

export interface DescribeMaintenanceWindowTargetsRequest {
  "WindowId": string;
  "Filters"?: Array<MaintenanceWindowFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface MaintenanceWindowTarget {
  "WindowId"?: string;
  "WindowTargetId"?: string;
  "ResourceType"?: MaintenanceWindowResourceType;
  "Targets"?: Array<Target>;
  "OwnerInformation"?: string;
  "Name"?: string;
  "Description"?: string;
}

export interface DescribeMaintenanceWindowTargetsResult {
  "Targets"?: Array<MaintenanceWindowTarget>;
  "NextToken"?: string;
}

export interface DescribeMaintenanceWindowTasksRequest {
  "WindowId": string;
  "Filters"?: Array<MaintenanceWindowFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface MaintenanceWindowTaskParameterValueExpression {
  "Values"?: Array<string>;
}

export interface LoggingInfo {
  "S3BucketName": string;
  "S3KeyPrefix"?: string;
  "S3Region": string;
}

export type MaintenanceWindowTaskCutoffBehavior = "CONTINUE_TASK" | "CANCEL_TASK";

export interface MaintenanceWindowTask {
  "WindowId"?: string;
  "WindowTaskId"?: string;
  "TaskArn"?: string;
  "Type"?: MaintenanceWindowTaskType;
  "Targets"?: Array<Target>;
  "TaskParameters"?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  "Priority"?: number;
  "LoggingInfo"?: LoggingInfo;
  "ServiceRoleArn"?: string;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "Name"?: string;
  "Description"?: string;
  "CutoffBehavior"?: MaintenanceWindowTaskCutoffBehavior;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface DescribeMaintenanceWindowTasksResult {
  "Tasks"?: Array<MaintenanceWindowTask>;
  "NextToken"?: string;
}

export interface DescribeMaintenanceWindowsRequest {
  "Filters"?: Array<MaintenanceWindowFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface MaintenanceWindowIdentity {
  "WindowId"?: string;
  "Name"?: string;
  "Description"?: string;
  "Enabled"?: boolean;
  "Duration"?: number;
  "Cutoff"?: number;
  "Schedule"?: string;
  "ScheduleTimezone"?: string;
  "ScheduleOffset"?: number;
  "EndDate"?: string;
  "StartDate"?: string;
  "NextExecutionTime"?: string;
}

export interface DescribeMaintenanceWindowsResult {
  "WindowIdentities"?: Array<MaintenanceWindowIdentity>;
  "NextToken"?: string;
}

export interface DescribeMaintenanceWindowsForTargetRequest {
  "Targets": Array<Target>;
  "ResourceType": MaintenanceWindowResourceType;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface MaintenanceWindowIdentityForTarget {
  "WindowId"?: string;
  "Name"?: string;
}

export interface DescribeMaintenanceWindowsForTargetResult {
  "WindowIdentities"?: Array<MaintenanceWindowIdentityForTarget>;
  "NextToken"?: string;
}

export type OpsItemFilterKey = "Status" | "CreatedBy" | "Source" | "Priority" | "Title" | "OpsItemId" | "CreatedTime" | "LastModifiedTime" | "ActualStartTime" | "ActualEndTime" | "PlannedStartTime" | "PlannedEndTime" | "OperationalData" | "OperationalDataKey" | "OperationalDataValue" | "ResourceId" | "AutomationId" | "Category" | "Severity" | "OpsItemType" | "AccessRequestByRequesterArn" | "AccessRequestByRequesterId" | "AccessRequestByApproverArn" | "AccessRequestByApproverId" | "AccessRequestBySourceAccountId" | "AccessRequestBySourceOpsItemId" | "AccessRequestBySourceRegion" | "AccessRequestByIsReplica" | "AccessRequestByTargetResourceId" | "ChangeRequestByRequesterArn" | "ChangeRequestByRequesterName" | "ChangeRequestByApproverArn" | "ChangeRequestByApproverName" | "ChangeRequestByTemplate" | "ChangeRequestByTargetsResourceGroup" | "InsightByType" | "AccountId";

export type OpsItemFilterOperator = "Equal" | "Contains" | "GreaterThan" | "LessThan";

export interface OpsItemFilter {
  "Key": OpsItemFilterKey;
  "Values": Array<string>;
  "Operator": OpsItemFilterOperator;
}

export interface DescribeOpsItemsRequest {
  "OpsItemFilters"?: Array<OpsItemFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export type OpsItemStatus = "Open" | "InProgress" | "Resolved" | "Pending" | "TimedOut" | "Cancelling" | "Cancelled" | "Failed" | "CompletedWithSuccess" | "CompletedWithFailure" | "Scheduled" | "RunbookInProgress" | "PendingChangeCalendarOverride" | "ChangeCalendarOverrideApproved" | "ChangeCalendarOverrideRejected" | "PendingApproval" | "Approved" | "Revoked" | "Rejected" | "Closed";

export interface OpsItemSummary {
  "CreatedBy"?: string;
  "CreatedTime"?: Date;
  "LastModifiedBy"?: string;
  "LastModifiedTime"?: Date;
  "Priority"?: number;
  "Source"?: string;
  "Status"?: OpsItemStatus;
  "OpsItemId"?: string;
  "Title"?: string;
  "OperationalData"?: Record<string, OpsItemDataValue>;
  "Category"?: string;
  "Severity"?: string;
  "OpsItemType"?: string;
  "ActualStartTime"?: Date;
  "ActualEndTime"?: Date;
  "PlannedStartTime"?: Date;
  "PlannedEndTime"?: Date;
}

export interface DescribeOpsItemsResponse {
  "NextToken"?: string;
  "OpsItemSummaries"?: Array<OpsItemSummary>;
}

export type ParametersFilterKey = "Name" | "Type" | "KeyId";

export interface ParametersFilter {
  "Key": ParametersFilterKey;
  "Values": Array<string>;
}

export interface ParameterStringFilter {
  "Key": string;
  "Option"?: string;
  "Values"?: Array<string>;
}

export interface DescribeParametersRequest {
  "Filters"?: Array<ParametersFilter>;
  "ParameterFilters"?: Array<ParameterStringFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
  "Shared"?: boolean;
}

export type ParameterType = "String" | "StringList" | "SecureString";

export type ParameterTier = "Standard" | "Advanced" | "Intelligent-Tiering";

export interface ParameterInlinePolicy {
  "PolicyText"?: string;
  "PolicyType"?: string;
  "PolicyStatus"?: string;
}

export interface ParameterMetadata {
  "Name"?: string;
  "ARN"?: string;
  "Type"?: ParameterType;
  "KeyId"?: string;
  "LastModifiedDate"?: Date;
  "LastModifiedUser"?: string;
  "Description"?: string;
  "AllowedPattern"?: string;
  "Version"?: number;
  "Tier"?: ParameterTier;
  "Policies"?: Array<ParameterInlinePolicy>;
  "DataType"?: string;
}

export interface DescribeParametersResult {
  "Parameters"?: Array<ParameterMetadata>;
  "NextToken"?: string;
}

export interface DescribePatchBaselinesRequest {
  "Filters"?: Array<PatchOrchestratorFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface PatchBaselineIdentity {
  "BaselineId"?: string;
  "BaselineName"?: string;
  "OperatingSystem"?: OperatingSystem;
  "BaselineDescription"?: string;
  "DefaultBaseline"?: boolean;
}

export interface DescribePatchBaselinesResult {
  "BaselineIdentities"?: Array<PatchBaselineIdentity>;
  "NextToken"?: string;
}

export interface DescribePatchGroupStateRequest {
  "PatchGroup": string;
}

export interface DescribePatchGroupStateResult {
  "Instances"?: number;
  "InstancesWithInstalledPatches"?: number;
  "InstancesWithInstalledOtherPatches"?: number;
  "InstancesWithInstalledPendingRebootPatches"?: number;
  "InstancesWithInstalledRejectedPatches"?: number;
  "InstancesWithMissingPatches"?: number;
  "InstancesWithFailedPatches"?: number;
  "InstancesWithNotApplicablePatches"?: number;
  "InstancesWithUnreportedNotApplicablePatches"?: number;
  "InstancesWithCriticalNonCompliantPatches"?: number;
  "InstancesWithSecurityNonCompliantPatches"?: number;
  "InstancesWithOtherNonCompliantPatches"?: number;
  "InstancesWithAvailableSecurityUpdates"?: number;
}

export interface DescribePatchGroupsRequest {
  "MaxResults"?: number;
  "Filters"?: Array<PatchOrchestratorFilter>;
  "NextToken"?: string;
}

export interface PatchGroupPatchBaselineMapping {
  "PatchGroup"?: string;
  "BaselineIdentity"?: PatchBaselineIdentity;
}

export interface DescribePatchGroupsResult {
  "Mappings"?: Array<PatchGroupPatchBaselineMapping>;
  "NextToken"?: string;
}

export type PatchProperty = "PRODUCT" | "PRODUCT_FAMILY" | "CLASSIFICATION" | "MSRC_SEVERITY" | "PRIORITY" | "SEVERITY";

export type PatchSet = "OS" | "APPLICATION";

export interface DescribePatchPropertiesRequest {
  "OperatingSystem": OperatingSystem;
  "Property": PatchProperty;
  "PatchSet"?: PatchSet;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface DescribePatchPropertiesResult {
  "Properties"?: Array<Record<string, string>>;
  "NextToken"?: string;
}

export type SessionState = "Active" | "History";

export type SessionFilterKey = "InvokedAfter" | "InvokedBefore" | "Target" | "Owner" | "Status" | "SessionId" | "AccessType";

export interface SessionFilter {
  "key": SessionFilterKey;
  "value": string;
}

export interface DescribeSessionsRequest {
  "State": SessionState;
  "MaxResults"?: number;
  "NextToken"?: string;
  "Filters"?: Array<SessionFilter>;
}

export type SessionStatus = "Connected" | "Connecting" | "Disconnected" | "Terminated" | "Terminating" | "Failed";

export interface SessionManagerOutputUrl {
  "S3OutputUrl"?: string;
  "CloudWatchOutputUrl"?: string;
}

export type AccessType = "Standard" | "JustInTime";

export interface Session {
  "SessionId"?: string;
  "Target"?: string;
  "Status"?: SessionStatus;
  "StartDate"?: Date;
  "EndDate"?: Date;
  "DocumentName"?: string;
  "Owner"?: string;
  "Reason"?: string;
  "Details"?: string;
  "OutputUrl"?: SessionManagerOutputUrl;
  "MaxSessionDuration"?: string;
  "AccessType"?: AccessType;
}

export interface DescribeSessionsResponse {
  "Sessions"?: Array<Session>;
  "NextToken"?: string;
}

export interface DisassociateOpsItemRelatedItemRequest {
  "OpsItemId": string;
  "AssociationId": string;
}

export interface DisassociateOpsItemRelatedItemResponse {

}

export interface GetAccessTokenRequest {
  "AccessRequestId": string;
}

export interface Credentials {
  "AccessKeyId": string;
  "SecretAccessKey": string;
  "SessionToken": string;
  "ExpirationTime": Date;
}

export type AccessRequestStatus = "Approved" | "Rejected" | "Revoked" | "Expired" | "Pending";

export interface GetAccessTokenResponse {
  "Credentials"?: Credentials;
  "AccessRequestStatus"?: AccessRequestStatus;
}

export interface GetAutomationExecutionRequest {
  "AutomationExecutionId": string;
}

export interface ProgressCounters {
  "TotalSteps"?: number;
  "SuccessSteps"?: number;
  "FailedSteps"?: number;
  "CancelledSteps"?: number;
  "TimedOutSteps"?: number;
}

export interface AutomationExecution {
  "AutomationExecutionId"?: string;
  "DocumentName"?: string;
  "DocumentVersion"?: string;
  "ExecutionStartTime"?: Date;
  "ExecutionEndTime"?: Date;
  "AutomationExecutionStatus"?: AutomationExecutionStatus;
  "StepExecutions"?: Array<StepExecution>;
  "StepExecutionsTruncated"?: boolean;
  "Parameters"?: Record<string, Array<string>>;
  "Outputs"?: Record<string, Array<string>>;
  "FailureMessage"?: string;
  "Mode"?: ExecutionMode;
  "ParentAutomationExecutionId"?: string;
  "ExecutedBy"?: string;
  "CurrentStepName"?: string;
  "CurrentAction"?: string;
  "TargetParameterName"?: string;
  "Targets"?: Array<Target>;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "ResolvedTargets"?: ResolvedTargets;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "Target"?: string;
  "TargetLocations"?: Array<TargetLocation>;
  "ProgressCounters"?: ProgressCounters;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
  "TargetLocationsURL"?: string;
  "AutomationSubtype"?: AutomationSubtype;
  "ScheduledTime"?: Date;
  "Runbooks"?: Array<Runbook>;
  "OpsItemId"?: string;
  "AssociationId"?: string;
  "ChangeRequestName"?: string;
  "Variables"?: Record<string, Array<string>>;
}

export interface GetAutomationExecutionResult {
  "AutomationExecution"?: AutomationExecution;
}

export interface GetCalendarStateRequest {
  "CalendarNames": Array<string>;
  "AtTime"?: string;
}

export type CalendarState = "OPEN" | "CLOSED";

export interface GetCalendarStateResponse {
  "State"?: CalendarState;
  "AtTime"?: string;
  "NextTransitionTime"?: string;
}

export interface GetCommandInvocationRequest {
  "CommandId": string;
  "InstanceId": string;
  "PluginName"?: string;
}

export type CommandInvocationStatus = "Pending" | "InProgress" | "Delayed" | "Success" | "Cancelled" | "TimedOut" | "Failed" | "Cancelling";

export interface CloudWatchOutputConfig {
  "CloudWatchLogGroupName"?: string;
  "CloudWatchOutputEnabled"?: boolean;
}

export interface GetCommandInvocationResult {
  "CommandId"?: string;
  "InstanceId"?: string;
  "Comment"?: string;
  "DocumentName"?: string;
  "DocumentVersion"?: string;
  "PluginName"?: string;
  "ResponseCode"?: number;
  "ExecutionStartDateTime"?: string;
  "ExecutionElapsedTime"?: string;
  "ExecutionEndDateTime"?: string;
  "Status"?: CommandInvocationStatus;
  "StatusDetails"?: string;
  "StandardOutputContent"?: string;
  "StandardOutputUrl"?: string;
  "StandardErrorContent"?: string;
  "StandardErrorUrl"?: string;
  "CloudWatchOutputConfig"?: CloudWatchOutputConfig;
}

export interface GetConnectionStatusRequest {
  "Target": string;
}

export type ConnectionStatus = "connected" | "notconnected";

export interface GetConnectionStatusResponse {
  "Target"?: string;
  "Status"?: ConnectionStatus;
}

export interface GetDefaultPatchBaselineRequest {
  "OperatingSystem"?: OperatingSystem;
}

export interface GetDefaultPatchBaselineResult {
  "BaselineId"?: string;
  "OperatingSystem"?: OperatingSystem;
}

export interface BaselineOverride {
  "OperatingSystem"?: OperatingSystem;
  "GlobalFilters"?: PatchFilterGroup;
  "ApprovalRules"?: PatchRuleGroup;
  "ApprovedPatches"?: Array<string>;
  "ApprovedPatchesComplianceLevel"?: PatchComplianceLevel;
  "RejectedPatches"?: Array<string>;
  "RejectedPatchesAction"?: PatchAction;
  "ApprovedPatchesEnableNonSecurity"?: boolean;
  "Sources"?: Array<PatchSource>;
  "AvailableSecurityUpdatesComplianceStatus"?: PatchComplianceStatus;
}

export interface GetDeployablePatchSnapshotForInstanceRequest {
  "InstanceId": string;
  "SnapshotId": string;
  "BaselineOverride"?: BaselineOverride;
  "UseS3DualStackEndpoint"?: boolean;
}

export interface GetDeployablePatchSnapshotForInstanceResult {
  "InstanceId"?: string;
  "SnapshotId"?: string;
  "SnapshotDownloadUrl"?: string;
  "Product"?: string;
}

export interface GetDocumentRequest {
  "Name": string;
  "VersionName"?: string;
  "DocumentVersion"?: string;
  "DocumentFormat"?: DocumentFormat;
}

export type AttachmentHashType = "Sha256";

export interface AttachmentContent {
  "Name"?: string;
  "Size"?: number;
  "Hash"?: string;
  "HashType"?: AttachmentHashType;
  "Url"?: string;
}

export interface GetDocumentResult {
  "Name"?: string;
  "CreatedDate"?: Date;
  "DisplayName"?: string;
  "VersionName"?: string;
  "DocumentVersion"?: string;
  "Status"?: DocumentStatus;
  "StatusInformation"?: string;
  "Content"?: string;
  "DocumentType"?: DocumentType;
  "DocumentFormat"?: DocumentFormat;
  "Requires"?: Array<DocumentRequires>;
  "AttachmentsContent"?: Array<AttachmentContent>;
  "ReviewStatus"?: ReviewStatus;
}

export interface GetExecutionPreviewRequest {
  "ExecutionPreviewId": string;
}

export type ExecutionPreviewStatus = "Pending" | "InProgress" | "Success" | "Failed";

export interface TargetPreview {
  "Count"?: number;
  "TargetType"?: string;
}

export interface AutomationExecutionPreview {
  "StepPreviews"?: Record<string, number>;
  "Regions"?: Array<string>;
  "TargetPreviews"?: Array<TargetPreview>;
  "TotalAccounts"?: number;
}

export interface ExecutionPreview {
  "Automation"?: AutomationExecutionPreview;
}

export interface GetExecutionPreviewResponse {
  "ExecutionPreviewId"?: string;
  "EndedAt"?: Date;
  "Status"?: ExecutionPreviewStatus;
  "StatusMessage"?: string;
  "ExecutionPreview"?: ExecutionPreview;
}

export type InventoryQueryOperatorType = "Equal" | "NotEqual" | "BeginWith" | "LessThan" | "GreaterThan" | "Exists";

export interface InventoryFilter {
  "Key": string;
  "Values": Array<string>;
  "Type"?: InventoryQueryOperatorType;
}

export interface InventoryGroup {
  "Name": string;
  "Filters": Array<InventoryFilter>;
}

export interface InventoryAggregator {
  "Expression"?: string;
  "Aggregators"?: Array<InventoryAggregator>;
  "Groups"?: Array<InventoryGroup>;
}

export interface ResultAttribute {
  "TypeName": string;
}

export interface GetInventoryRequest {
  "Filters"?: Array<InventoryFilter>;
  "Aggregators"?: Array<InventoryAggregator>;
  "ResultAttributes"?: Array<ResultAttribute>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface InventoryResultItem {
  "TypeName": string;
  "SchemaVersion": string;
  "CaptureTime"?: string;
  "ContentHash"?: string;
  "Content": Array<Record<string, string>>;
}

export interface InventoryResultEntity {
  "Id"?: string;
  "Data"?: Record<string, InventoryResultItem>;
}

export interface GetInventoryResult {
  "Entities"?: Array<InventoryResultEntity>;
  "NextToken"?: string;
}

export interface GetInventorySchemaRequest {
  "TypeName"?: string;
  "NextToken"?: string;
  "MaxResults"?: number;
  "Aggregator"?: boolean;
  "SubType"?: boolean;
}

export type InventoryAttributeDataType = "string" | "number";

export interface InventoryItemAttribute {
  "Name": string;
  "DataType": InventoryAttributeDataType;
}

export interface InventoryItemSchema {
  "TypeName": string;
  "Version"?: string;
  "Attributes": Array<InventoryItemAttribute>;
  "DisplayName"?: string;
}

export interface GetInventorySchemaResult {
  "Schemas"?: Array<InventoryItemSchema>;
  "NextToken"?: string;
}

export interface GetMaintenanceWindowRequest {
  "WindowId": string;
}

export interface GetMaintenanceWindowResult {
  "WindowId"?: string;
  "Name"?: string;
  "Description"?: string;
  "StartDate"?: string;
  "EndDate"?: string;
  "Schedule"?: string;
  "ScheduleTimezone"?: string;
  "ScheduleOffset"?: number;
  "NextExecutionTime"?: string;
  "Duration"?: number;
  "Cutoff"?: number;
  "AllowUnassociatedTargets"?: boolean;
  "Enabled"?: boolean;
  "CreatedDate"?: Date;
  "ModifiedDate"?: Date;
}

export interface GetMaintenanceWindowExecutionRequest {
  "WindowExecutionId": string;
}

export interface GetMaintenanceWindowExecutionResult {
  "WindowExecutionId"?: string;
  "TaskIds"?: Array<string>;
  "Status"?: MaintenanceWindowExecutionStatus;
  "StatusDetails"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
}

export interface GetMaintenanceWindowExecutionTaskRequest {
  "WindowExecutionId": string;
  "TaskId": string;
}

export interface GetMaintenanceWindowExecutionTaskResult {
  "WindowExecutionId"?: string;
  "TaskExecutionId"?: string;
  "TaskArn"?: string;
  "ServiceRole"?: string;
  "Type"?: MaintenanceWindowTaskType;
  "TaskParameters"?: Array<Record<string, MaintenanceWindowTaskParameterValueExpression>>;
  "Priority"?: number;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "Status"?: MaintenanceWindowExecutionStatus;
  "StatusDetails"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
}

export interface GetMaintenanceWindowExecutionTaskInvocationRequest {
  "WindowExecutionId": string;
  "TaskId": string;
  "InvocationId": string;
}

export interface GetMaintenanceWindowExecutionTaskInvocationResult {
  "WindowExecutionId"?: string;
  "TaskExecutionId"?: string;
  "InvocationId"?: string;
  "ExecutionId"?: string;
  "TaskType"?: MaintenanceWindowTaskType;
  "Parameters"?: string;
  "Status"?: MaintenanceWindowExecutionStatus;
  "StatusDetails"?: string;
  "StartTime"?: Date;
  "EndTime"?: Date;
  "OwnerInformation"?: string;
  "WindowTargetId"?: string;
}

export interface GetMaintenanceWindowTaskRequest {
  "WindowId": string;
  "WindowTaskId": string;
}

export type NotificationEvent = "All" | "InProgress" | "Success" | "TimedOut" | "Cancelled" | "Failed";

export type NotificationType = "Command" | "Invocation";

export interface NotificationConfig {
  "NotificationArn"?: string;
  "NotificationEvents"?: Array<NotificationEvent>;
  "NotificationType"?: NotificationType;
}

export interface MaintenanceWindowRunCommandParameters {
  "Comment"?: string;
  "CloudWatchOutputConfig"?: CloudWatchOutputConfig;
  "DocumentHash"?: string;
  "DocumentHashType"?: DocumentHashType;
  "DocumentVersion"?: string;
  "NotificationConfig"?: NotificationConfig;
  "OutputS3BucketName"?: string;
  "OutputS3KeyPrefix"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "ServiceRoleArn"?: string;
  "TimeoutSeconds"?: number;
}

export interface MaintenanceWindowAutomationParameters {
  "DocumentVersion"?: string;
  "Parameters"?: Record<string, Array<string>>;
}

export interface MaintenanceWindowStepFunctionsParameters {
  "Input"?: string;
  "Name"?: string;
}

export interface MaintenanceWindowLambdaParameters {
  "ClientContext"?: string;
  "Qualifier"?: string;
  "Payload"?: Uint8Array;
}

export interface MaintenanceWindowTaskInvocationParameters {
  "RunCommand"?: MaintenanceWindowRunCommandParameters;
  "Automation"?: MaintenanceWindowAutomationParameters;
  "StepFunctions"?: MaintenanceWindowStepFunctionsParameters;
  "Lambda"?: MaintenanceWindowLambdaParameters;
}

export interface GetMaintenanceWindowTaskResult {
  "WindowId"?: string;
  "WindowTaskId"?: string;
  "Targets"?: Array<Target>;
  "TaskArn"?: string;
  "ServiceRoleArn"?: string;
  "TaskType"?: MaintenanceWindowTaskType;
  "TaskParameters"?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  "TaskInvocationParameters"?: MaintenanceWindowTaskInvocationParameters;
  "Priority"?: number;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "LoggingInfo"?: LoggingInfo;
  "Name"?: string;
  "Description"?: string;
  "CutoffBehavior"?: MaintenanceWindowTaskCutoffBehavior;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface GetOpsItemRequest {
  "OpsItemId": string;
  "OpsItemArn"?: string;
}

export interface OpsItem {
  "CreatedBy"?: string;
  "OpsItemType"?: string;
  "CreatedTime"?: Date;
  "Description"?: string;
  "LastModifiedBy"?: string;
  "LastModifiedTime"?: Date;
  "Notifications"?: Array<OpsItemNotification>;
  "Priority"?: number;
  "RelatedOpsItems"?: Array<RelatedOpsItem>;
  "Status"?: OpsItemStatus;
  "OpsItemId"?: string;
  "Version"?: string;
  "Title"?: string;
  "Source"?: string;
  "OperationalData"?: Record<string, OpsItemDataValue>;
  "Category"?: string;
  "Severity"?: string;
  "ActualStartTime"?: Date;
  "ActualEndTime"?: Date;
  "PlannedStartTime"?: Date;
  "PlannedEndTime"?: Date;
  "OpsItemArn"?: string;
}

export interface GetOpsItemResponse {
  "OpsItem"?: OpsItem;
}

export interface GetOpsMetadataRequest {
  "OpsMetadataArn": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface GetOpsMetadataResult {
  "ResourceId"?: string;
  "Metadata"?: Record<string, MetadataValue>;
  "NextToken"?: string;
}

export type OpsFilterOperatorType = "Equal" | "NotEqual" | "BeginWith" | "LessThan" | "GreaterThan" | "Exists";

export interface OpsFilter {
  "Key": string;
  "Values": Array<string>;
  "Type"?: OpsFilterOperatorType;
}

export interface OpsAggregator {
  "AggregatorType"?: string;
  "TypeName"?: string;
  "AttributeName"?: string;
  "Values"?: Record<string, string>;
  "Filters"?: Array<OpsFilter>;
  "Aggregators"?: Array<OpsAggregator>;
}

export interface OpsResultAttribute {
  "TypeName": string;
}

export interface GetOpsSummaryRequest {
  "SyncName"?: string;
  "Filters"?: Array<OpsFilter>;
  "Aggregators"?: Array<OpsAggregator>;
  "ResultAttributes"?: Array<OpsResultAttribute>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface OpsEntityItem {
  "CaptureTime"?: string;
  "Content"?: Array<Record<string, string>>;
}

export interface OpsEntity {
  "Id"?: string;
  "Data"?: Record<string, OpsEntityItem>;
}

export interface GetOpsSummaryResult {
  "Entities"?: Array<OpsEntity>;
  "NextToken"?: string;
}

export interface GetParameterRequest {
  "Name": string;
  "WithDecryption"?: boolean;
}

export interface Parameter {
  "Name"?: string;
  "Type"?: ParameterType;
  "Value"?: string;
  "Version"?: number;
  "Selector"?: string;
  "SourceResult"?: string;
  "LastModifiedDate"?: Date;
  "ARN"?: string;
  "DataType"?: string;
}

export interface GetParameterResult {
  "Parameter"?: Parameter;
}

export interface GetParameterHistoryRequest {
  "Name": string;
  "WithDecryption"?: boolean;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface ParameterHistory {
  "Name"?: string;
  "Type"?: ParameterType;
  "KeyId"?: string;
  "LastModifiedDate"?: Date;
  "LastModifiedUser"?: string;
  "Description"?: string;
  "Value"?: string;
  "AllowedPattern"?: string;
  "Version"?: number;
  "Labels"?: Array<string>;
  "Tier"?: ParameterTier;
  "Policies"?: Array<ParameterInlinePolicy>;
  "DataType"?: string;
}

export interface GetParameterHistoryResult {
  "Parameters"?: Array<ParameterHistory>;
  "NextToken"?: string;
}

export interface GetParametersRequest {
  "Names": Array<string>;
  "WithDecryption"?: boolean;
}

export interface GetParametersResult {
  "Parameters"?: Array<Parameter>;
  "InvalidParameters"?: Array<string>;
}

export interface GetParametersByPathRequest {
  "Path": string;
  "Recursive"?: boolean;
  "ParameterFilters"?: Array<ParameterStringFilter>;
  "WithDecryption"?: boolean;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface GetParametersByPathResult {
  "Parameters"?: Array<Parameter>;
  "NextToken"?: string;
}

export interface GetPatchBaselineRequest {
  "BaselineId": string;
}

export interface GetPatchBaselineResult {
  "BaselineId"?: string;
  "Name"?: string;
  "OperatingSystem"?: OperatingSystem;
  "GlobalFilters"?: PatchFilterGroup;
  "ApprovalRules"?: PatchRuleGroup;
  "ApprovedPatches"?: Array<string>;
  "ApprovedPatchesComplianceLevel"?: PatchComplianceLevel;
  "ApprovedPatchesEnableNonSecurity"?: boolean;
  "RejectedPatches"?: Array<string>;
  "RejectedPatchesAction"?: PatchAction;
  "PatchGroups"?: Array<string>;
  "CreatedDate"?: Date;
  "ModifiedDate"?: Date;
  "Description"?: string;
  "Sources"?: Array<PatchSource>;
  "AvailableSecurityUpdatesComplianceStatus"?: PatchComplianceStatus;
}

export interface GetPatchBaselineForPatchGroupRequest {
  "PatchGroup": string;
  "OperatingSystem"?: OperatingSystem;
}

export interface GetPatchBaselineForPatchGroupResult {
  "BaselineId"?: string;
  "PatchGroup"?: string;
  "OperatingSystem"?: OperatingSystem;
}

export interface GetResourcePoliciesRequest {
  "ResourceArn": string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface GetResourcePoliciesResponseEntry {
  "PolicyId"?: string;
  "PolicyHash"?: string;
  "Policy"?: string;
}

export interface GetResourcePoliciesResponse {
  "NextToken"?: string;
  "Policies"?: Array<GetResourcePoliciesResponseEntry>;
}

export interface GetServiceSettingRequest {
  "SettingId": string;
}

export interface ServiceSetting {
  "SettingId"?: string;
  "SettingValue"?: string;
  "LastModifiedDate"?: Date;
  "LastModifiedUser"?: string;
  "ARN"?: string;
  "Status"?: string;
}

export interface GetServiceSettingResult {
  "ServiceSetting"?: ServiceSetting;
}

export interface LabelParameterVersionRequest {
  "Name": string;
  "ParameterVersion"?: number;
  "Labels": Array<string>;
}

export interface LabelParameterVersionResult {
  "InvalidLabels"?: Array<string>;
  "ParameterVersion"?: number;
}

export interface ListAssociationVersionsRequest {
  "AssociationId": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface AssociationVersionInfo {
  "AssociationId"?: string;
  "AssociationVersion"?: string;
  "CreatedDate"?: Date;
  "Name"?: string;
  "DocumentVersion"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "Targets"?: Array<Target>;
  "ScheduleExpression"?: string;
  "OutputLocation"?: InstanceAssociationOutputLocation;
  "AssociationName"?: string;
  "MaxErrors"?: string;
  "MaxConcurrency"?: string;
  "ComplianceSeverity"?: AssociationComplianceSeverity;
  "SyncCompliance"?: AssociationSyncCompliance;
  "ApplyOnlyAtCronInterval"?: boolean;
  "CalendarNames"?: Array<string>;
  "TargetLocations"?: Array<TargetLocation>;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "AssociationDispatchAssumeRole"?: string;
}

export interface ListAssociationVersionsResult {
  "AssociationVersions"?: Array<AssociationVersionInfo>;
  "NextToken"?: string;
}

export type AssociationFilterKey = "InstanceId" | "Name" | "AssociationId" | "AssociationStatusName" | "LastExecutedBefore" | "LastExecutedAfter" | "AssociationName" | "ResourceGroupName";

export interface AssociationFilter {
  "key": AssociationFilterKey;
  "value": string;
}

export interface ListAssociationsRequest {
  "AssociationFilterList"?: Array<AssociationFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface Association {
  "Name"?: string;
  "InstanceId"?: string;
  "AssociationId"?: string;
  "AssociationVersion"?: string;
  "DocumentVersion"?: string;
  "Targets"?: Array<Target>;
  "LastExecutionDate"?: Date;
  "Overview"?: AssociationOverview;
  "ScheduleExpression"?: string;
  "AssociationName"?: string;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
}

export interface ListAssociationsResult {
  "Associations"?: Array<Association>;
  "NextToken"?: string;
}

export type CommandFilterKey = "InvokedAfter" | "InvokedBefore" | "Status" | "ExecutionStage" | "DocumentName";

export interface CommandFilter {
  "key": CommandFilterKey;
  "value": string;
}

export interface ListCommandInvocationsRequest {
  "CommandId"?: string;
  "InstanceId"?: string;
  "MaxResults"?: number;
  "NextToken"?: string;
  "Filters"?: Array<CommandFilter>;
  "Details"?: boolean;
}

export type CommandPluginStatus = "Pending" | "InProgress" | "Success" | "TimedOut" | "Cancelled" | "Failed";

export interface CommandPlugin {
  "Name"?: string;
  "Status"?: CommandPluginStatus;
  "StatusDetails"?: string;
  "ResponseCode"?: number;
  "ResponseStartDateTime"?: Date;
  "ResponseFinishDateTime"?: Date;
  "Output"?: string;
  "StandardOutputUrl"?: string;
  "StandardErrorUrl"?: string;
  "OutputS3Region"?: string;
  "OutputS3BucketName"?: string;
  "OutputS3KeyPrefix"?: string;
}

export interface CommandInvocation {
  "CommandId"?: string;
  "InstanceId"?: string;
  "InstanceName"?: string;
  "Comment"?: string;
  "DocumentName"?: string;
  "DocumentVersion"?: string;
  "RequestedDateTime"?: Date;
  "Status"?: CommandInvocationStatus;
  "StatusDetails"?: string;
  "TraceOutput"?: string;
  "StandardOutputUrl"?: string;
  "StandardErrorUrl"?: string;
  "CommandPlugins"?: Array<CommandPlugin>;
  "ServiceRole"?: string;
  "NotificationConfig"?: NotificationConfig;
  "CloudWatchOutputConfig"?: CloudWatchOutputConfig;
}

export interface ListCommandInvocationsResult {
  "CommandInvocations"?: Array<CommandInvocation>;
  "NextToken"?: string;
}

export interface ListCommandsRequest {
  "CommandId"?: string;
  "InstanceId"?: string;
  "MaxResults"?: number;
  "NextToken"?: string;
  "Filters"?: Array<CommandFilter>;
}

export type CommandStatus = "Pending" | "InProgress" | "Success" | "Cancelled" | "Failed" | "TimedOut" | "Cancelling";

export interface Command {
  "CommandId"?: string;
  "DocumentName"?: string;
  "DocumentVersion"?: string;
  "Comment"?: string;
  "ExpiresAfter"?: Date;
  "Parameters"?: Record<string, Array<string>>;
  "InstanceIds"?: Array<string>;
  "Targets"?: Array<Target>;
  "RequestedDateTime"?: Date;
  "Status"?: CommandStatus;
  "StatusDetails"?: string;
  "OutputS3Region"?: string;
  "OutputS3BucketName"?: string;
  "OutputS3KeyPrefix"?: string;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "TargetCount"?: number;
  "CompletedCount"?: number;
  "ErrorCount"?: number;
  "DeliveryTimedOutCount"?: number;
  "ServiceRole"?: string;
  "NotificationConfig"?: NotificationConfig;
  "CloudWatchOutputConfig"?: CloudWatchOutputConfig;
  "TimeoutSeconds"?: number;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TriggeredAlarms"?: Array<AlarmStateInformation>;
}

export interface ListCommandsResult {
  "Commands"?: Array<Command>;
  "NextToken"?: string;
}

export type ComplianceQueryOperatorType = "EQUAL" | "NOT_EQUAL" | "BEGIN_WITH" | "LESS_THAN" | "GREATER_THAN";

export interface ComplianceStringFilter {
  "Key"?: string;
  "Values"?: Array<string>;
  "Type"?: ComplianceQueryOperatorType;
}

export interface ListComplianceItemsRequest {
  "Filters"?: Array<ComplianceStringFilter>;
  "ResourceIds"?: Array<string>;
  "ResourceTypes"?: Array<string>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type ComplianceStatus = "COMPLIANT" | "NON_COMPLIANT";

export type ComplianceSeverity = "CRITICAL" | "HIGH" | "MEDIUM" | "LOW" | "INFORMATIONAL" | "UNSPECIFIED";

export interface ComplianceExecutionSummary {
  "ExecutionTime": Date;
  "ExecutionId"?: string;
  "ExecutionType"?: string;
}

export interface ComplianceItem {
  "ComplianceType"?: string;
  "ResourceType"?: string;
  "ResourceId"?: string;
  "Id"?: string;
  "Title"?: string;
  "Status"?: ComplianceStatus;
  "Severity"?: ComplianceSeverity;
  "ExecutionSummary"?: ComplianceExecutionSummary;
  "Details"?: Record<string, string>;
}

export interface ListComplianceItemsResult {
  "ComplianceItems"?: Array<ComplianceItem>;
  "NextToken"?: string;
}

export interface ListComplianceSummariesRequest {
  "Filters"?: Array<ComplianceStringFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface SeveritySummary {
  "CriticalCount"?: number;
  "HighCount"?: number;
  "MediumCount"?: number;
  "LowCount"?: number;
  "InformationalCount"?: number;
  "UnspecifiedCount"?: number;
}

export interface CompliantSummary {
  "CompliantCount"?: number;
  "SeveritySummary"?: SeveritySummary;
}

export interface NonCompliantSummary {
  "NonCompliantCount"?: number;
  "SeveritySummary"?: SeveritySummary;
}

export interface ComplianceSummaryItem {
  "ComplianceType"?: string;
  "CompliantSummary"?: CompliantSummary;
  "NonCompliantSummary"?: NonCompliantSummary;
}

export interface ListComplianceSummariesResult {
  "ComplianceSummaryItems"?: Array<ComplianceSummaryItem>;
  "NextToken"?: string;
}

export type DocumentMetadataEnum = "DocumentReviews";

export interface ListDocumentMetadataHistoryRequest {
  "Name": string;
  "DocumentVersion"?: string;
  "Metadata": DocumentMetadataEnum;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type DocumentReviewCommentType = "Comment";

export interface DocumentReviewCommentSource {
  "Type"?: DocumentReviewCommentType;
  "Content"?: string;
}

export interface DocumentReviewerResponseSource {
  "CreateTime"?: Date;
  "UpdatedTime"?: Date;
  "ReviewStatus"?: ReviewStatus;
  "Comment"?: Array<DocumentReviewCommentSource>;
  "Reviewer"?: string;
}

export interface DocumentMetadataResponseInfo {
  "ReviewerResponse"?: Array<DocumentReviewerResponseSource>;
}

export interface ListDocumentMetadataHistoryResponse {
  "Name"?: string;
  "DocumentVersion"?: string;
  "Author"?: string;
  "Metadata"?: DocumentMetadataResponseInfo;
  "NextToken"?: string;
}

export interface ListDocumentVersionsRequest {
  "Name": string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface DocumentVersionInfo {
  "Name"?: string;
  "DisplayName"?: string;
  "DocumentVersion"?: string;
  "VersionName"?: string;
  "CreatedDate"?: Date;
  "IsDefaultVersion"?: boolean;
  "DocumentFormat"?: DocumentFormat;
  "Status"?: DocumentStatus;
  "StatusInformation"?: string;
  "ReviewStatus"?: ReviewStatus;
}

export interface ListDocumentVersionsResult {
  "DocumentVersions"?: Array<DocumentVersionInfo>;
  "NextToken"?: string;
}

export type DocumentFilterKey = "Name" | "Owner" | "PlatformTypes" | "DocumentType";

export interface DocumentFilter {
  "key": DocumentFilterKey;
  "value": string;
}

export interface DocumentKeyValuesFilter {
  "Key"?: string;
  "Values"?: Array<string>;
}

export interface ListDocumentsRequest {
  "DocumentFilterList"?: Array<DocumentFilter>;
  "Filters"?: Array<DocumentKeyValuesFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface DocumentIdentifier {
  "Name"?: string;
  "CreatedDate"?: Date;
  "DisplayName"?: string;
  "Owner"?: string;
  "VersionName"?: string;
  "PlatformTypes"?: Array<PlatformType>;
  "DocumentVersion"?: string;
  "DocumentType"?: DocumentType;
  "SchemaVersion"?: string;
  "DocumentFormat"?: DocumentFormat;
  "TargetType"?: string;
  "Tags"?: Array<Tag>;
  "Requires"?: Array<DocumentRequires>;
  "ReviewStatus"?: ReviewStatus;
  "Author"?: string;
}

export interface ListDocumentsResult {
  "DocumentIdentifiers"?: Array<DocumentIdentifier>;
  "NextToken"?: string;
}

export interface ListInventoryEntriesRequest {
  "InstanceId": string;
  "TypeName": string;
  "Filters"?: Array<InventoryFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ListInventoryEntriesResult {
  "TypeName"?: string;
  "InstanceId"?: string;
  "SchemaVersion"?: string;
  "CaptureTime"?: string;
  "Entries"?: Array<Record<string, string>>;
  "NextToken"?: string;
}

export type NodeFilterKey = "AgentType" | "AgentVersion" | "ComputerName" | "InstanceId" | "InstanceStatus" | "IpAddress" | "ManagedStatus" | "PlatformName" | "PlatformType" | "PlatformVersion" | "ResourceType" | "OrganizationalUnitId" | "OrganizationalUnitPath" | "Region" | "AccountId";

export type NodeFilterOperatorType = "Equal" | "NotEqual" | "BeginWith";

export interface NodeFilter {
  "Key": NodeFilterKey;
  "Values": Array<string>;
  "Type"?: NodeFilterOperatorType;
}

export interface ListNodesRequest {
  "SyncName"?: string;
  "Filters"?: Array<NodeFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface NodeOwnerInfo {
  "AccountId"?: string;
  "OrganizationalUnitId"?: string;
  "OrganizationalUnitPath"?: string;
}

export type ManagedStatus = "All" | "Managed" | "Unmanaged";

export interface InstanceInfo {
  "AgentType"?: string;
  "AgentVersion"?: string;
  "ComputerName"?: string;
  "InstanceStatus"?: string;
  "IpAddress"?: string;
  "ManagedStatus"?: ManagedStatus;
  "PlatformType"?: PlatformType;
  "PlatformName"?: string;
  "PlatformVersion"?: string;
  "ResourceType"?: ResourceType;
}

export interface NodeType {
  "Instance"?: InstanceInfo;
}

export interface Node {
  "CaptureTime"?: Date;
  "Id"?: string;
  "Owner"?: NodeOwnerInfo;
  "Region"?: string;
  "NodeType"?: NodeType;
}

export interface ListNodesResult {
  "Nodes"?: Array<Node>;
  "NextToken"?: string;
}

export type NodeAggregatorType = "Count";

export type NodeTypeName = "Instance";

export type NodeAttributeName = "AgentVersion" | "PlatformName" | "PlatformType" | "PlatformVersion" | "Region" | "ResourceType";

export interface NodeAggregator {
  "AggregatorType": NodeAggregatorType;
  "TypeName": NodeTypeName;
  "AttributeName": NodeAttributeName;
  "Aggregators"?: Array<NodeAggregator>;
}

export interface ListNodesSummaryRequest {
  "SyncName"?: string;
  "Filters"?: Array<NodeFilter>;
  "Aggregators": Array<NodeAggregator>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ListNodesSummaryResult {
  "Summary"?: Array<Record<string, string>>;
  "NextToken"?: string;
}

export type OpsItemEventFilterKey = "OpsItemId";

export type OpsItemEventFilterOperator = "Equal";

export interface OpsItemEventFilter {
  "Key": OpsItemEventFilterKey;
  "Values": Array<string>;
  "Operator": OpsItemEventFilterOperator;
}

export interface ListOpsItemEventsRequest {
  "Filters"?: Array<OpsItemEventFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface OpsItemIdentity {
  "Arn"?: string;
}

export interface OpsItemEventSummary {
  "OpsItemId"?: string;
  "EventId"?: string;
  "Source"?: string;
  "DetailType"?: string;
  "Detail"?: string;
  "CreatedBy"?: OpsItemIdentity;
  "CreatedTime"?: Date;
}

export interface ListOpsItemEventsResponse {
  "NextToken"?: string;
  "Summaries"?: Array<OpsItemEventSummary>;
}

export type OpsItemRelatedItemsFilterKey = "ResourceType" | "AssociationId" | "ResourceUri";

export type OpsItemRelatedItemsFilterOperator = "Equal";

export interface OpsItemRelatedItemsFilter {
  "Key": OpsItemRelatedItemsFilterKey;
  "Values": Array<string>;
  "Operator": OpsItemRelatedItemsFilterOperator;
}

export interface ListOpsItemRelatedItemsRequest {
  "OpsItemId"?: string;
  "Filters"?: Array<OpsItemRelatedItemsFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface OpsItemRelatedItemSummary {
  "OpsItemId"?: string;
  "AssociationId"?: string;
  "ResourceType"?: string;
  "AssociationType"?: string;
  "ResourceUri"?: string;
  "CreatedBy"?: OpsItemIdentity;
  "CreatedTime"?: Date;
  "LastModifiedBy"?: OpsItemIdentity;
  "LastModifiedTime"?: Date;
}

export interface ListOpsItemRelatedItemsResponse {
  "NextToken"?: string;
  "Summaries"?: Array<OpsItemRelatedItemSummary>;
}

export interface OpsMetadataFilter {
  "Key": string;
  "Values": Array<string>;
}

export interface ListOpsMetadataRequest {
  "Filters"?: Array<OpsMetadataFilter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface OpsMetadata {
  "ResourceId"?: string;
  "OpsMetadataArn"?: string;
  "LastModifiedDate"?: Date;
  "LastModifiedUser"?: string;
  "CreationDate"?: Date;
}

export interface ListOpsMetadataResult {
  "OpsMetadataList"?: Array<OpsMetadata>;
  "NextToken"?: string;
}

export interface ListResourceComplianceSummariesRequest {
  "Filters"?: Array<ComplianceStringFilter>;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ResourceComplianceSummaryItem {
  "ComplianceType"?: string;
  "ResourceType"?: string;
  "ResourceId"?: string;
  "Status"?: ComplianceStatus;
  "OverallSeverity"?: ComplianceSeverity;
  "ExecutionSummary"?: ComplianceExecutionSummary;
  "CompliantSummary"?: CompliantSummary;
  "NonCompliantSummary"?: NonCompliantSummary;
}

export interface ListResourceComplianceSummariesResult {
  "ResourceComplianceSummaryItems"?: Array<ResourceComplianceSummaryItem>;
  "NextToken"?: string;
}

export interface ListResourceDataSyncRequest {
  "SyncType"?: string;
  "NextToken"?: string;
  "MaxResults"?: number;
}

export interface ResourceDataSyncSourceWithState {
  "SourceType"?: string;
  "AwsOrganizationsSource"?: ResourceDataSyncAwsOrganizationsSource;
  "SourceRegions"?: Array<string>;
  "IncludeFutureRegions"?: boolean;
  "State"?: string;
  "EnableAllOpsDataSources"?: boolean;
}

export type LastResourceDataSyncStatus = "Successful" | "Failed" | "InProgress";

export interface ResourceDataSyncItem {
  "SyncName"?: string;
  "SyncType"?: string;
  "SyncSource"?: ResourceDataSyncSourceWithState;
  "S3Destination"?: ResourceDataSyncS3Destination;
  "LastSyncTime"?: Date;
  "LastSuccessfulSyncTime"?: Date;
  "SyncLastModifiedTime"?: Date;
  "LastStatus"?: LastResourceDataSyncStatus;
  "SyncCreatedTime"?: Date;
  "LastSyncStatusMessage"?: string;
}

export interface ListResourceDataSyncResult {
  "ResourceDataSyncItems"?: Array<ResourceDataSyncItem>;
  "NextToken"?: string;
}

export interface ListTagsForResourceRequest {
  "ResourceType": ResourceTypeForTagging;
  "ResourceId": string;
}

export interface ListTagsForResourceResult {
  "TagList"?: Array<Tag>;
}

export interface ModifyDocumentPermissionRequest {
  "Name": string;
  "PermissionType": DocumentPermissionType;
  "AccountIdsToAdd"?: Array<string>;
  "AccountIdsToRemove"?: Array<string>;
  "SharedDocumentVersion"?: string;
}

export interface ModifyDocumentPermissionResponse {

}

export interface ComplianceItemEntry {
  "Id"?: string;
  "Title"?: string;
  "Severity": ComplianceSeverity;
  "Status": ComplianceStatus;
  "Details"?: Record<string, string>;
}

export type ComplianceUploadType = "COMPLETE" | "PARTIAL";

export interface PutComplianceItemsRequest {
  "ResourceId": string;
  "ResourceType": string;
  "ComplianceType": string;
  "ExecutionSummary": ComplianceExecutionSummary;
  "Items": Array<ComplianceItemEntry>;
  "ItemContentHash"?: string;
  "UploadType"?: ComplianceUploadType;
}

export interface PutComplianceItemsResult {

}

export interface InventoryItem {
  "TypeName": string;
  "SchemaVersion": string;
  "CaptureTime": string;
  "ContentHash"?: string;
  "Content"?: Array<Record<string, string>>;
  "Context"?: Record<string, string>;
}

export interface PutInventoryRequest {
  "InstanceId": string;
  "Items": Array<InventoryItem>;
}

export interface PutInventoryResult {
  "Message"?: string;
}

export interface PutParameterRequest {
  "Name": string;
  "Description"?: string;
  "Value": string;
  "Type"?: ParameterType;
  "KeyId"?: string;
  "Overwrite"?: boolean;
  "AllowedPattern"?: string;
  "Tags"?: Array<Tag>;
  "Tier"?: ParameterTier;
  "Policies"?: string;
  "DataType"?: string;
}

export interface PutParameterResult {
  "Version"?: number;
  "Tier"?: ParameterTier;
}

export interface PutResourcePolicyRequest {
  "ResourceArn": string;
  "Policy": string;
  "PolicyId"?: string;
  "PolicyHash"?: string;
}

export interface PutResourcePolicyResponse {
  "PolicyId"?: string;
  "PolicyHash"?: string;
}

export interface RegisterDefaultPatchBaselineRequest {
  "BaselineId": string;
}

export interface RegisterDefaultPatchBaselineResult {
  "BaselineId"?: string;
}

export interface RegisterPatchBaselineForPatchGroupRequest {
  "BaselineId": string;
  "PatchGroup": string;
}

export interface RegisterPatchBaselineForPatchGroupResult {
  "BaselineId"?: string;
  "PatchGroup"?: string;
}

export interface RegisterTargetWithMaintenanceWindowRequest {
  "WindowId": string;
  "ResourceType": MaintenanceWindowResourceType;
  "Targets": Array<Target>;
  "OwnerInformation"?: string;
  "Name"?: string;
  "Description"?: string;
  "ClientToken"?: string;
}

export interface RegisterTargetWithMaintenanceWindowResult {
  "WindowTargetId"?: string;
}

export interface RegisterTaskWithMaintenanceWindowRequest {
  "WindowId": string;
  "Targets"?: Array<Target>;
  "TaskArn": string;
  "ServiceRoleArn"?: string;
  "TaskType": MaintenanceWindowTaskType;
  "TaskParameters"?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  "TaskInvocationParameters"?: MaintenanceWindowTaskInvocationParameters;
  "Priority"?: number;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "LoggingInfo"?: LoggingInfo;
  "Name"?: string;
  "Description"?: string;
  "ClientToken"?: string;
  "CutoffBehavior"?: MaintenanceWindowTaskCutoffBehavior;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface RegisterTaskWithMaintenanceWindowResult {
  "WindowTaskId"?: string;
}

export interface RemoveTagsFromResourceRequest {
  "ResourceType": ResourceTypeForTagging;
  "ResourceId": string;
  "TagKeys": Array<string>;
}

export interface RemoveTagsFromResourceResult {

}

export interface ResetServiceSettingRequest {
  "SettingId": string;
}

export interface ResetServiceSettingResult {
  "ServiceSetting"?: ServiceSetting;
}

export interface ResumeSessionRequest {
  "SessionId": string;
}

export interface ResumeSessionResponse {
  "SessionId"?: string;
  "TokenValue"?: string;
  "StreamUrl"?: string;
}

export type SignalType = "Approve" | "Reject" | "StartStep" | "StopStep" | "Resume" | "Revoke";

export interface SendAutomationSignalRequest {
  "AutomationExecutionId": string;
  "SignalType": SignalType;
  "Payload"?: Record<string, Array<string>>;
}

export interface SendAutomationSignalResult {

}

export interface SendCommandRequest {
  "InstanceIds"?: Array<string>;
  "Targets"?: Array<Target>;
  "DocumentName": string;
  "DocumentVersion"?: string;
  "DocumentHash"?: string;
  "DocumentHashType"?: DocumentHashType;
  "TimeoutSeconds"?: number;
  "Comment"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "OutputS3Region"?: string;
  "OutputS3BucketName"?: string;
  "OutputS3KeyPrefix"?: string;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "ServiceRoleArn"?: string;
  "NotificationConfig"?: NotificationConfig;
  "CloudWatchOutputConfig"?: CloudWatchOutputConfig;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface SendCommandResult {
  "Command"?: Command;
}

export interface StartAccessRequestRequest {
  "Reason": string;
  "Targets": Array<Target>;
  "Tags"?: Array<Tag>;
}

export interface StartAccessRequestResponse {
  "AccessRequestId"?: string;
}

export interface StartAssociationsOnceRequest {
  "AssociationIds": Array<string>;
}

export interface StartAssociationsOnceResult {

}

export interface StartAutomationExecutionRequest {
  "DocumentName": string;
  "DocumentVersion"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "ClientToken"?: string;
  "Mode"?: ExecutionMode;
  "TargetParameterName"?: string;
  "Targets"?: Array<Target>;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "TargetLocations"?: Array<TargetLocation>;
  "Tags"?: Array<Tag>;
  "AlarmConfiguration"?: AlarmConfiguration;
  "TargetLocationsURL"?: string;
}

export interface StartAutomationExecutionResult {
  "AutomationExecutionId"?: string;
}

export interface StartChangeRequestExecutionRequest {
  "ScheduledTime"?: Date;
  "DocumentName": string;
  "DocumentVersion"?: string;
  "Parameters"?: Record<string, Array<string>>;
  "ChangeRequestName"?: string;
  "ClientToken"?: string;
  "AutoApprove"?: boolean;
  "Runbooks": Array<Runbook>;
  "Tags"?: Array<Tag>;
  "ScheduledEndTime"?: Date;
  "ChangeDetails"?: string;
}

export interface StartChangeRequestExecutionResult {
  "AutomationExecutionId"?: string;
}

export interface AutomationExecutionInputs {
  "Parameters"?: Record<string, Array<string>>;
  "TargetParameterName"?: string;
  "Targets"?: Array<Target>;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "TargetLocations"?: Array<TargetLocation>;
  "TargetLocationsURL"?: string;
}

export interface ExecutionInputs {
  "Automation"?: AutomationExecutionInputs;
}

export interface StartExecutionPreviewRequest {
  "DocumentName": string;
  "DocumentVersion"?: string;
  "ExecutionInputs"?: ExecutionInputs;
}

export interface StartExecutionPreviewResponse {
  "ExecutionPreviewId"?: string;
}

export interface StartSessionRequest {
  "Target": string;
  "DocumentName"?: string;
  "Reason"?: string;
  "Parameters"?: Record<string, Array<string>>;
}

export interface StartSessionResponse {
  "SessionId"?: string;
  "TokenValue"?: string;
  "StreamUrl"?: string;
}

export type StopType = "Complete" | "Cancel";

export interface StopAutomationExecutionRequest {
  "AutomationExecutionId": string;
  "Type"?: StopType;
}

export interface StopAutomationExecutionResult {

}

export interface TerminateSessionRequest {
  "SessionId": string;
}

export interface TerminateSessionResponse {
  "SessionId"?: string;
}

export interface UnlabelParameterVersionRequest {
  "Name": string;
  "ParameterVersion": number;
  "Labels": Array<string>;
}

export interface UnlabelParameterVersionResult {
  "RemovedLabels"?: Array<string>;
  "InvalidLabels"?: Array<string>;
}

export interface UpdateAssociationRequest {
  "AssociationId": string;
  "Parameters"?: Record<string, Array<string>>;
  "DocumentVersion"?: string;
  "ScheduleExpression"?: string;
  "OutputLocation"?: InstanceAssociationOutputLocation;
  "Name"?: string;
  "Targets"?: Array<Target>;
  "AssociationName"?: string;
  "AssociationVersion"?: string;
  "AutomationTargetParameterName"?: string;
  "MaxErrors"?: string;
  "MaxConcurrency"?: string;
  "ComplianceSeverity"?: AssociationComplianceSeverity;
  "SyncCompliance"?: AssociationSyncCompliance;
  "ApplyOnlyAtCronInterval"?: boolean;
  "CalendarNames"?: Array<string>;
  "TargetLocations"?: Array<TargetLocation>;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "TargetMaps"?: Array<Record<string, Array<string>>>;
  "AlarmConfiguration"?: AlarmConfiguration;
  "AssociationDispatchAssumeRole"?: string;
}

export interface UpdateAssociationResult {
  "AssociationDescription"?: AssociationDescription;
}

export interface UpdateAssociationStatusRequest {
  "Name": string;
  "InstanceId": string;
  "AssociationStatus": AssociationStatus;
}

export interface UpdateAssociationStatusResult {
  "AssociationDescription"?: AssociationDescription;
}

export interface UpdateDocumentRequest {
  "Content": string;
  "Attachments"?: Array<AttachmentsSource>;
  "Name": string;
  "DisplayName"?: string;
  "VersionName"?: string;
  "DocumentVersion"?: string;
  "DocumentFormat"?: DocumentFormat;
  "TargetType"?: string;
}

export interface UpdateDocumentResult {
  "DocumentDescription"?: DocumentDescription;
}

export interface UpdateDocumentDefaultVersionRequest {
  "Name": string;
  "DocumentVersion": string;
}

export interface DocumentDefaultVersionDescription {
  "Name"?: string;
  "DefaultVersion"?: string;
  "DefaultVersionName"?: string;
}

export interface UpdateDocumentDefaultVersionResult {
  "Description"?: DocumentDefaultVersionDescription;
}

export type DocumentReviewAction = "SendForReview" | "UpdateReview" | "Approve" | "Reject";

export interface DocumentReviews {
  "Action": DocumentReviewAction;
  "Comment"?: Array<DocumentReviewCommentSource>;
}

export interface UpdateDocumentMetadataRequest {
  "Name": string;
  "DocumentVersion"?: string;
  "DocumentReviews": DocumentReviews;
}

export interface UpdateDocumentMetadataResponse {

}

export interface UpdateMaintenanceWindowRequest {
  "WindowId": string;
  "Name"?: string;
  "Description"?: string;
  "StartDate"?: string;
  "EndDate"?: string;
  "Schedule"?: string;
  "ScheduleTimezone"?: string;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "Cutoff"?: number;
  "AllowUnassociatedTargets"?: boolean;
  "Enabled"?: boolean;
  "Replace"?: boolean;
}

export interface UpdateMaintenanceWindowResult {
  "WindowId"?: string;
  "Name"?: string;
  "Description"?: string;
  "StartDate"?: string;
  "EndDate"?: string;
  "Schedule"?: string;
  "ScheduleTimezone"?: string;
  "ScheduleOffset"?: number;
  "Duration"?: number;
  "Cutoff"?: number;
  "AllowUnassociatedTargets"?: boolean;
  "Enabled"?: boolean;
}

export interface UpdateMaintenanceWindowTargetRequest {
  "WindowId": string;
  "WindowTargetId": string;
  "Targets"?: Array<Target>;
  "OwnerInformation"?: string;
  "Name"?: string;
  "Description"?: string;
  "Replace"?: boolean;
}

export interface UpdateMaintenanceWindowTargetResult {
  "WindowId"?: string;
  "WindowTargetId"?: string;
  "Targets"?: Array<Target>;
  "OwnerInformation"?: string;
  "Name"?: string;
  "Description"?: string;
}

export interface UpdateMaintenanceWindowTaskRequest {
  "WindowId": string;
  "WindowTaskId": string;
  "Targets"?: Array<Target>;
  "TaskArn"?: string;
  "ServiceRoleArn"?: string;
  "TaskParameters"?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  "TaskInvocationParameters"?: MaintenanceWindowTaskInvocationParameters;
  "Priority"?: number;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "LoggingInfo"?: LoggingInfo;
  "Name"?: string;
  "Description"?: string;
  "Replace"?: boolean;
  "CutoffBehavior"?: MaintenanceWindowTaskCutoffBehavior;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface UpdateMaintenanceWindowTaskResult {
  "WindowId"?: string;
  "WindowTaskId"?: string;
  "Targets"?: Array<Target>;
  "TaskArn"?: string;
  "ServiceRoleArn"?: string;
  "TaskParameters"?: Record<string, MaintenanceWindowTaskParameterValueExpression>;
  "TaskInvocationParameters"?: MaintenanceWindowTaskInvocationParameters;
  "Priority"?: number;
  "MaxConcurrency"?: string;
  "MaxErrors"?: string;
  "LoggingInfo"?: LoggingInfo;
  "Name"?: string;
  "Description"?: string;
  "CutoffBehavior"?: MaintenanceWindowTaskCutoffBehavior;
  "AlarmConfiguration"?: AlarmConfiguration;
}

export interface UpdateManagedInstanceRoleRequest {
  "InstanceId": string;
  "IamRole": string;
}

export interface UpdateManagedInstanceRoleResult {

}

export interface UpdateOpsItemRequest {
  "Description"?: string;
  "OperationalData"?: Record<string, OpsItemDataValue>;
  "OperationalDataToDelete"?: Array<string>;
  "Notifications"?: Array<OpsItemNotification>;
  "Priority"?: number;
  "RelatedOpsItems"?: Array<RelatedOpsItem>;
  "Status"?: OpsItemStatus;
  "OpsItemId": string;
  "Title"?: string;
  "Category"?: string;
  "Severity"?: string;
  "ActualStartTime"?: Date;
  "ActualEndTime"?: Date;
  "PlannedStartTime"?: Date;
  "PlannedEndTime"?: Date;
  "OpsItemArn"?: string;
}

export interface UpdateOpsItemResponse {

}

export interface UpdateOpsMetadataRequest {
  "OpsMetadataArn": string;
  "MetadataToUpdate"?: Record<string, MetadataValue>;
  "KeysToDelete"?: Array<string>;
}

export interface UpdateOpsMetadataResult {
  "OpsMetadataArn"?: string;
}

export interface UpdatePatchBaselineRequest {
  "BaselineId": string;
  "Name"?: string;
  "GlobalFilters"?: PatchFilterGroup;
  "ApprovalRules"?: PatchRuleGroup;
  "ApprovedPatches"?: Array<string>;
  "ApprovedPatchesComplianceLevel"?: PatchComplianceLevel;
  "ApprovedPatchesEnableNonSecurity"?: boolean;
  "RejectedPatches"?: Array<string>;
  "RejectedPatchesAction"?: PatchAction;
  "Description"?: string;
  "Sources"?: Array<PatchSource>;
  "AvailableSecurityUpdatesComplianceStatus"?: PatchComplianceStatus;
  "Replace"?: boolean;
}

export interface UpdatePatchBaselineResult {
  "BaselineId"?: string;
  "Name"?: string;
  "OperatingSystem"?: OperatingSystem;
  "GlobalFilters"?: PatchFilterGroup;
  "ApprovalRules"?: PatchRuleGroup;
  "ApprovedPatches"?: Array<string>;
  "ApprovedPatchesComplianceLevel"?: PatchComplianceLevel;
  "ApprovedPatchesEnableNonSecurity"?: boolean;
  "RejectedPatches"?: Array<string>;
  "RejectedPatchesAction"?: PatchAction;
  "CreatedDate"?: Date;
  "ModifiedDate"?: Date;
  "Description"?: string;
  "Sources"?: Array<PatchSource>;
  "AvailableSecurityUpdatesComplianceStatus"?: PatchComplianceStatus;
}

export interface UpdateResourceDataSyncRequest {
  "SyncName": string;
  "SyncType": string;
  "SyncSource": ResourceDataSyncSource;
}

export interface UpdateResourceDataSyncResult {

}

export interface UpdateServiceSettingRequest {
  "SettingId": string;
  "SettingValue": string;
}

export interface UpdateServiceSettingResult {

}

/** Every operation of the SSM model; a provider implements the ones Nimbus serves. */
export interface SsmOperations {
  addTagsToResource(input: AddTagsToResourceRequest, context: CallContext): Promise<AddTagsToResourceResult>;
  associateOpsItemRelatedItem(input: AssociateOpsItemRelatedItemRequest, context: CallContext): Promise<AssociateOpsItemRelatedItemResponse>;
  cancelCommand(input: CancelCommandRequest, context: CallContext): Promise<CancelCommandResult>;
  cancelMaintenanceWindowExecution(input: CancelMaintenanceWindowExecutionRequest, context: CallContext): Promise<CancelMaintenanceWindowExecutionResult>;
  createActivation(input: CreateActivationRequest, context: CallContext): Promise<CreateActivationResult>;
  createAssociation(input: CreateAssociationRequest, context: CallContext): Promise<CreateAssociationResult>;
  createAssociationBatch(input: CreateAssociationBatchRequest, context: CallContext): Promise<CreateAssociationBatchResult>;
  createDocument(input: CreateDocumentRequest, context: CallContext): Promise<CreateDocumentResult>;
  createMaintenanceWindow(input: CreateMaintenanceWindowRequest, context: CallContext): Promise<CreateMaintenanceWindowResult>;
  createOpsItem(input: CreateOpsItemRequest, context: CallContext): Promise<CreateOpsItemResponse>;
  createOpsMetadata(input: CreateOpsMetadataRequest, context: CallContext): Promise<CreateOpsMetadataResult>;
  createPatchBaseline(input: CreatePatchBaselineRequest, context: CallContext): Promise<CreatePatchBaselineResult>;
  createResourceDataSync(input: CreateResourceDataSyncRequest, context: CallContext): Promise<CreateResourceDataSyncResult>;
  deleteActivation(input: DeleteActivationRequest, context: CallContext): Promise<DeleteActivationResult>;
  deleteAssociation(input: DeleteAssociationRequest, context: CallContext): Promise<DeleteAssociationResult>;
  deleteDocument(input: DeleteDocumentRequest, context: CallContext): Promise<DeleteDocumentResult>;
  deleteInventory(input: DeleteInventoryRequest, context: CallContext): Promise<DeleteInventoryResult>;
  deleteMaintenanceWindow(input: DeleteMaintenanceWindowRequest, context: CallContext): Promise<DeleteMaintenanceWindowResult>;
  deleteOpsItem(input: DeleteOpsItemRequest, context: CallContext): Promise<DeleteOpsItemResponse>;
  deleteOpsMetadata(input: DeleteOpsMetadataRequest, context: CallContext): Promise<DeleteOpsMetadataResult>;
  deleteParameter(input: DeleteParameterRequest, context: CallContext): Promise<DeleteParameterResult>;
  deleteParameters(input: DeleteParametersRequest, context: CallContext): Promise<DeleteParametersResult>;
  deletePatchBaseline(input: DeletePatchBaselineRequest, context: CallContext): Promise<DeletePatchBaselineResult>;
  deleteResourceDataSync(input: DeleteResourceDataSyncRequest, context: CallContext): Promise<DeleteResourceDataSyncResult>;
  deleteResourcePolicy(input: DeleteResourcePolicyRequest, context: CallContext): Promise<DeleteResourcePolicyResponse>;
  deregisterManagedInstance(input: DeregisterManagedInstanceRequest, context: CallContext): Promise<DeregisterManagedInstanceResult>;
  deregisterPatchBaselineForPatchGroup(input: DeregisterPatchBaselineForPatchGroupRequest, context: CallContext): Promise<DeregisterPatchBaselineForPatchGroupResult>;
  deregisterTargetFromMaintenanceWindow(input: DeregisterTargetFromMaintenanceWindowRequest, context: CallContext): Promise<DeregisterTargetFromMaintenanceWindowResult>;
  deregisterTaskFromMaintenanceWindow(input: DeregisterTaskFromMaintenanceWindowRequest, context: CallContext): Promise<DeregisterTaskFromMaintenanceWindowResult>;
  describeActivations(input: DescribeActivationsRequest, context: CallContext): Promise<DescribeActivationsResult>;
  describeAssociation(input: DescribeAssociationRequest, context: CallContext): Promise<DescribeAssociationResult>;
  describeAssociationExecutionTargets(input: DescribeAssociationExecutionTargetsRequest, context: CallContext): Promise<DescribeAssociationExecutionTargetsResult>;
  describeAssociationExecutions(input: DescribeAssociationExecutionsRequest, context: CallContext): Promise<DescribeAssociationExecutionsResult>;
  describeAutomationExecutions(input: DescribeAutomationExecutionsRequest, context: CallContext): Promise<DescribeAutomationExecutionsResult>;
  describeAutomationStepExecutions(input: DescribeAutomationStepExecutionsRequest, context: CallContext): Promise<DescribeAutomationStepExecutionsResult>;
  describeAvailablePatches(input: DescribeAvailablePatchesRequest, context: CallContext): Promise<DescribeAvailablePatchesResult>;
  describeDocument(input: DescribeDocumentRequest, context: CallContext): Promise<DescribeDocumentResult>;
  describeDocumentPermission(input: DescribeDocumentPermissionRequest, context: CallContext): Promise<DescribeDocumentPermissionResponse>;
  describeEffectiveInstanceAssociations(input: DescribeEffectiveInstanceAssociationsRequest, context: CallContext): Promise<DescribeEffectiveInstanceAssociationsResult>;
  describeEffectivePatchesForPatchBaseline(input: DescribeEffectivePatchesForPatchBaselineRequest, context: CallContext): Promise<DescribeEffectivePatchesForPatchBaselineResult>;
  describeInstanceAssociationsStatus(input: DescribeInstanceAssociationsStatusRequest, context: CallContext): Promise<DescribeInstanceAssociationsStatusResult>;
  describeInstanceInformation(input: DescribeInstanceInformationRequest, context: CallContext): Promise<DescribeInstanceInformationResult>;
  describeInstancePatchStates(input: DescribeInstancePatchStatesRequest, context: CallContext): Promise<DescribeInstancePatchStatesResult>;
  describeInstancePatchStatesForPatchGroup(input: DescribeInstancePatchStatesForPatchGroupRequest, context: CallContext): Promise<DescribeInstancePatchStatesForPatchGroupResult>;
  describeInstancePatches(input: DescribeInstancePatchesRequest, context: CallContext): Promise<DescribeInstancePatchesResult>;
  describeInstanceProperties(input: DescribeInstancePropertiesRequest, context: CallContext): Promise<DescribeInstancePropertiesResult>;
  describeInventoryDeletions(input: DescribeInventoryDeletionsRequest, context: CallContext): Promise<DescribeInventoryDeletionsResult>;
  describeMaintenanceWindowExecutionTaskInvocations(input: DescribeMaintenanceWindowExecutionTaskInvocationsRequest, context: CallContext): Promise<DescribeMaintenanceWindowExecutionTaskInvocationsResult>;
  describeMaintenanceWindowExecutionTasks(input: DescribeMaintenanceWindowExecutionTasksRequest, context: CallContext): Promise<DescribeMaintenanceWindowExecutionTasksResult>;
  describeMaintenanceWindowExecutions(input: DescribeMaintenanceWindowExecutionsRequest, context: CallContext): Promise<DescribeMaintenanceWindowExecutionsResult>;
  describeMaintenanceWindowSchedule(input: DescribeMaintenanceWindowScheduleRequest, context: CallContext): Promise<DescribeMaintenanceWindowScheduleResult>;
  describeMaintenanceWindowTargets(input: DescribeMaintenanceWindowTargetsRequest, context: CallContext): Promise<DescribeMaintenanceWindowTargetsResult>;
  describeMaintenanceWindowTasks(input: DescribeMaintenanceWindowTasksRequest, context: CallContext): Promise<DescribeMaintenanceWindowTasksResult>;
  describeMaintenanceWindows(input: DescribeMaintenanceWindowsRequest, context: CallContext): Promise<DescribeMaintenanceWindowsResult>;
  describeMaintenanceWindowsForTarget(input: DescribeMaintenanceWindowsForTargetRequest, context: CallContext): Promise<DescribeMaintenanceWindowsForTargetResult>;
  describeOpsItems(input: DescribeOpsItemsRequest, context: CallContext): Promise<DescribeOpsItemsResponse>;
  describeParameters(input: DescribeParametersRequest, context: CallContext): Promise<DescribeParametersResult>;
  describePatchBaselines(input: DescribePatchBaselinesRequest, context: CallContext): Promise<DescribePatchBaselinesResult>;
  describePatchGroupState(input: DescribePatchGroupStateRequest, context: CallContext): Promise<DescribePatchGroupStateResult>;
  describePatchGroups(input: DescribePatchGroupsRequest, context: CallContext): Promise<DescribePatchGroupsResult>;
  describePatchProperties(input: DescribePatchPropertiesRequest, context: CallContext): Promise<DescribePatchPropertiesResult>;
  describeSessions(input: DescribeSessionsRequest, context: CallContext): Promise<DescribeSessionsResponse>;
  disassociateOpsItemRelatedItem(input: DisassociateOpsItemRelatedItemRequest, context: CallContext): Promise<DisassociateOpsItemRelatedItemResponse>;
  getAccessToken(input: GetAccessTokenRequest, context: CallContext): Promise<GetAccessTokenResponse>;
  getAutomationExecution(input: GetAutomationExecutionRequest, context: CallContext): Promise<GetAutomationExecutionResult>;
  getCalendarState(input: GetCalendarStateRequest, context: CallContext): Promise<GetCalendarStateResponse>;
  getCommandInvocation(input: GetCommandInvocationRequest, context: CallContext): Promise<GetCommandInvocationResult>;
  getConnectionStatus(input: GetConnectionStatusRequest, context: CallContext): Promise<GetConnectionStatusResponse>;
  getDefaultPatchBaseline(input: GetDefaultPatchBaselineRequest, context: CallContext): Promise<GetDefaultPatchBaselineResult>;
  getDeployablePatchSnapshotForInstance(input: GetDeployablePatchSnapshotForInstanceRequest, context: CallContext): Promise<GetDeployablePatchSnapshotForInstanceResult>;
  getDocument(input: GetDocumentRequest, context: CallContext): Promise<GetDocumentResult>;
  getExecutionPreview(input: GetExecutionPreviewRequest, context: CallContext): Promise<GetExecutionPreviewResponse>;
  getInventory(input: GetInventoryRequest, context: CallContext): Promise<GetInventoryResult>;
  getInventorySchema(input: GetInventorySchemaRequest, context: CallContext): Promise<GetInventorySchemaResult>;
  getMaintenanceWindow(input: GetMaintenanceWindowRequest, context: CallContext): Promise<GetMaintenanceWindowResult>;
  getMaintenanceWindowExecution(input: GetMaintenanceWindowExecutionRequest, context: CallContext): Promise<GetMaintenanceWindowExecutionResult>;
  getMaintenanceWindowExecutionTask(input: GetMaintenanceWindowExecutionTaskRequest, context: CallContext): Promise<GetMaintenanceWindowExecutionTaskResult>;
  getMaintenanceWindowExecutionTaskInvocation(input: GetMaintenanceWindowExecutionTaskInvocationRequest, context: CallContext): Promise<GetMaintenanceWindowExecutionTaskInvocationResult>;
  getMaintenanceWindowTask(input: GetMaintenanceWindowTaskRequest, context: CallContext): Promise<GetMaintenanceWindowTaskResult>;
  getOpsItem(input: GetOpsItemRequest, context: CallContext): Promise<GetOpsItemResponse>;
  getOpsMetadata(input: GetOpsMetadataRequest, context: CallContext): Promise<GetOpsMetadataResult>;
  getOpsSummary(input: GetOpsSummaryRequest, context: CallContext): Promise<GetOpsSummaryResult>;
  getParameter(input: GetParameterRequest, context: CallContext): Promise<GetParameterResult>;
  getParameterHistory(input: GetParameterHistoryRequest, context: CallContext): Promise<GetParameterHistoryResult>;
  getParameters(input: GetParametersRequest, context: CallContext): Promise<GetParametersResult>;
  getParametersByPath(input: GetParametersByPathRequest, context: CallContext): Promise<GetParametersByPathResult>;
  getPatchBaseline(input: GetPatchBaselineRequest, context: CallContext): Promise<GetPatchBaselineResult>;
  getPatchBaselineForPatchGroup(input: GetPatchBaselineForPatchGroupRequest, context: CallContext): Promise<GetPatchBaselineForPatchGroupResult>;
  getResourcePolicies(input: GetResourcePoliciesRequest, context: CallContext): Promise<GetResourcePoliciesResponse>;
  getServiceSetting(input: GetServiceSettingRequest, context: CallContext): Promise<GetServiceSettingResult>;
  labelParameterVersion(input: LabelParameterVersionRequest, context: CallContext): Promise<LabelParameterVersionResult>;
  listAssociationVersions(input: ListAssociationVersionsRequest, context: CallContext): Promise<ListAssociationVersionsResult>;
  listAssociations(input: ListAssociationsRequest, context: CallContext): Promise<ListAssociationsResult>;
  listCommandInvocations(input: ListCommandInvocationsRequest, context: CallContext): Promise<ListCommandInvocationsResult>;
  listCommands(input: ListCommandsRequest, context: CallContext): Promise<ListCommandsResult>;
  listComplianceItems(input: ListComplianceItemsRequest, context: CallContext): Promise<ListComplianceItemsResult>;
  listComplianceSummaries(input: ListComplianceSummariesRequest, context: CallContext): Promise<ListComplianceSummariesResult>;
  listDocumentMetadataHistory(input: ListDocumentMetadataHistoryRequest, context: CallContext): Promise<ListDocumentMetadataHistoryResponse>;
  listDocumentVersions(input: ListDocumentVersionsRequest, context: CallContext): Promise<ListDocumentVersionsResult>;
  listDocuments(input: ListDocumentsRequest, context: CallContext): Promise<ListDocumentsResult>;
  listInventoryEntries(input: ListInventoryEntriesRequest, context: CallContext): Promise<ListInventoryEntriesResult>;
  listNodes(input: ListNodesRequest, context: CallContext): Promise<ListNodesResult>;
  listNodesSummary(input: ListNodesSummaryRequest, context: CallContext): Promise<ListNodesSummaryResult>;
  listOpsItemEvents(input: ListOpsItemEventsRequest, context: CallContext): Promise<ListOpsItemEventsResponse>;
  listOpsItemRelatedItems(input: ListOpsItemRelatedItemsRequest, context: CallContext): Promise<ListOpsItemRelatedItemsResponse>;
  listOpsMetadata(input: ListOpsMetadataRequest, context: CallContext): Promise<ListOpsMetadataResult>;
  listResourceComplianceSummaries(input: ListResourceComplianceSummariesRequest, context: CallContext): Promise<ListResourceComplianceSummariesResult>;
  listResourceDataSync(input: ListResourceDataSyncRequest, context: CallContext): Promise<ListResourceDataSyncResult>;
  listTagsForResource(input: ListTagsForResourceRequest, context: CallContext): Promise<ListTagsForResourceResult>;
  modifyDocumentPermission(input: ModifyDocumentPermissionRequest, context: CallContext): Promise<ModifyDocumentPermissionResponse>;
  putComplianceItems(input: PutComplianceItemsRequest, context: CallContext): Promise<PutComplianceItemsResult>;
  putInventory(input: PutInventoryRequest, context: CallContext): Promise<PutInventoryResult>;
  putParameter(input: PutParameterRequest, context: CallContext): Promise<PutParameterResult>;
  putResourcePolicy(input: PutResourcePolicyRequest, context: CallContext): Promise<PutResourcePolicyResponse>;
  registerDefaultPatchBaseline(input: RegisterDefaultPatchBaselineRequest, context: CallContext): Promise<RegisterDefaultPatchBaselineResult>;
  registerPatchBaselineForPatchGroup(input: RegisterPatchBaselineForPatchGroupRequest, context: CallContext): Promise<RegisterPatchBaselineForPatchGroupResult>;
  registerTargetWithMaintenanceWindow(input: RegisterTargetWithMaintenanceWindowRequest, context: CallContext): Promise<RegisterTargetWithMaintenanceWindowResult>;
  registerTaskWithMaintenanceWindow(input: RegisterTaskWithMaintenanceWindowRequest, context: CallContext): Promise<RegisterTaskWithMaintenanceWindowResult>;
  removeTagsFromResource(input: RemoveTagsFromResourceRequest, context: CallContext): Promise<RemoveTagsFromResourceResult>;
  resetServiceSetting(input: ResetServiceSettingRequest, context: CallContext): Promise<ResetServiceSettingResult>;
  resumeSession(input: ResumeSessionRequest, context: CallContext): Promise<ResumeSessionResponse>;
  sendAutomationSignal(input: SendAutomationSignalRequest, context: CallContext): Promise<SendAutomationSignalResult>;
  sendCommand(input: SendCommandRequest, context: CallContext): Promise<SendCommandResult>;
  startAccessRequest(input: StartAccessRequestRequest, context: CallContext): Promise<StartAccessRequestResponse>;
  startAssociationsOnce(input: StartAssociationsOnceRequest, context: CallContext): Promise<StartAssociationsOnceResult>;
  startAutomationExecution(input: StartAutomationExecutionRequest, context: CallContext): Promise<StartAutomationExecutionResult>;
  startChangeRequestExecution(input: StartChangeRequestExecutionRequest, context: CallContext): Promise<StartChangeRequestExecutionResult>;
  startExecutionPreview(input: StartExecutionPreviewRequest, context: CallContext): Promise<StartExecutionPreviewResponse>;
  startSession(input: StartSessionRequest, context: CallContext): Promise<StartSessionResponse>;
  stopAutomationExecution(input: StopAutomationExecutionRequest, context: CallContext): Promise<StopAutomationExecutionResult>;
  terminateSession(input: TerminateSessionRequest, context: CallContext): Promise<TerminateSessionResponse>;
  unlabelParameterVersion(input: UnlabelParameterVersionRequest, context: CallContext): Promise<UnlabelParameterVersionResult>;
  updateAssociation(input: UpdateAssociationRequest, context: CallContext): Promise<UpdateAssociationResult>;
  updateAssociationStatus(input: UpdateAssociationStatusRequest, context: CallContext): Promise<UpdateAssociationStatusResult>;
  updateDocument(input: UpdateDocumentRequest, context: CallContext): Promise<UpdateDocumentResult>;
  updateDocumentDefaultVersion(input: UpdateDocumentDefaultVersionRequest, context: CallContext): Promise<UpdateDocumentDefaultVersionResult>;
  updateDocumentMetadata(input: UpdateDocumentMetadataRequest, context: CallContext): Promise<UpdateDocumentMetadataResponse>;
  updateMaintenanceWindow(input: UpdateMaintenanceWindowRequest, context: CallContext): Promise<UpdateMaintenanceWindowResult>;
  updateMaintenanceWindowTarget(input: UpdateMaintenanceWindowTargetRequest, context: CallContext): Promise<UpdateMaintenanceWindowTargetResult>;
  updateMaintenanceWindowTask(input: UpdateMaintenanceWindowTaskRequest, context: CallContext): Promise<UpdateMaintenanceWindowTaskResult>;
  updateManagedInstanceRole(input: UpdateManagedInstanceRoleRequest, context: CallContext): Promise<UpdateManagedInstanceRoleResult>;
  updateOpsItem(input: UpdateOpsItemRequest, context: CallContext): Promise<UpdateOpsItemResponse>;
  updateOpsMetadata(input: UpdateOpsMetadataRequest, context: CallContext): Promise<UpdateOpsMetadataResult>;
  updatePatchBaseline(input: UpdatePatchBaselineRequest, context: CallContext): Promise<UpdatePatchBaselineResult>;
  updateResourceDataSync(input: UpdateResourceDataSyncRequest, context: CallContext): Promise<UpdateResourceDataSyncResult>;
  updateServiceSetting(input: UpdateServiceSettingRequest, context: CallContext): Promise<UpdateServiceSettingResult>;
}
