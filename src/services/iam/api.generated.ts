// Generated from models/iam.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface AcceptDelegationRequestRequest {
  "DelegationRequestId": string;
}

export interface AddClientIDToOpenIDConnectProviderRequest {
  "OpenIDConnectProviderArn": string;
  "ClientID": string;
}

export interface AddRoleToInstanceProfileRequest {
  "InstanceProfileName": string;
  "RoleName": string;
}

export interface AddUserToGroupRequest {
  "GroupName": string;
  "UserName": string;
}

export interface AssociateDelegationRequestRequest {
  "DelegationRequestId": string;
}

export interface AttachGroupPolicyRequest {
  "GroupName": string;
  "PolicyArn": string;
}

export interface AttachRolePolicyRequest {
  "RoleName": string;
  "PolicyArn": string;
}

export interface AttachUserPolicyRequest {
  "UserName": string;
  "PolicyArn": string;
}

export interface ChangePasswordRequest {
  "OldPassword": string;
  "NewPassword": string;
}

export interface CreateAccessKeyRequest {
  "UserName"?: string;
}

export type statusType = "Active" | "Inactive" | "Expired";

export interface AccessKey {
  "UserName": string;
  "AccessKeyId": string;
  "Status": statusType;
  "SecretAccessKey": string;
  "CreateDate"?: Date;
}

export interface CreateAccessKeyResponse {
  "AccessKey": AccessKey;
}

export interface CreateAccountAliasRequest {
  "AccountAlias": string;
}

export type PolicyParameterTypeEnum = "string" | "stringList";

export interface PolicyParameter {
  "Name"?: string;
  "Values"?: Array<string>;
  "Type"?: PolicyParameterTypeEnum;
}

export interface DelegationPermission {
  "PolicyTemplateArn"?: string;
  "Parameters"?: Array<PolicyParameter>;
}

export interface CreateDelegationRequestRequest {
  "OwnerAccountId"?: string;
  "Description": string;
  "Permissions": DelegationPermission;
  "RequestMessage"?: string;
  "RequestorWorkflowId": string;
  "RedirectUrl"?: string;
  "NotificationChannel": string;
  "SessionDuration": number;
  "OnlySendByOwner"?: boolean;
}

export interface CreateDelegationRequestResponse {
  "ConsoleDeepLink"?: string;
  "DelegationRequestId"?: string;
}

export interface CreateGroupRequest {
  "Path"?: string;
  "GroupName": string;
}

export interface Group {
  "Path": string;
  "GroupName": string;
  "GroupId": string;
  "Arn": string;
  "CreateDate": Date;
}

export interface CreateGroupResponse {
  "Group": Group;
}

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface CreateInstanceProfileRequest {
  "InstanceProfileName": string;
  "Path"?: string;
  "Tags"?: Array<Tag>;
}

export type PermissionsBoundaryAttachmentType = "PermissionsBoundaryPolicy";

export interface AttachedPermissionsBoundary {
  "PermissionsBoundaryType"?: PermissionsBoundaryAttachmentType;
  "PermissionsBoundaryArn"?: string;
}

export interface RoleLastUsed {
  "LastUsedDate"?: Date;
  "Region"?: string;
}

export interface Role {
  "Path": string;
  "RoleName": string;
  "RoleId": string;
  "Arn": string;
  "CreateDate": Date;
  "AssumeRolePolicyDocument"?: string;
  "Description"?: string;
  "MaxSessionDuration"?: number;
  "PermissionsBoundary"?: AttachedPermissionsBoundary;
  "Tags"?: Array<Tag>;
  "RoleLastUsed"?: RoleLastUsed;
}

export interface InstanceProfile {
  "Path": string;
  "InstanceProfileName": string;
  "InstanceProfileId": string;
  "Arn": string;
  "CreateDate": Date;
  "Roles": Array<Role>;
  "Tags"?: Array<Tag>;
}

export interface CreateInstanceProfileResponse {
  "InstanceProfile": InstanceProfile;
}

export interface CreateLoginProfileRequest {
  "UserName"?: string;
  "Password"?: string;
  "PasswordResetRequired"?: boolean;
}

export interface LoginProfile {
  "UserName": string;
  "CreateDate": Date;
  "PasswordResetRequired"?: boolean;
}

export interface CreateLoginProfileResponse {
  "LoginProfile": LoginProfile;
}

export interface CreateOpenIDConnectProviderRequest {
  "Url": string;
  "ClientIDList"?: Array<string>;
  "ThumbprintList"?: Array<string>;
  "Tags"?: Array<Tag>;
}

export interface CreateOpenIDConnectProviderResponse {
  "OpenIDConnectProviderArn"?: string;
  "Tags"?: Array<Tag>;
}

export interface CreatePolicyRequest {
  "PolicyName": string;
  "Path"?: string;
  "PolicyDocument": string;
  "Description"?: string;
  "Tags"?: Array<Tag>;
}

export interface Policy {
  "PolicyName"?: string;
  "PolicyId"?: string;
  "Arn"?: string;
  "Path"?: string;
  "DefaultVersionId"?: string;
  "AttachmentCount"?: number;
  "PermissionsBoundaryUsageCount"?: number;
  "IsAttachable"?: boolean;
  "Description"?: string;
  "CreateDate"?: Date;
  "UpdateDate"?: Date;
  "Tags"?: Array<Tag>;
}

export interface CreatePolicyResponse {
  "Policy"?: Policy;
}

export interface CreatePolicyVersionRequest {
  "PolicyArn": string;
  "PolicyDocument": string;
  "SetAsDefault"?: boolean;
}

export interface PolicyVersion {
  "Document"?: string;
  "VersionId"?: string;
  "IsDefaultVersion"?: boolean;
  "CreateDate"?: Date;
}

export interface CreatePolicyVersionResponse {
  "PolicyVersion"?: PolicyVersion;
}

export interface CreateRoleRequest {
  "Path"?: string;
  "RoleName": string;
  "AssumeRolePolicyDocument": string;
  "Description"?: string;
  "MaxSessionDuration"?: number;
  "PermissionsBoundary"?: string;
  "Tags"?: Array<Tag>;
}

export interface CreateRoleResponse {
  "Role": Role;
}

export type assertionEncryptionModeType = "Required" | "Allowed";

export interface CreateSAMLProviderRequest {
  "SAMLMetadataDocument": string;
  "Name": string;
  "Tags"?: Array<Tag>;
  "AssertionEncryptionMode"?: assertionEncryptionModeType;
  "AddPrivateKey"?: string;
}

export interface CreateSAMLProviderResponse {
  "SAMLProviderArn"?: string;
  "Tags"?: Array<Tag>;
}

export interface CreateServiceLinkedRoleRequest {
  "AWSServiceName": string;
  "Description"?: string;
  "CustomSuffix"?: string;
}

export interface CreateServiceLinkedRoleResponse {
  "Role"?: Role;
}

export interface CreateServiceSpecificCredentialRequest {
  "UserName": string;
  "ServiceName": string;
  "CredentialAgeDays"?: number;
}

export interface ServiceSpecificCredential {
  "CreateDate": Date;
  "ExpirationDate"?: Date;
  "ServiceName": string;
  "ServiceUserName"?: string;
  "ServicePassword"?: string;
  "ServiceCredentialAlias"?: string;
  "ServiceCredentialSecret"?: string;
  "ServiceSpecificCredentialId": string;
  "UserName": string;
  "Status": statusType;
}

export interface CreateServiceSpecificCredentialResponse {
  "ServiceSpecificCredential"?: ServiceSpecificCredential;
}

export interface CreateUserRequest {
  "Path"?: string;
  "UserName": string;
  "PermissionsBoundary"?: string;
  "Tags"?: Array<Tag>;
}

export interface User {
  "Path": string;
  "UserName": string;
  "UserId": string;
  "Arn": string;
  "CreateDate": Date;
  "PasswordLastUsed"?: Date;
  "PermissionsBoundary"?: AttachedPermissionsBoundary;
  "Tags"?: Array<Tag>;
}

export interface CreateUserResponse {
  "User"?: User;
}

export interface CreateVirtualMFADeviceRequest {
  "Path"?: string;
  "VirtualMFADeviceName": string;
  "Tags"?: Array<Tag>;
}

export interface VirtualMFADevice {
  "SerialNumber": string;
  "Base32StringSeed"?: Uint8Array;
  "QRCodePNG"?: Uint8Array;
  "User"?: User;
  "EnableDate"?: Date;
  "Tags"?: Array<Tag>;
}

export interface CreateVirtualMFADeviceResponse {
  "VirtualMFADevice": VirtualMFADevice;
}

export interface DeactivateMFADeviceRequest {
  "UserName"?: string;
  "SerialNumber": string;
}

export interface DeleteAccessKeyRequest {
  "UserName"?: string;
  "AccessKeyId": string;
}

export interface DeleteAccountAliasRequest {
  "AccountAlias": string;
}

export interface DeleteGroupRequest {
  "GroupName": string;
}

export interface DeleteGroupPolicyRequest {
  "GroupName": string;
  "PolicyName": string;
}

export interface DeleteInstanceProfileRequest {
  "InstanceProfileName": string;
}

export interface DeleteLoginProfileRequest {
  "UserName"?: string;
}

export interface DeleteOpenIDConnectProviderRequest {
  "OpenIDConnectProviderArn": string;
}

export interface DeletePolicyRequest {
  "PolicyArn": string;
}

export interface DeletePolicyVersionRequest {
  "PolicyArn": string;
  "VersionId": string;
}

export interface DeleteRoleRequest {
  "RoleName": string;
}

export interface DeleteRolePermissionsBoundaryRequest {
  "RoleName": string;
}

export interface DeleteRolePolicyRequest {
  "RoleName": string;
  "PolicyName": string;
}

export interface DeleteSAMLProviderRequest {
  "SAMLProviderArn": string;
}

export interface DeleteSSHPublicKeyRequest {
  "UserName": string;
  "SSHPublicKeyId": string;
}

export interface DeleteServerCertificateRequest {
  "ServerCertificateName": string;
}

export interface DeleteServiceLinkedRoleRequest {
  "RoleName": string;
}

export interface DeleteServiceLinkedRoleResponse {
  "DeletionTaskId": string;
}

export interface DeleteServiceSpecificCredentialRequest {
  "UserName"?: string;
  "ServiceSpecificCredentialId": string;
}

export interface DeleteSigningCertificateRequest {
  "UserName"?: string;
  "CertificateId": string;
}

export interface DeleteUserRequest {
  "UserName": string;
}

export interface DeleteUserPermissionsBoundaryRequest {
  "UserName": string;
}

export interface DeleteUserPolicyRequest {
  "UserName": string;
  "PolicyName": string;
}

export interface DeleteVirtualMFADeviceRequest {
  "SerialNumber": string;
}

export interface DetachGroupPolicyRequest {
  "GroupName": string;
  "PolicyArn": string;
}

export interface DetachRolePolicyRequest {
  "RoleName": string;
  "PolicyArn": string;
}

export interface DetachUserPolicyRequest {
  "UserName": string;
  "PolicyArn": string;
}

export interface DisableOrganizationsRootCredentialsManagementRequest {

}

export type FeatureType = "RootCredentialsManagement" | "RootSessions";

export interface DisableOrganizationsRootCredentialsManagementResponse {
  "OrganizationId"?: string;
  "EnabledFeatures"?: Array<FeatureType>;
}

export interface DisableOrganizationsRootSessionsRequest {

}

export interface DisableOrganizationsRootSessionsResponse {
  "OrganizationId"?: string;
  "EnabledFeatures"?: Array<FeatureType>;
}

export interface EnableMFADeviceRequest {
  "UserName": string;
  "SerialNumber": string;
  "AuthenticationCode1": string;
  "AuthenticationCode2": string;
}

export interface EnableOrganizationsRootCredentialsManagementRequest {

}

export interface EnableOrganizationsRootCredentialsManagementResponse {
  "OrganizationId"?: string;
  "EnabledFeatures"?: Array<FeatureType>;
}

export interface EnableOrganizationsRootSessionsRequest {

}

export interface EnableOrganizationsRootSessionsResponse {
  "OrganizationId"?: string;
  "EnabledFeatures"?: Array<FeatureType>;
}

export interface EnableOutboundWebIdentityFederationResponse {
  "IssuerIdentifier"?: string;
}

export type ReportStateType = "STARTED" | "INPROGRESS" | "COMPLETE";

export interface GenerateCredentialReportResponse {
  "State"?: ReportStateType;
  "Description"?: string;
}

export interface GenerateOrganizationsAccessReportRequest {
  "EntityPath": string;
  "OrganizationsPolicyId"?: string;
}

export interface GenerateOrganizationsAccessReportResponse {
  "JobId"?: string;
}

export type AccessAdvisorUsageGranularityType = "SERVICE_LEVEL" | "ACTION_LEVEL";

export interface GenerateServiceLastAccessedDetailsRequest {
  "Arn": string;
  "Granularity"?: AccessAdvisorUsageGranularityType;
}

export interface GenerateServiceLastAccessedDetailsResponse {
  "JobId"?: string;
}

export interface GetAccessKeyLastUsedRequest {
  "AccessKeyId": string;
}

export interface AccessKeyLastUsed {
  "LastUsedDate"?: Date;
  "ServiceName": string;
  "Region": string;
}

export interface GetAccessKeyLastUsedResponse {
  "UserName"?: string;
  "AccessKeyLastUsed"?: AccessKeyLastUsed;
}

export type EntityType = "User" | "Role" | "Group" | "LocalManagedPolicy" | "AWSManagedPolicy";

export interface GetAccountAuthorizationDetailsRequest {
  "Filter"?: Array<EntityType>;
  "MaxItems"?: number;
  "Marker"?: string;
}

export interface PolicyDetail {
  "PolicyName"?: string;
  "PolicyDocument"?: string;
}

export interface AttachedPolicy {
  "PolicyName"?: string;
  "PolicyArn"?: string;
}

export interface UserDetail {
  "Path"?: string;
  "UserName"?: string;
  "UserId"?: string;
  "Arn"?: string;
  "CreateDate"?: Date;
  "UserPolicyList"?: Array<PolicyDetail>;
  "GroupList"?: Array<string>;
  "AttachedManagedPolicies"?: Array<AttachedPolicy>;
  "PermissionsBoundary"?: AttachedPermissionsBoundary;
  "Tags"?: Array<Tag>;
}

export interface GroupDetail {
  "Path"?: string;
  "GroupName"?: string;
  "GroupId"?: string;
  "Arn"?: string;
  "CreateDate"?: Date;
  "GroupPolicyList"?: Array<PolicyDetail>;
  "AttachedManagedPolicies"?: Array<AttachedPolicy>;
}

export interface RoleDetail {
  "Path"?: string;
  "RoleName"?: string;
  "RoleId"?: string;
  "Arn"?: string;
  "CreateDate"?: Date;
  "AssumeRolePolicyDocument"?: string;
  "InstanceProfileList"?: Array<InstanceProfile>;
  "RolePolicyList"?: Array<PolicyDetail>;
  "AttachedManagedPolicies"?: Array<AttachedPolicy>;
  "PermissionsBoundary"?: AttachedPermissionsBoundary;
  "Tags"?: Array<Tag>;
  "RoleLastUsed"?: RoleLastUsed;
}

export interface ManagedPolicyDetail {
  "PolicyName"?: string;
  "PolicyId"?: string;
  "Arn"?: string;
  "Path"?: string;
  "DefaultVersionId"?: string;
  "AttachmentCount"?: number;
  "PermissionsBoundaryUsageCount"?: number;
  "IsAttachable"?: boolean;
  "Description"?: string;
  "CreateDate"?: Date;
  "UpdateDate"?: Date;
  "PolicyVersionList"?: Array<PolicyVersion>;
}

export interface GetAccountAuthorizationDetailsResponse {
  "UserDetailList"?: Array<UserDetail>;
  "GroupDetailList"?: Array<GroupDetail>;
  "RoleDetailList"?: Array<RoleDetail>;
  "Policies"?: Array<ManagedPolicyDetail>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface PasswordPolicy {
  "MinimumPasswordLength"?: number;
  "RequireSymbols"?: boolean;
  "RequireNumbers"?: boolean;
  "RequireUppercaseCharacters"?: boolean;
  "RequireLowercaseCharacters"?: boolean;
  "AllowUsersToChangePassword"?: boolean;
  "ExpirePasswords"?: boolean;
  "MaxPasswordAge"?: number;
  "PasswordReusePrevention"?: number;
  "HardExpiry"?: boolean;
}

export interface GetAccountPasswordPolicyResponse {
  "PasswordPolicy": PasswordPolicy;
}

export interface GetAccountSummaryResponse {
  "SummaryMap"?: Record<string, number>;
}

export interface GetContextKeysForCustomPolicyRequest {
  "PolicyInputList": Array<string>;
}

export interface GetContextKeysForPolicyResponse {
  "ContextKeyNames"?: Array<string>;
}

export interface GetContextKeysForPrincipalPolicyRequest {
  "PolicySourceArn": string;
  "PolicyInputList"?: Array<string>;
}

export type ReportFormatType = "text/csv";

export interface GetCredentialReportResponse {
  "Content"?: Uint8Array;
  "ReportFormat"?: ReportFormatType;
  "GeneratedTime"?: Date;
}

export interface GetDelegationRequestRequest {
  "DelegationRequestId": string;
  "DelegationPermissionCheck"?: boolean;
}

export type stateType = "UNASSIGNED" | "ASSIGNED" | "PENDING_APPROVAL" | "FINALIZED" | "ACCEPTED" | "REJECTED" | "EXPIRED";

export interface DelegationRequest {
  "DelegationRequestId"?: string;
  "OwnerAccountId"?: string;
  "Description"?: string;
  "RequestMessage"?: string;
  "Permissions"?: DelegationPermission;
  "PermissionPolicy"?: string;
  "RolePermissionRestrictionArns"?: Array<string>;
  "OwnerId"?: string;
  "ApproverId"?: string;
  "State"?: stateType;
  "ExpirationTime"?: Date;
  "RequestorId"?: string;
  "RequestorName"?: string;
  "CreateDate"?: Date;
  "SessionDuration"?: number;
  "RedirectUrl"?: string;
  "Notes"?: string;
  "RejectionReason"?: string;
  "OnlySendByOwner"?: boolean;
  "UpdatedTime"?: Date;
}

export type permissionCheckStatusType = "COMPLETE" | "IN_PROGRESS" | "FAILED";

export type permissionCheckResultType = "ALLOWED" | "DENIED" | "UNSURE";

export interface GetDelegationRequestResponse {
  "DelegationRequest"?: DelegationRequest;
  "PermissionCheckStatus"?: permissionCheckStatusType;
  "PermissionCheckResult"?: permissionCheckResultType;
}

export interface GetGroupRequest {
  "GroupName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface GetGroupResponse {
  "Group": Group;
  "Users": Array<User>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface GetGroupPolicyRequest {
  "GroupName": string;
  "PolicyName": string;
}

export interface GetGroupPolicyResponse {
  "GroupName": string;
  "PolicyName": string;
  "PolicyDocument": string;
}

export interface GetHumanReadableSummaryRequest {
  "EntityArn": string;
  "Locale"?: string;
}

export type summaryStateType = "AVAILABLE" | "NOT_AVAILABLE" | "NOT_SUPPORTED" | "FAILED";

export interface GetHumanReadableSummaryResponse {
  "SummaryContent"?: string;
  "Locale"?: string;
  "SummaryState"?: summaryStateType;
}

export interface GetInstanceProfileRequest {
  "InstanceProfileName": string;
}

export interface GetInstanceProfileResponse {
  "InstanceProfile": InstanceProfile;
}

export interface GetLoginProfileRequest {
  "UserName"?: string;
}

export interface GetLoginProfileResponse {
  "LoginProfile": LoginProfile;
}

export interface GetMFADeviceRequest {
  "SerialNumber": string;
  "UserName"?: string;
}

export interface GetMFADeviceResponse {
  "UserName"?: string;
  "SerialNumber": string;
  "EnableDate"?: Date;
  "Certifications"?: Record<string, string>;
}

export interface GetOpenIDConnectProviderRequest {
  "OpenIDConnectProviderArn": string;
}

export interface GetOpenIDConnectProviderResponse {
  "Url"?: string;
  "ClientIDList"?: Array<string>;
  "ThumbprintList"?: Array<string>;
  "CreateDate"?: Date;
  "Tags"?: Array<Tag>;
}

export type sortKeyType = "SERVICE_NAMESPACE_ASCENDING" | "SERVICE_NAMESPACE_DESCENDING" | "LAST_AUTHENTICATED_TIME_ASCENDING" | "LAST_AUTHENTICATED_TIME_DESCENDING";

export interface GetOrganizationsAccessReportRequest {
  "JobId": string;
  "MaxItems"?: number;
  "Marker"?: string;
  "SortKey"?: sortKeyType;
}

export type jobStatusType = "IN_PROGRESS" | "COMPLETED" | "FAILED";

export interface AccessDetail {
  "ServiceName": string;
  "ServiceNamespace": string;
  "Region"?: string;
  "EntityPath"?: string;
  "LastAuthenticatedTime"?: Date;
  "TotalAuthenticatedEntities"?: number;
}

export interface ErrorDetails {
  "Message": string;
  "Code": string;
}

export interface GetOrganizationsAccessReportResponse {
  "JobStatus": jobStatusType;
  "JobCreationDate": Date;
  "JobCompletionDate"?: Date;
  "NumberOfServicesAccessible"?: number;
  "NumberOfServicesNotAccessed"?: number;
  "AccessDetails"?: Array<AccessDetail>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
  "ErrorDetails"?: ErrorDetails;
}

export interface GetOutboundWebIdentityFederationInfoResponse {
  "IssuerIdentifier"?: string;
  "JwtVendingEnabled"?: boolean;
}

export interface GetPolicyRequest {
  "PolicyArn": string;
}

export interface GetPolicyResponse {
  "Policy"?: Policy;
}

export interface GetPolicyVersionRequest {
  "PolicyArn": string;
  "VersionId": string;
}

export interface GetPolicyVersionResponse {
  "PolicyVersion"?: PolicyVersion;
}

export interface GetRoleRequest {
  "RoleName": string;
}

export interface GetRoleResponse {
  "Role": Role;
}

export interface GetRolePolicyRequest {
  "RoleName": string;
  "PolicyName": string;
}

export interface GetRolePolicyResponse {
  "RoleName": string;
  "PolicyName": string;
  "PolicyDocument": string;
}

export interface GetSAMLProviderRequest {
  "SAMLProviderArn": string;
}

export interface SAMLPrivateKey {
  "KeyId"?: string;
  "Timestamp"?: Date;
}

export interface GetSAMLProviderResponse {
  "SAMLProviderUUID"?: string;
  "SAMLMetadataDocument"?: string;
  "CreateDate"?: Date;
  "ValidUntil"?: Date;
  "Tags"?: Array<Tag>;
  "AssertionEncryptionMode"?: assertionEncryptionModeType;
  "PrivateKeyList"?: Array<SAMLPrivateKey>;
}

export type encodingType = "SSH" | "PEM";

export interface GetSSHPublicKeyRequest {
  "UserName": string;
  "SSHPublicKeyId": string;
  "Encoding": encodingType;
}

export interface SSHPublicKey {
  "UserName": string;
  "SSHPublicKeyId": string;
  "Fingerprint": string;
  "SSHPublicKeyBody": string;
  "Status": statusType;
  "UploadDate"?: Date;
}

export interface GetSSHPublicKeyResponse {
  "SSHPublicKey"?: SSHPublicKey;
}

export interface GetServerCertificateRequest {
  "ServerCertificateName": string;
}

export interface ServerCertificateMetadata {
  "Path": string;
  "ServerCertificateName": string;
  "ServerCertificateId": string;
  "Arn": string;
  "UploadDate"?: Date;
  "Expiration"?: Date;
}

export interface ServerCertificate {
  "ServerCertificateMetadata": ServerCertificateMetadata;
  "CertificateBody": string;
  "CertificateChain"?: string;
  "Tags"?: Array<Tag>;
}

export interface GetServerCertificateResponse {
  "ServerCertificate": ServerCertificate;
}

export interface GetServiceLastAccessedDetailsRequest {
  "JobId": string;
  "MaxItems"?: number;
  "Marker"?: string;
}

export interface TrackedActionLastAccessed {
  "ActionName"?: string;
  "LastAccessedEntity"?: string;
  "LastAccessedTime"?: Date;
  "LastAccessedRegion"?: string;
}

export interface ServiceLastAccessed {
  "ServiceName": string;
  "LastAuthenticated"?: Date;
  "ServiceNamespace": string;
  "LastAuthenticatedEntity"?: string;
  "LastAuthenticatedRegion"?: string;
  "TotalAuthenticatedEntities"?: number;
  "TrackedActionsLastAccessed"?: Array<TrackedActionLastAccessed>;
}

export interface GetServiceLastAccessedDetailsResponse {
  "JobStatus": jobStatusType;
  "JobType"?: AccessAdvisorUsageGranularityType;
  "JobCreationDate": Date;
  "ServicesLastAccessed": Array<ServiceLastAccessed>;
  "JobCompletionDate": Date;
  "IsTruncated"?: boolean;
  "Marker"?: string;
  "Error"?: ErrorDetails;
}

export interface GetServiceLastAccessedDetailsWithEntitiesRequest {
  "JobId": string;
  "ServiceNamespace": string;
  "MaxItems"?: number;
  "Marker"?: string;
}

export type policyOwnerEntityType = "USER" | "ROLE" | "GROUP";

export interface EntityInfo {
  "Arn": string;
  "Name": string;
  "Type": policyOwnerEntityType;
  "Id": string;
  "Path"?: string;
}

export interface EntityDetails {
  "EntityInfo": EntityInfo;
  "LastAuthenticated"?: Date;
}

export interface GetServiceLastAccessedDetailsWithEntitiesResponse {
  "JobStatus": jobStatusType;
  "JobCreationDate": Date;
  "JobCompletionDate": Date;
  "EntityDetailsList": Array<EntityDetails>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
  "Error"?: ErrorDetails;
}

export interface GetServiceLinkedRoleDeletionStatusRequest {
  "DeletionTaskId": string;
}

export type DeletionTaskStatusType = "SUCCEEDED" | "IN_PROGRESS" | "FAILED" | "NOT_STARTED";

export interface RoleUsageType {
  "Region"?: string;
  "Resources"?: Array<string>;
}

export interface DeletionTaskFailureReasonType {
  "Reason"?: string;
  "RoleUsageList"?: Array<RoleUsageType>;
}

export interface GetServiceLinkedRoleDeletionStatusResponse {
  "Status": DeletionTaskStatusType;
  "Reason"?: DeletionTaskFailureReasonType;
}

export interface GetUserRequest {
  "UserName"?: string;
}

export interface GetUserResponse {
  "User": User;
}

export interface GetUserPolicyRequest {
  "UserName": string;
  "PolicyName": string;
}

export interface GetUserPolicyResponse {
  "UserName": string;
  "PolicyName": string;
  "PolicyDocument": string;
}

export interface ListAccessKeysRequest {
  "UserName"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface AccessKeyMetadata {
  "UserName"?: string;
  "AccessKeyId"?: string;
  "Status"?: statusType;
  "CreateDate"?: Date;
}

export interface ListAccessKeysResponse {
  "AccessKeyMetadata": Array<AccessKeyMetadata>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListAccountAliasesRequest {
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListAccountAliasesResponse {
  "AccountAliases": Array<string>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListAttachedGroupPoliciesRequest {
  "GroupName": string;
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListAttachedGroupPoliciesResponse {
  "AttachedPolicies"?: Array<AttachedPolicy>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListAttachedRolePoliciesRequest {
  "RoleName": string;
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListAttachedRolePoliciesResponse {
  "AttachedPolicies"?: Array<AttachedPolicy>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListAttachedUserPoliciesRequest {
  "UserName": string;
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListAttachedUserPoliciesResponse {
  "AttachedPolicies"?: Array<AttachedPolicy>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListDelegationRequestsRequest {
  "OwnerId"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListDelegationRequestsResponse {
  "DelegationRequests"?: Array<DelegationRequest>;
  "Marker"?: string;
  "isTruncated"?: boolean;
}

export type PolicyUsageType = "PermissionsPolicy" | "PermissionsBoundary";

export interface ListEntitiesForPolicyRequest {
  "PolicyArn": string;
  "EntityFilter"?: EntityType;
  "PathPrefix"?: string;
  "PolicyUsageFilter"?: PolicyUsageType;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface PolicyGroup {
  "GroupName"?: string;
  "GroupId"?: string;
}

export interface PolicyUser {
  "UserName"?: string;
  "UserId"?: string;
}

export interface PolicyRole {
  "RoleName"?: string;
  "RoleId"?: string;
}

export interface ListEntitiesForPolicyResponse {
  "PolicyGroups"?: Array<PolicyGroup>;
  "PolicyUsers"?: Array<PolicyUser>;
  "PolicyRoles"?: Array<PolicyRole>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListGroupPoliciesRequest {
  "GroupName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListGroupPoliciesResponse {
  "PolicyNames": Array<string>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListGroupsRequest {
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListGroupsResponse {
  "Groups": Array<Group>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListGroupsForUserRequest {
  "UserName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListGroupsForUserResponse {
  "Groups": Array<Group>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListInstanceProfileTagsRequest {
  "InstanceProfileName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListInstanceProfileTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListInstanceProfilesRequest {
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListInstanceProfilesResponse {
  "InstanceProfiles": Array<InstanceProfile>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListInstanceProfilesForRoleRequest {
  "RoleName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListInstanceProfilesForRoleResponse {
  "InstanceProfiles": Array<InstanceProfile>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListMFADeviceTagsRequest {
  "SerialNumber": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListMFADeviceTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListMFADevicesRequest {
  "UserName"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface MFADevice {
  "UserName": string;
  "SerialNumber": string;
  "EnableDate": Date;
}

export interface ListMFADevicesResponse {
  "MFADevices": Array<MFADevice>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListOpenIDConnectProviderTagsRequest {
  "OpenIDConnectProviderArn": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListOpenIDConnectProviderTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListOpenIDConnectProvidersRequest {

}

export interface OpenIDConnectProviderListEntry {
  "Arn"?: string;
}

export interface ListOpenIDConnectProvidersResponse {
  "OpenIDConnectProviderList"?: Array<OpenIDConnectProviderListEntry>;
}

export interface ListOrganizationsFeaturesRequest {

}

export interface ListOrganizationsFeaturesResponse {
  "OrganizationId"?: string;
  "EnabledFeatures"?: Array<FeatureType>;
}

export type policyScopeType = "All" | "AWS" | "Local";

export interface ListPoliciesRequest {
  "Scope"?: policyScopeType;
  "OnlyAttached"?: boolean;
  "PathPrefix"?: string;
  "PolicyUsageFilter"?: PolicyUsageType;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListPoliciesResponse {
  "Policies"?: Array<Policy>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListPoliciesGrantingServiceAccessRequest {
  "Marker"?: string;
  "Arn": string;
  "ServiceNamespaces": Array<string>;
}

export type policyType = "INLINE" | "MANAGED";

export interface PolicyGrantingServiceAccess {
  "PolicyName": string;
  "PolicyType": policyType;
  "PolicyArn"?: string;
  "EntityType"?: policyOwnerEntityType;
  "EntityName"?: string;
}

export interface ListPoliciesGrantingServiceAccessEntry {
  "ServiceNamespace"?: string;
  "Policies"?: Array<PolicyGrantingServiceAccess>;
}

export interface ListPoliciesGrantingServiceAccessResponse {
  "PoliciesGrantingServiceAccess": Array<ListPoliciesGrantingServiceAccessEntry>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListPolicyTagsRequest {
  "PolicyArn": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListPolicyTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListPolicyVersionsRequest {
  "PolicyArn": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListPolicyVersionsResponse {
  "Versions"?: Array<PolicyVersion>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListRolePoliciesRequest {
  "RoleName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListRolePoliciesResponse {
  "PolicyNames": Array<string>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListRoleTagsRequest {
  "RoleName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListRoleTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListRolesRequest {
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListRolesResponse {
  "Roles": Array<Role>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListSAMLProviderTagsRequest {
  "SAMLProviderArn": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListSAMLProviderTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListSAMLProvidersRequest {

}

export interface SAMLProviderListEntry {
  "Arn"?: string;
  "ValidUntil"?: Date;
  "CreateDate"?: Date;
}

export interface ListSAMLProvidersResponse {
  "SAMLProviderList"?: Array<SAMLProviderListEntry>;
}

export interface ListSSHPublicKeysRequest {
  "UserName"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface SSHPublicKeyMetadata {
  "UserName": string;
  "SSHPublicKeyId": string;
  "Status": statusType;
  "UploadDate": Date;
}

export interface ListSSHPublicKeysResponse {
  "SSHPublicKeys"?: Array<SSHPublicKeyMetadata>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListServerCertificateTagsRequest {
  "ServerCertificateName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListServerCertificateTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListServerCertificatesRequest {
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListServerCertificatesResponse {
  "ServerCertificateMetadataList": Array<ServerCertificateMetadata>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListServiceSpecificCredentialsRequest {
  "UserName"?: string;
  "ServiceName"?: string;
  "AllUsers"?: boolean;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ServiceSpecificCredentialMetadata {
  "UserName": string;
  "Status": statusType;
  "ServiceUserName"?: string;
  "ServiceCredentialAlias"?: string;
  "CreateDate": Date;
  "ExpirationDate"?: Date;
  "ServiceSpecificCredentialId": string;
  "ServiceName": string;
}

export interface ListServiceSpecificCredentialsResponse {
  "ServiceSpecificCredentials"?: Array<ServiceSpecificCredentialMetadata>;
  "Marker"?: string;
  "IsTruncated"?: boolean;
}

export interface ListSigningCertificatesRequest {
  "UserName"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface SigningCertificate {
  "UserName": string;
  "CertificateId": string;
  "CertificateBody": string;
  "Status": statusType;
  "UploadDate"?: Date;
}

export interface ListSigningCertificatesResponse {
  "Certificates": Array<SigningCertificate>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListUserPoliciesRequest {
  "UserName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListUserPoliciesResponse {
  "PolicyNames": Array<string>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListUserTagsRequest {
  "UserName": string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListUserTagsResponse {
  "Tags": Array<Tag>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface ListUsersRequest {
  "PathPrefix"?: string;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListUsersResponse {
  "Users": Array<User>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export type assignmentStatusType = "Assigned" | "Unassigned" | "Any";

export interface ListVirtualMFADevicesRequest {
  "AssignmentStatus"?: assignmentStatusType;
  "Marker"?: string;
  "MaxItems"?: number;
}

export interface ListVirtualMFADevicesResponse {
  "VirtualMFADevices": Array<VirtualMFADevice>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface PutGroupPolicyRequest {
  "GroupName": string;
  "PolicyName": string;
  "PolicyDocument": string;
}

export interface PutRolePermissionsBoundaryRequest {
  "RoleName": string;
  "PermissionsBoundary": string;
}

export interface PutRolePolicyRequest {
  "RoleName": string;
  "PolicyName": string;
  "PolicyDocument": string;
}

export interface PutUserPermissionsBoundaryRequest {
  "UserName": string;
  "PermissionsBoundary": string;
}

export interface PutUserPolicyRequest {
  "UserName": string;
  "PolicyName": string;
  "PolicyDocument": string;
}

export interface RejectDelegationRequestRequest {
  "DelegationRequestId": string;
  "Notes"?: string;
}

export interface RemoveClientIDFromOpenIDConnectProviderRequest {
  "OpenIDConnectProviderArn": string;
  "ClientID": string;
}

export interface RemoveRoleFromInstanceProfileRequest {
  "InstanceProfileName": string;
  "RoleName": string;
}

export interface RemoveUserFromGroupRequest {
  "GroupName": string;
  "UserName": string;
}

export interface ResetServiceSpecificCredentialRequest {
  "UserName"?: string;
  "ServiceSpecificCredentialId": string;
}

export interface ResetServiceSpecificCredentialResponse {
  "ServiceSpecificCredential"?: ServiceSpecificCredential;
}

export interface ResyncMFADeviceRequest {
  "UserName": string;
  "SerialNumber": string;
  "AuthenticationCode1": string;
  "AuthenticationCode2": string;
}

export interface SendDelegationTokenRequest {
  "DelegationRequestId": string;
}

export interface SetDefaultPolicyVersionRequest {
  "PolicyArn": string;
  "VersionId": string;
}

export type globalEndpointTokenVersion = "v1Token" | "v2Token";

export interface SetSecurityTokenServicePreferencesRequest {
  "GlobalEndpointTokenVersion": globalEndpointTokenVersion;
}

export type ContextKeyTypeEnum = "string" | "stringList" | "numeric" | "numericList" | "boolean" | "booleanList" | "ip" | "ipList" | "binary" | "binaryList" | "date" | "dateList";

export interface ContextEntry {
  "ContextKeyName"?: string;
  "ContextKeyValues"?: Array<string>;
  "ContextKeyType"?: ContextKeyTypeEnum;
}

export interface SimulateCustomPolicyRequest {
  "PolicyInputList": Array<string>;
  "PermissionsBoundaryPolicyInputList"?: Array<string>;
  "ActionNames": Array<string>;
  "ResourceArns"?: Array<string>;
  "ResourcePolicy"?: string;
  "ResourceOwner"?: string;
  "CallerArn"?: string;
  "ContextEntries"?: Array<ContextEntry>;
  "ResourceHandlingOption"?: string;
  "MaxItems"?: number;
  "Marker"?: string;
}

export type PolicyEvaluationDecisionType = "allowed" | "explicitDeny" | "implicitDeny";

export type PolicySourceType = "user" | "group" | "role" | "aws-managed" | "user-managed" | "resource" | "none";

export interface Position {
  "Line"?: number;
  "Column"?: number;
}

export interface Statement {
  "SourcePolicyId"?: string;
  "SourcePolicyType"?: PolicySourceType;
  "StartPosition"?: Position;
  "EndPosition"?: Position;
}

export interface OrganizationsDecisionDetail {
  "AllowedByOrganizations"?: boolean;
}

export interface PermissionsBoundaryDecisionDetail {
  "AllowedByPermissionsBoundary"?: boolean;
}

export interface ResourceSpecificResult {
  "EvalResourceName": string;
  "EvalResourceDecision": PolicyEvaluationDecisionType;
  "MatchedStatements"?: Array<Statement>;
  "MissingContextValues"?: Array<string>;
  "EvalDecisionDetails"?: Record<string, PolicyEvaluationDecisionType>;
  "PermissionsBoundaryDecisionDetail"?: PermissionsBoundaryDecisionDetail;
}

export interface EvaluationResult {
  "EvalActionName": string;
  "EvalResourceName"?: string;
  "EvalDecision": PolicyEvaluationDecisionType;
  "MatchedStatements"?: Array<Statement>;
  "MissingContextValues"?: Array<string>;
  "OrganizationsDecisionDetail"?: OrganizationsDecisionDetail;
  "PermissionsBoundaryDecisionDetail"?: PermissionsBoundaryDecisionDetail;
  "EvalDecisionDetails"?: Record<string, PolicyEvaluationDecisionType>;
  "ResourceSpecificResults"?: Array<ResourceSpecificResult>;
}

export interface SimulatePolicyResponse {
  "EvaluationResults"?: Array<EvaluationResult>;
  "IsTruncated"?: boolean;
  "Marker"?: string;
}

export interface SimulatePrincipalPolicyRequest {
  "PolicySourceArn": string;
  "PolicyInputList"?: Array<string>;
  "PermissionsBoundaryPolicyInputList"?: Array<string>;
  "ActionNames": Array<string>;
  "ResourceArns"?: Array<string>;
  "ResourcePolicy"?: string;
  "ResourceOwner"?: string;
  "CallerArn"?: string;
  "ContextEntries"?: Array<ContextEntry>;
  "ResourceHandlingOption"?: string;
  "MaxItems"?: number;
  "Marker"?: string;
}

export interface TagInstanceProfileRequest {
  "InstanceProfileName": string;
  "Tags": Array<Tag>;
}

export interface TagMFADeviceRequest {
  "SerialNumber": string;
  "Tags": Array<Tag>;
}

export interface TagOpenIDConnectProviderRequest {
  "OpenIDConnectProviderArn": string;
  "Tags": Array<Tag>;
}

export interface TagPolicyRequest {
  "PolicyArn": string;
  "Tags": Array<Tag>;
}

export interface TagRoleRequest {
  "RoleName": string;
  "Tags": Array<Tag>;
}

export interface TagSAMLProviderRequest {
  "SAMLProviderArn": string;
  "Tags": Array<Tag>;
}

export interface TagServerCertificateRequest {
  "ServerCertificateName": string;
  "Tags": Array<Tag>;
}

export interface TagUserRequest {
  "UserName": string;
  "Tags": Array<Tag>;
}

export interface UntagInstanceProfileRequest {
  "InstanceProfileName": string;
  "TagKeys": Array<string>;
}

export interface UntagMFADeviceRequest {
  "SerialNumber": string;
  "TagKeys": Array<string>;
}

export interface UntagOpenIDConnectProviderRequest {
  "OpenIDConnectProviderArn": string;
  "TagKeys": Array<string>;
}

export interface UntagPolicyRequest {
  "PolicyArn": string;
  "TagKeys": Array<string>;
}

export interface UntagRoleRequest {
  "RoleName": string;
  "TagKeys": Array<string>;
}

export interface UntagSAMLProviderRequest {
  "SAMLProviderArn": string;
  "TagKeys": Array<string>;
}

export interface UntagServerCertificateRequest {
  "ServerCertificateName": string;
  "TagKeys": Array<string>;
}

export interface UntagUserRequest {
  "UserName": string;
  "TagKeys": Array<string>;
}

export interface UpdateAccessKeyRequest {
  "UserName"?: string;
  "AccessKeyId": string;
  "Status": statusType;
}

export interface UpdateAccountPasswordPolicyRequest {
  "MinimumPasswordLength"?: number;
  "RequireSymbols"?: boolean;
  "RequireNumbers"?: boolean;
  "RequireUppercaseCharacters"?: boolean;
  "RequireLowercaseCharacters"?: boolean;
  "AllowUsersToChangePassword"?: boolean;
  "MaxPasswordAge"?: number;
  "PasswordReusePrevention"?: number;
  "HardExpiry"?: boolean;
}

export interface UpdateAssumeRolePolicyRequest {
  "RoleName": string;
  "PolicyDocument": string;
}

export interface UpdateDelegationRequestRequest {
  "DelegationRequestId": string;
  "Notes"?: string;
}

export interface UpdateGroupRequest {
  "GroupName": string;
  "NewPath"?: string;
  "NewGroupName"?: string;
}

export interface UpdateLoginProfileRequest {
  "UserName": string;
  "Password"?: string;
  "PasswordResetRequired"?: boolean;
}

export interface UpdateOpenIDConnectProviderThumbprintRequest {
  "OpenIDConnectProviderArn": string;
  "ThumbprintList": Array<string>;
}

export interface UpdateRoleRequest {
  "RoleName": string;
  "Description"?: string;
  "MaxSessionDuration"?: number;
}

export interface UpdateRoleResponse {

}

export interface UpdateRoleDescriptionRequest {
  "RoleName": string;
  "Description": string;
}

export interface UpdateRoleDescriptionResponse {
  "Role"?: Role;
}

export interface UpdateSAMLProviderRequest {
  "SAMLMetadataDocument"?: string;
  "SAMLProviderArn": string;
  "AssertionEncryptionMode"?: assertionEncryptionModeType;
  "AddPrivateKey"?: string;
  "RemovePrivateKey"?: string;
}

export interface UpdateSAMLProviderResponse {
  "SAMLProviderArn"?: string;
}

export interface UpdateSSHPublicKeyRequest {
  "UserName": string;
  "SSHPublicKeyId": string;
  "Status": statusType;
}

export interface UpdateServerCertificateRequest {
  "ServerCertificateName": string;
  "NewPath"?: string;
  "NewServerCertificateName"?: string;
}

export interface UpdateServiceSpecificCredentialRequest {
  "UserName"?: string;
  "ServiceSpecificCredentialId": string;
  "Status": statusType;
}

export interface UpdateSigningCertificateRequest {
  "UserName"?: string;
  "CertificateId": string;
  "Status": statusType;
}

export interface UpdateUserRequest {
  "UserName": string;
  "NewPath"?: string;
  "NewUserName"?: string;
}

export interface UploadSSHPublicKeyRequest {
  "UserName": string;
  "SSHPublicKeyBody": string;
}

export interface UploadSSHPublicKeyResponse {
  "SSHPublicKey"?: SSHPublicKey;
}

export interface UploadServerCertificateRequest {
  "Path"?: string;
  "ServerCertificateName": string;
  "CertificateBody": string;
  "PrivateKey": string;
  "CertificateChain"?: string;
  "Tags"?: Array<Tag>;
}

export interface UploadServerCertificateResponse {
  "ServerCertificateMetadata"?: ServerCertificateMetadata;
  "Tags"?: Array<Tag>;
}

export interface UploadSigningCertificateRequest {
  "UserName"?: string;
  "CertificateBody": string;
}

export interface UploadSigningCertificateResponse {
  "Certificate": SigningCertificate;
}

/** Every operation of the IAM model; a provider implements the ones Nimbus serves. */
export interface IamOperations {
  acceptDelegationRequest(input: AcceptDelegationRequestRequest, context: CallContext): Promise<void>;
  addClientIDToOpenIDConnectProvider(input: AddClientIDToOpenIDConnectProviderRequest, context: CallContext): Promise<void>;
  addRoleToInstanceProfile(input: AddRoleToInstanceProfileRequest, context: CallContext): Promise<void>;
  addUserToGroup(input: AddUserToGroupRequest, context: CallContext): Promise<void>;
  associateDelegationRequest(input: AssociateDelegationRequestRequest, context: CallContext): Promise<void>;
  attachGroupPolicy(input: AttachGroupPolicyRequest, context: CallContext): Promise<void>;
  attachRolePolicy(input: AttachRolePolicyRequest, context: CallContext): Promise<void>;
  attachUserPolicy(input: AttachUserPolicyRequest, context: CallContext): Promise<void>;
  changePassword(input: ChangePasswordRequest, context: CallContext): Promise<void>;
  createAccessKey(input: CreateAccessKeyRequest, context: CallContext): Promise<CreateAccessKeyResponse>;
  createAccountAlias(input: CreateAccountAliasRequest, context: CallContext): Promise<void>;
  createDelegationRequest(input: CreateDelegationRequestRequest, context: CallContext): Promise<CreateDelegationRequestResponse>;
  createGroup(input: CreateGroupRequest, context: CallContext): Promise<CreateGroupResponse>;
  createInstanceProfile(input: CreateInstanceProfileRequest, context: CallContext): Promise<CreateInstanceProfileResponse>;
  createLoginProfile(input: CreateLoginProfileRequest, context: CallContext): Promise<CreateLoginProfileResponse>;
  createOpenIDConnectProvider(input: CreateOpenIDConnectProviderRequest, context: CallContext): Promise<CreateOpenIDConnectProviderResponse>;
  createPolicy(input: CreatePolicyRequest, context: CallContext): Promise<CreatePolicyResponse>;
  createPolicyVersion(input: CreatePolicyVersionRequest, context: CallContext): Promise<CreatePolicyVersionResponse>;
  createRole(input: CreateRoleRequest, context: CallContext): Promise<CreateRoleResponse>;
  createSAMLProvider(input: CreateSAMLProviderRequest, context: CallContext): Promise<CreateSAMLProviderResponse>;
  createServiceLinkedRole(input: CreateServiceLinkedRoleRequest, context: CallContext): Promise<CreateServiceLinkedRoleResponse>;
  createServiceSpecificCredential(input: CreateServiceSpecificCredentialRequest, context: CallContext): Promise<CreateServiceSpecificCredentialResponse>;
  createUser(input: CreateUserRequest, context: CallContext): Promise<CreateUserResponse>;
  createVirtualMFADevice(input: CreateVirtualMFADeviceRequest, context: CallContext): Promise<CreateVirtualMFADeviceResponse>;
  deactivateMFADevice(input: DeactivateMFADeviceRequest, context: CallContext): Promise<void>;
  deleteAccessKey(input: DeleteAccessKeyRequest, context: CallContext): Promise<void>;
  deleteAccountAlias(input: DeleteAccountAliasRequest, context: CallContext): Promise<void>;
  deleteAccountPasswordPolicy(input: Record<string, never>, context: CallContext): Promise<void>;
  deleteGroup(input: DeleteGroupRequest, context: CallContext): Promise<void>;
  deleteGroupPolicy(input: DeleteGroupPolicyRequest, context: CallContext): Promise<void>;
  deleteInstanceProfile(input: DeleteInstanceProfileRequest, context: CallContext): Promise<void>;
  deleteLoginProfile(input: DeleteLoginProfileRequest, context: CallContext): Promise<void>;
  deleteOpenIDConnectProvider(input: DeleteOpenIDConnectProviderRequest, context: CallContext): Promise<void>;
  deletePolicy(input: DeletePolicyRequest, context: CallContext): Promise<void>;
  deletePolicyVersion(input: DeletePolicyVersionRequest, context: CallContext): Promise<void>;
  deleteRole(input: DeleteRoleRequest, context: CallContext): Promise<void>;
  deleteRolePermissionsBoundary(input: DeleteRolePermissionsBoundaryRequest, context: CallContext): Promise<void>;
  deleteRolePolicy(input: DeleteRolePolicyRequest, context: CallContext): Promise<void>;
  deleteSAMLProvider(input: DeleteSAMLProviderRequest, context: CallContext): Promise<void>;
  deleteSSHPublicKey(input: DeleteSSHPublicKeyRequest, context: CallContext): Promise<void>;
  deleteServerCertificate(input: DeleteServerCertificateRequest, context: CallContext): Promise<void>;
  deleteServiceLinkedRole(input: DeleteServiceLinkedRoleRequest, context: CallContext): Promise<DeleteServiceLinkedRoleResponse>;
  deleteServiceSpecificCredential(input: DeleteServiceSpecificCredentialRequest, context: CallContext): Promise<void>;
  deleteSigningCertificate(input: DeleteSigningCertificateRequest, context: CallContext): Promise<void>;
  deleteUser(input: DeleteUserRequest, context: CallContext): Promise<void>;
  deleteUserPermissionsBoundary(input: DeleteUserPermissionsBoundaryRequest, context: CallContext): Promise<void>;
  deleteUserPolicy(input: DeleteUserPolicyRequest, context: CallContext): Promise<void>;
  deleteVirtualMFADevice(input: DeleteVirtualMFADeviceRequest, context: CallContext): Promise<void>;
  detachGroupPolicy(input: DetachGroupPolicyRequest, context: CallContext): Promise<void>;
  detachRolePolicy(input: DetachRolePolicyRequest, context: CallContext): Promise<void>;
  detachUserPolicy(input: DetachUserPolicyRequest, context: CallContext): Promise<void>;
  disableOrganizationsRootCredentialsManagement(input: DisableOrganizationsRootCredentialsManagementRequest, context: CallContext): Promise<DisableOrganizationsRootCredentialsManagementResponse>;
  disableOrganizationsRootSessions(input: DisableOrganizationsRootSessionsRequest, context: CallContext): Promise<DisableOrganizationsRootSessionsResponse>;
  disableOutboundWebIdentityFederation(input: Record<string, never>, context: CallContext): Promise<void>;
  enableMFADevice(input: EnableMFADeviceRequest, context: CallContext): Promise<void>;
  enableOrganizationsRootCredentialsManagement(input: EnableOrganizationsRootCredentialsManagementRequest, context: CallContext): Promise<EnableOrganizationsRootCredentialsManagementResponse>;
  enableOrganizationsRootSessions(input: EnableOrganizationsRootSessionsRequest, context: CallContext): Promise<EnableOrganizationsRootSessionsResponse>;
  enableOutboundWebIdentityFederation(input: Record<string, never>, context: CallContext): Promise<EnableOutboundWebIdentityFederationResponse>;
  generateCredentialReport(input: Record<string, never>, context: CallContext): Promise<GenerateCredentialReportResponse>;
  generateOrganizationsAccessReport(input: GenerateOrganizationsAccessReportRequest, context: CallContext): Promise<GenerateOrganizationsAccessReportResponse>;
  generateServiceLastAccessedDetails(input: GenerateServiceLastAccessedDetailsRequest, context: CallContext): Promise<GenerateServiceLastAccessedDetailsResponse>;
  getAccessKeyLastUsed(input: GetAccessKeyLastUsedRequest, context: CallContext): Promise<GetAccessKeyLastUsedResponse>;
  getAccountAuthorizationDetails(input: GetAccountAuthorizationDetailsRequest, context: CallContext): Promise<GetAccountAuthorizationDetailsResponse>;
  getAccountPasswordPolicy(input: Record<string, never>, context: CallContext): Promise<GetAccountPasswordPolicyResponse>;
  getAccountSummary(input: Record<string, never>, context: CallContext): Promise<GetAccountSummaryResponse>;
  getContextKeysForCustomPolicy(input: GetContextKeysForCustomPolicyRequest, context: CallContext): Promise<GetContextKeysForPolicyResponse>;
  getContextKeysForPrincipalPolicy(input: GetContextKeysForPrincipalPolicyRequest, context: CallContext): Promise<GetContextKeysForPolicyResponse>;
  getCredentialReport(input: Record<string, never>, context: CallContext): Promise<GetCredentialReportResponse>;
  getDelegationRequest(input: GetDelegationRequestRequest, context: CallContext): Promise<GetDelegationRequestResponse>;
  getGroup(input: GetGroupRequest, context: CallContext): Promise<GetGroupResponse>;
  getGroupPolicy(input: GetGroupPolicyRequest, context: CallContext): Promise<GetGroupPolicyResponse>;
  getHumanReadableSummary(input: GetHumanReadableSummaryRequest, context: CallContext): Promise<GetHumanReadableSummaryResponse>;
  getInstanceProfile(input: GetInstanceProfileRequest, context: CallContext): Promise<GetInstanceProfileResponse>;
  getLoginProfile(input: GetLoginProfileRequest, context: CallContext): Promise<GetLoginProfileResponse>;
  getMFADevice(input: GetMFADeviceRequest, context: CallContext): Promise<GetMFADeviceResponse>;
  getOpenIDConnectProvider(input: GetOpenIDConnectProviderRequest, context: CallContext): Promise<GetOpenIDConnectProviderResponse>;
  getOrganizationsAccessReport(input: GetOrganizationsAccessReportRequest, context: CallContext): Promise<GetOrganizationsAccessReportResponse>;
  getOutboundWebIdentityFederationInfo(input: Record<string, never>, context: CallContext): Promise<GetOutboundWebIdentityFederationInfoResponse>;
  getPolicy(input: GetPolicyRequest, context: CallContext): Promise<GetPolicyResponse>;
  getPolicyVersion(input: GetPolicyVersionRequest, context: CallContext): Promise<GetPolicyVersionResponse>;
  getRole(input: GetRoleRequest, context: CallContext): Promise<GetRoleResponse>;
  getRolePolicy(input: GetRolePolicyRequest, context: CallContext): Promise<GetRolePolicyResponse>;
  getSAMLProvider(input: GetSAMLProviderRequest, context: CallContext): Promise<GetSAMLProviderResponse>;
  getSSHPublicKey(input: GetSSHPublicKeyRequest, context: CallContext): Promise<GetSSHPublicKeyResponse>;
  getServerCertificate(input: GetServerCertificateRequest, context: CallContext): Promise<GetServerCertificateResponse>;
  getServiceLastAccessedDetails(input: GetServiceLastAccessedDetailsRequest, context: CallContext): Promise<GetServiceLastAccessedDetailsResponse>;
  getServiceLastAccessedDetailsWithEntities(input: GetServiceLastAccessedDetailsWithEntitiesRequest, context: CallContext): Promise<GetServiceLastAccessedDetailsWithEntitiesResponse>;
  getServiceLinkedRoleDeletionStatus(input: GetServiceLinkedRoleDeletionStatusRequest, context: CallContext): Promise<GetServiceLinkedRoleDeletionStatusResponse>;
  getUser(input: GetUserRequest, context: CallContext): Promise<GetUserResponse>;
  getUserPolicy(input: GetUserPolicyRequest, context: CallContext): Promise<GetUserPolicyResponse>;
  listAccessKeys(input: ListAccessKeysRequest, context: CallContext): Promise<ListAccessKeysResponse>;
  listAccountAliases(input: ListAccountAliasesRequest, context: CallContext): Promise<ListAccountAliasesResponse>;
  listAttachedGroupPolicies(input: ListAttachedGroupPoliciesRequest, context: CallContext): Promise<ListAttachedGroupPoliciesResponse>;
  listAttachedRolePolicies(input: ListAttachedRolePoliciesRequest, context: CallContext): Promise<ListAttachedRolePoliciesResponse>;
  listAttachedUserPolicies(input: ListAttachedUserPoliciesRequest, context: CallContext): Promise<ListAttachedUserPoliciesResponse>;
  listDelegationRequests(input: ListDelegationRequestsRequest, context: CallContext): Promise<ListDelegationRequestsResponse>;
  listEntitiesForPolicy(input: ListEntitiesForPolicyRequest, context: CallContext): Promise<ListEntitiesForPolicyResponse>;
  listGroupPolicies(input: ListGroupPoliciesRequest, context: CallContext): Promise<ListGroupPoliciesResponse>;
  listGroups(input: ListGroupsRequest, context: CallContext): Promise<ListGroupsResponse>;
  listGroupsForUser(input: ListGroupsForUserRequest, context: CallContext): Promise<ListGroupsForUserResponse>;
  listInstanceProfileTags(input: ListInstanceProfileTagsRequest, context: CallContext): Promise<ListInstanceProfileTagsResponse>;
  listInstanceProfiles(input: ListInstanceProfilesRequest, context: CallContext): Promise<ListInstanceProfilesResponse>;
  listInstanceProfilesForRole(input: ListInstanceProfilesForRoleRequest, context: CallContext): Promise<ListInstanceProfilesForRoleResponse>;
  listMFADeviceTags(input: ListMFADeviceTagsRequest, context: CallContext): Promise<ListMFADeviceTagsResponse>;
  listMFADevices(input: ListMFADevicesRequest, context: CallContext): Promise<ListMFADevicesResponse>;
  listOpenIDConnectProviderTags(input: ListOpenIDConnectProviderTagsRequest, context: CallContext): Promise<ListOpenIDConnectProviderTagsResponse>;
  listOpenIDConnectProviders(input: ListOpenIDConnectProvidersRequest, context: CallContext): Promise<ListOpenIDConnectProvidersResponse>;
  listOrganizationsFeatures(input: ListOrganizationsFeaturesRequest, context: CallContext): Promise<ListOrganizationsFeaturesResponse>;
  listPolicies(input: ListPoliciesRequest, context: CallContext): Promise<ListPoliciesResponse>;
  listPoliciesGrantingServiceAccess(input: ListPoliciesGrantingServiceAccessRequest, context: CallContext): Promise<ListPoliciesGrantingServiceAccessResponse>;
  listPolicyTags(input: ListPolicyTagsRequest, context: CallContext): Promise<ListPolicyTagsResponse>;
  listPolicyVersions(input: ListPolicyVersionsRequest, context: CallContext): Promise<ListPolicyVersionsResponse>;
  listRolePolicies(input: ListRolePoliciesRequest, context: CallContext): Promise<ListRolePoliciesResponse>;
  listRoleTags(input: ListRoleTagsRequest, context: CallContext): Promise<ListRoleTagsResponse>;
  listRoles(input: ListRolesRequest, context: CallContext): Promise<ListRolesResponse>;
  listSAMLProviderTags(input: ListSAMLProviderTagsRequest, context: CallContext): Promise<ListSAMLProviderTagsResponse>;
  listSAMLProviders(input: ListSAMLProvidersRequest, context: CallContext): Promise<ListSAMLProvidersResponse>;
  listSSHPublicKeys(input: ListSSHPublicKeysRequest, context: CallContext): Promise<ListSSHPublicKeysResponse>;
  listServerCertificateTags(input: ListServerCertificateTagsRequest, context: CallContext): Promise<ListServerCertificateTagsResponse>;
  listServerCertificates(input: ListServerCertificatesRequest, context: CallContext): Promise<ListServerCertificatesResponse>;
  listServiceSpecificCredentials(input: ListServiceSpecificCredentialsRequest, context: CallContext): Promise<ListServiceSpecificCredentialsResponse>;
  listSigningCertificates(input: ListSigningCertificatesRequest, context: CallContext): Promise<ListSigningCertificatesResponse>;
  listUserPolicies(input: ListUserPoliciesRequest, context: CallContext): Promise<ListUserPoliciesResponse>;
  listUserTags(input: ListUserTagsRequest, context: CallContext): Promise<ListUserTagsResponse>;
  listUsers(input: ListUsersRequest, context: CallContext): Promise<ListUsersResponse>;
  listVirtualMFADevices(input: ListVirtualMFADevicesRequest, context: CallContext): Promise<ListVirtualMFADevicesResponse>;
  putGroupPolicy(input: PutGroupPolicyRequest, context: CallContext): Promise<void>;
  putRolePermissionsBoundary(input: PutRolePermissionsBoundaryRequest, context: CallContext): Promise<void>;
  putRolePolicy(input: PutRolePolicyRequest, context: CallContext): Promise<void>;
  putUserPermissionsBoundary(input: PutUserPermissionsBoundaryRequest, context: CallContext): Promise<void>;
  putUserPolicy(input: PutUserPolicyRequest, context: CallContext): Promise<void>;
  rejectDelegationRequest(input: RejectDelegationRequestRequest, context: CallContext): Promise<void>;
  removeClientIDFromOpenIDConnectProvider(input: RemoveClientIDFromOpenIDConnectProviderRequest, context: CallContext): Promise<void>;
  removeRoleFromInstanceProfile(input: RemoveRoleFromInstanceProfileRequest, context: CallContext): Promise<void>;
  removeUserFromGroup(input: RemoveUserFromGroupRequest, context: CallContext): Promise<void>;
  resetServiceSpecificCredential(input: ResetServiceSpecificCredentialRequest, context: CallContext): Promise<ResetServiceSpecificCredentialResponse>;
  resyncMFADevice(input: ResyncMFADeviceRequest, context: CallContext): Promise<void>;
  sendDelegationToken(input: SendDelegationTokenRequest, context: CallContext): Promise<void>;
  setDefaultPolicyVersion(input: SetDefaultPolicyVersionRequest, context: CallContext): Promise<void>;
  setSecurityTokenServicePreferences(input: SetSecurityTokenServicePreferencesRequest, context: CallContext): Promise<void>;
  simulateCustomPolicy(input: SimulateCustomPolicyRequest, context: CallContext): Promise<SimulatePolicyResponse>;
  simulatePrincipalPolicy(input: SimulatePrincipalPolicyRequest, context: CallContext): Promise<SimulatePolicyResponse>;
  tagInstanceProfile(input: TagInstanceProfileRequest, context: CallContext): Promise<void>;
  tagMFADevice(input: TagMFADeviceRequest, context: CallContext): Promise<void>;
  tagOpenIDConnectProvider(input: TagOpenIDConnectProviderRequest, context: CallContext): Promise<void>;
  tagPolicy(input: TagPolicyRequest, context: CallContext): Promise<void>;
  tagRole(input: TagRoleRequest, context: CallContext): Promise<void>;
  tagSAMLProvider(input: TagSAMLProviderRequest, context: CallContext): Promise<void>;
  tagServerCertificate(input: TagServerCertificateRequest, context: CallContext): Promise<void>;
  tagUser(input: TagUserRequest, context: CallContext): Promise<void>;
  untagInstanceProfile(input: UntagInstanceProfileRequest, context: CallContext): Promise<void>;
  untagMFADevice(input: UntagMFADeviceRequest, context: CallContext): Promise<void>;
  untagOpenIDConnectProvider(input: UntagOpenIDConnectProviderRequest, context: CallContext): Promise<void>;
  untagPolicy(input: UntagPolicyRequest, context: CallContext): Promise<void>;
  untagRole(input: UntagRoleRequest, context: CallContext): Promise<void>;
  untagSAMLProvider(input: UntagSAMLProviderRequest, context: CallContext): Promise<void>;
  untagServerCertificate(input: UntagServerCertificateRequest, context: CallContext): Promise<void>;
  untagUser(input: UntagUserRequest, context: CallContext): Promise<void>;
  updateAccessKey(input: UpdateAccessKeyRequest, context: CallContext): Promise<void>;
  updateAccountPasswordPolicy(input: UpdateAccountPasswordPolicyRequest, context: CallContext): Promise<void>;
  updateAssumeRolePolicy(input: UpdateAssumeRolePolicyRequest, context: CallContext): Promise<void>;
  updateDelegationRequest(input: UpdateDelegationRequestRequest, context: CallContext): Promise<void>;
  updateGroup(input: UpdateGroupRequest, context: CallContext): Promise<void>;
  updateLoginProfile(input: UpdateLoginProfileRequest, context: CallContext): Promise<void>;
  updateOpenIDConnectProviderThumbprint(input: UpdateOpenIDConnectProviderThumbprintRequest, context: CallContext): Promise<void>;
  updateRole(input: UpdateRoleRequest, context: CallContext): Promise<UpdateRoleResponse>;
  updateRoleDescription(input: UpdateRoleDescriptionRequest, context: CallContext): Promise<UpdateRoleDescriptionResponse>;
  updateSAMLProvider(input: UpdateSAMLProviderRequest, context: CallContext): Promise<UpdateSAMLProviderResponse>;
  updateSSHPublicKey(input: UpdateSSHPublicKeyRequest, context: CallContext): Promise<void>;
  updateServerCertificate(input: UpdateServerCertificateRequest, context: CallContext): Promise<void>;
  updateServiceSpecificCredential(input: UpdateServiceSpecificCredentialRequest, context: CallContext): Promise<void>;
  updateSigningCertificate(input: UpdateSigningCertificateRequest, context: CallContext): Promise<void>;
  updateUser(input: UpdateUserRequest, context: CallContext): Promise<void>;
  uploadSSHPublicKey(input: UploadSSHPublicKeyRequest, context: CallContext): Promise<UploadSSHPublicKeyResponse>;
  uploadServerCertificate(input: UploadServerCertificateRequest, context: CallContext): Promise<UploadServerCertificateResponse>;
  uploadSigningCertificate(input: UploadSigningCertificateRequest, context: CallContext): Promise<UploadSigningCertificateResponse>;
}
