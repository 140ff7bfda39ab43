// Generated from models/secretsmanager.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export type FilterNameStringType = "description" | "name" | "tag-key" | "tag-value" | "primary-region" | "owning-service" | "all";

export interface Filter {
  "Key"?: FilterNameStringType;
  "Values"?: Array<string>;
}

export interface BatchGetSecretValueRequest {
  "SecretIdList"?: Array<string>;
  "Filters"?: Array<Filter>;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface SecretValueEntry {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
  "SecretBinary"?: Uint8Array;
  "SecretString"?: string;
  "VersionStages"?: Array<string>;
  "CreatedDate"?: Date;
}

export interface APIErrorType {
  "SecretId"?: string;
  "ErrorCode"?: string;
  "Message"?: string;
}

export interface BatchGetSecretValueResponse {
  "SecretValues"?: Array<SecretValueEntry>;
  "NextToken"?: string;
  "Errors"?: Array<APIErrorType>;
}

export interface CancelRotateSecretRequest {
  "SecretId": string;
}

export interface CancelRotateSecretResponse {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
}

export interface Tag {
  "Key"?: string;
  "Value"?: string;
}

export interface ReplicaRegionType {
  "Region"?: string;
  "KmsKeyId"?: string;
}

export interface CreateSecretRequest {
  "Name": string;
  "ClientRequestToken"?: string;
  "Description"?: string;
  "KmsKeyId"?: string;
  "SecretBinary"?: Uint8Array;
  "SecretString"?: string;
  "Tags"?: Array<Tag>;
  "AddReplicaRegions"?: Array<ReplicaRegionType>;
  "ForceOverwriteReplicaSecret"?: boolean;
  "Type"?: string;
}

export type StatusType = "InSync" | "Failed" | "InProgress";

export interface ReplicationStatusType {
  "Region"?: string;
  "KmsKeyId"?: string;
  "Status"?: StatusType;
  "StatusMessage"?: string;
  "LastAccessedDate"?: Date;
}

export interface CreateSecretResponse {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
  "ReplicationStatus"?: Array<ReplicationStatusType>;
}

export interface DeleteResourcePolicyRequest {
  "SecretId": string;
}

export interface DeleteResourcePolicyResponse {
  "ARN"?: string;
  "Name"?: string;
}

export interface DeleteSecretRequest {
  "SecretId": string;
  "RecoveryWindowInDays"?: number;
  "ForceDeleteWithoutRecovery"?: boolean;
}

export interface DeleteSecretResponse {
  "ARN"?: string;
  "Name"?: string;
  "DeletionDate"?: Date;
}

export interface DescribeSecretRequest {
  "SecretId": string;
}

export interface RotationRulesType {
  "AutomaticallyAfterDays"?: number;
  "Duration"?: string;
  "ScheduleExpression"?: string;
}

export interface ExternalSecretRotationMetadataItem {
  "Key"?: string;
  "Value"?: string;
}

export interface DescribeSecretResponse {
  "ARN"?: string;
  "Name"?: string;
  "Type"?: string;
  "Description"?: string;
  "KmsKeyId"?: string;
  "RotationEnabled"?: boolean;
  "RotationLambdaARN"?: string;
  "RotationRules"?: RotationRulesType;
  "ExternalSecretRotationMetadata"?: Array<ExternalSecretRotationMetadataItem>;
  "ExternalSecretRotationRoleArn"?: string;
  "LastRotatedDate"?: Date;
  "LastChangedDate"?: Date;
  "LastAccessedDate"?: Date;
  "DeletedDate"?: Date;
  "NextRotationDate"?: Date;
  "Tags"?: Array<Tag>;
  "VersionIdsToStages"?: Record<string, Array<string>>;
  "OwningService"?: string;
  "CreatedDate"?: Date;
  "PrimaryRegion"?: string;
  "ReplicationStatus"?: Array<ReplicationStatusType>;
}

export interface GetRandomPasswordRequest {
  "PasswordLength"?: number;
  "ExcludeCharacters"?: string;
  "ExcludeNumbers"?: boolean;
  "ExcludePunctuation"?: boolean;
  "ExcludeUppercase"?: boolean;
  "ExcludeLowercase"?: boolean;
  "IncludeSpace"?: boolean;
  "RequireEachIncludedType"?: boolean;
}

export interface GetRandomPasswordResponse {
  "RandomPassword"?: string;
}

export interface GetResourcePolicyRequest {
  "SecretId": string;
}

export interface GetResourcePolicyResponse {
  "ARN"?: string;
  "Name"?: string;
  "ResourcePolicy"?: string;
}

export interface GetSecretValueRequest {
  "SecretId": string;
  "VersionId"?: string;
  "VersionStage"?: string;
}

export interface GetSecretValueResponse {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
  "SecretBinary"?: Uint8Array;
  "SecretString"?: string;
  "VersionStages"?: Array<string>;
  "CreatedDate"?: Date;
}

export interface ListSecretVersionIdsRequest {
  "SecretId": string;
  "MaxResults"?: number;
  "NextToken"?: string;
  "IncludeDeprecated"?: boolean;
}

export interface SecretVersionsListEntry {
  "VersionId"?: string;
  "VersionStages"?: Array<string>;
  "LastAccessedDate"?: Date;
  "CreatedDate"?: Date;
  "KmsKeyIds"?: Array<string>;
}

export interface ListSecretVersionIdsResponse {
  "Versions"?: Array<SecretVersionsListEntry>;
  "NextToken"?: string;
  "ARN"?: string;
  "Name"?: string;
}

export type SortOrderType = "asc" | "desc";

export type SortByType = "created-date" | "last-accessed-date" | "last-changed-date" | "name";

export interface ListSecretsRequest {
  "IncludePlannedDeletion"?: boolean;
  "MaxResults"?: number;
  "NextToken"?: string;
  "Filters"?: Array<Filter>;
  "SortOrder"?: SortOrderType;
  "SortBy"?: SortByType;
}

export interface SecretListEntry {
  "ARN"?: string;
  "Name"?: string;
  "Type"?: string;
  "Description"?: string;
  "KmsKeyId"?: string;
  "RotationEnabled"?: boolean;
  "RotationLambdaARN"?: string;
  "RotationRules"?: RotationRulesType;
  "ExternalSecretRotationMetadata"?: Array<ExternalSecretRotationMetadataItem>;
  "ExternalSecretRotationRoleArn"?: string;
  "LastRotatedDate"?: Date;
  "LastChangedDate"?: Date;
  "LastAccessedDate"?: Date;
  "DeletedDate"?: Date;
  "NextRotationDate"?: Date;
  "Tags"?: Array<Tag>;
  "SecretVersionsToStages"?: Record<string, Array<string>>;
  "OwningService"?: string;
  "CreatedDate"?: Date;
  "PrimaryRegion"?: string;
}

export interface ListSecretsResponse {
  "SecretList"?: Array<SecretListEntry>;
  "NextToken"?: string;
}

export interface PutResourcePolicyRequest {
  "SecretId": string;
  "ResourcePolicy": string;
  "BlockPublicPolicy"?: boolean;
}

export interface PutResourcePolicyResponse {
  "ARN"?: string;
  "Name"?: string;
}

export interface PutSecretValueRequest {
  "SecretId": string;
  "ClientRequestToken"?: string;
  "SecretBinary"?: Uint8Array;
  "SecretString"?: string;
  "VersionStages"?: Array<string>;
  "RotationToken"?: string;
}

export interface PutSecretValueResponse {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
  "VersionStages"?: Array<string>;
}

export interface RemoveRegionsFromReplicationRequest {
  "SecretId": string;
  "RemoveReplicaRegions": Array<string>;
}

export interface RemoveRegionsFromReplicationResponse {
  "ARN"?: string;
  "ReplicationStatus"?: Array<ReplicationStatusType>;
}

export interface ReplicateSecretToRegionsRequest {
  "SecretId": string;
  "AddReplicaRegions": Array<ReplicaRegionType>;
  "ForceOverwriteReplicaSecret"?: boolean;
}

export interface ReplicateSecretToRegionsResponse {
  "ARN"?: string;
  "ReplicationStatus"?: Array<ReplicationStatusType>;
}

export interface RestoreSecretRequest {
  "SecretId": string;
}

export interface RestoreSecretResponse {
  "ARN"?: string;
  "Name"?: string;
}

export interface RotateSecretRequest {
  "SecretId": string;
  "ClientRequestToken"?: string;
  "RotationLambdaARN"?: string;
  "RotationRules"?: RotationRulesType;
  "ExternalSecretRotationMetadata"?: Array<ExternalSecretRotationMetadataItem>;
  "ExternalSecretRotationRoleArn"?: string;
  "RotateImmediately"?: boolean;
}

export interface RotateSecretResponse {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
}

export interface StopReplicationToReplicaRequest {
  "SecretId": string;
}

export interface StopReplicationToReplicaResponse {
  "ARN"?: string;
}

export interface TagResourceRequest {
  "SecretId": string;
  "Tags": Array<Tag>;
}

export interface UntagResourceRequest {
  "SecretId": string;
  "TagKeys": Array<string>;
}

export interface UpdateSecretRequest {
  "SecretId": string;
  "ClientRequestToken"?: string;
  "Description"?: string;
  "KmsKeyId"?: string;
  "SecretBinary"?: Uint8Array;
  "SecretString"?: string;
  "Type"?: string;
}

export interface UpdateSecretResponse {
  "ARN"?: string;
  "Name"?: string;
  "VersionId"?: string;
}

export interface UpdateSecretVersionStageRequest {
  "SecretId": string;
  "VersionStage": string;
  "RemoveFromVersionId"?: string;
  "MoveToVersionId"?: string;
}

export interface UpdateSecretVersionStageResponse {
  "ARN"?: string;
  "Name"?: string;
}

export interface ValidateResourcePolicyRequest {
  "SecretId"?: string;
  "ResourcePolicy": string;
}

export interface ValidationErrorsEntry {
  "CheckName"?: string;
  "ErrorMessage"?: string;
}

export interface ValidateResourcePolicyResponse {
  "PolicyValidationPassed"?: boolean;
  "ValidationErrors"?: Array<ValidationErrorsEntry>;
}

/** Every operation of the Secrets Manager model; a provider implements the ones Nimbus serves. */
export interface SecretsmanagerOperations {
  batchGetSecretValue(input: BatchGetSecretValueRequest, context: CallContext): Promise<BatchGetSecretValueResponse>;
  cancelRotateSecret(input: CancelRotateSecretRequest, context: CallContext): Promise<CancelRotateSecretResponse>;
  createSecret(input: CreateSecretRequest, context: CallContext): Promise<CreateSecretResponse>;
  deleteResourcePolicy(input: DeleteResourcePolicyRequest, context: CallContext): Promise<DeleteResourcePolicyResponse>;
  deleteSecret(input: DeleteSecretRequest, context: CallContext): Promise<DeleteSecretResponse>;
  describeSecret(input: DescribeSecretRequest, context: CallContext): Promise<DescribeSecretResponse>;
  getRandomPassword(input: GetRandomPasswordRequest, context: CallContext): Promise<GetRandomPasswordResponse>;
  getResourcePolicy(input: GetResourcePolicyRequest, context: CallContext): Promise<GetResourcePolicyResponse>;
  getSecretValue(input: GetSecretValueRequest, context: CallContext): Promise<GetSecretValueResponse>;
  listSecretVersionIds(input: ListSecretVersionIdsRequest, context: CallContext): Promise<ListSecretVersionIdsResponse>;
  listSecrets(input: ListSecretsRequest, context: CallContext): Promise<ListSecretsResponse>;
  putResourcePolicy(input: PutResourcePolicyRequest, context: CallContext): Promise<PutResourcePolicyResponse>;
  putSecretValue(input: PutSecretValueRequest, context: CallContext): Promise<PutSecretValueResponse>;
  removeRegionsFromReplication(input: RemoveRegionsFromReplicationRequest, context: CallContext): Promise<RemoveRegionsFromReplicationResponse>;
  replicateSecretToRegions(input: ReplicateSecretToRegionsRequest, context: CallContext): Promise<ReplicateSecretToRegionsResponse>;
  restoreSecret(input: RestoreSecretRequest, context: CallContext): Promise<RestoreSecretResponse>;
  rotateSecret(input: RotateSecretRequest, context: CallContext): Promise<RotateSecretResponse>;
  stopReplicationToReplica(input: StopReplicationToReplicaRequest, context: CallContext): Promise<StopReplicationToReplicaResponse>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<void>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void>;
  updateSecret(input: UpdateSecretRequest, context: CallContext): Promise<UpdateSecretResponse>;
  updateSecretVersionStage(input: UpdateSecretVersionStageRequest, context: CallContext): Promise<UpdateSecretVersionStageResponse>;
  validateResourcePolicy(input: ValidateResourcePolicyRequest, context: CallContext): Promise<ValidateResourcePolicyResponse>;
}
