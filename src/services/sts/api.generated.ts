// Generated from models/sts.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface PolicyDescriptorType {
  "arn"?: string;
}

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface ProvidedContext {
  "ProviderArn"?: string;
  "ContextAssertion"?: string;
}

export interface AssumeRoleRequest {
  "RoleArn": string;
  "RoleSessionName": string;
  "PolicyArns"?: Array<PolicyDescriptorType>;
  "Policy"?: string;
  "DurationSeconds"?: number;
  "Tags"?: Array<Tag>;
  "TransitiveTagKeys"?: Array<string>;
  "ExternalId"?: string;
  "SerialNumber"?: string;
  "TokenCode"?: string;
  "SourceIdentity"?: string;
  "ProvidedContexts"?: Array<ProvidedContext>;
}

export interface Credentials {
  "AccessKeyId": string;
  "SecretAccessKey": string;
  "SessionToken": string;
  "Expiration": Date;
}

export interface AssumedRoleUser {
  "AssumedRoleId": string;
  "Arn": string;
}

export interface AssumeRoleResponse {
  "Credentials"?: Credentials;
  "AssumedRoleUser"?: AssumedRoleUser;
  "PackedPolicySize"?: number;
  "SourceIdentity"?: string;
}

export interface AssumeRoleWithSAMLRequest {
  "RoleArn": string;
  "PrincipalArn": string;
  "SAMLAssertion": string;
  "PolicyArns"?: Array<PolicyDescriptorType>;
  "Policy"?: string;
  "DurationSeconds"?: number;
}

export interface AssumeRoleWithSAMLResponse {
  "Credentials"?: Credentials;
  "AssumedRoleUser"?: AssumedRoleUser;
  "PackedPolicySize"?: number;
  "Subject"?: string;
  "SubjectType"?: string;
  "Issuer"?: string;
  "Audience"?: string;
  "NameQualifier"?: string;
  "SourceIdentity"?: string;
}

export interface AssumeRoleWithWebIdentityRequest {
  "RoleArn": string;
  "RoleSessionName": string;
  "WebIdentityToken": string;
  "ProviderId"?: string;
  "PolicyArns"?: Array<PolicyDescriptorType>;
  "Policy"?: string;
  "DurationSeconds"?: number;
}

export interface AssumeRoleWithWebIdentityResponse {
  "Credentials"?: Credentials;
  "SubjectFromWebIdentityToken"?: string;
  "AssumedRoleUser"?: AssumedRoleUser;
  "PackedPolicySize"?: number;
  "Provider"?: string;
  "Audience"?: string;
  "SourceIdentity"?: string;
}

export interface AssumeRootRequest {
  "TargetPrincipal": string;
  "TaskPolicyArn": PolicyDescriptorType;
  "DurationSeconds"?: number;
}

export interface AssumeRootResponse {
  "Credentials"?: Credentials;
  "SourceIdentity"?: string;
}

export interface DecodeAuthorizationMessageRequest {
  "EncodedMessage": string;
}

export interface DecodeAuthorizationMessageResponse {
  "DecodedMessage"?: string;
}

export interface GetAccessKeyInfoRequest {
  "AccessKeyId": string;
}

export interface GetAccessKeyInfoResponse {
  "Account"?: string;
}

export interface GetCallerIdentityRequest {

}

export interface GetCallerIdentityResponse {
  "UserId"?: string;
  "Account"?: string;
  "Arn"?: string;
}

export interface GetDelegatedAccessTokenRequest {
  "TradeInToken": string;
}

export interface GetDelegatedAccessTokenResponse {
  "Credentials"?: Credentials;
  "PackedPolicySize"?: number;
  "AssumedPrincipal"?: string;
}

export interface GetFederationTokenRequest {
  "Name": string;
  "Policy"?: string;
  "PolicyArns"?: Array<PolicyDescriptorType>;
  "DurationSeconds"?: number;
  "Tags"?: Array<Tag>;
}

export interface FederatedUser {
  "FederatedUserId": string;
  "Arn": string;
}

export interface GetFederationTokenResponse {
  "Credentials"?: Credentials;
  "FederatedUser"?: FederatedUser;
  "PackedPolicySize"?: number;
}

export interface GetSessionTokenRequest {
  "DurationSeconds"?: number;
  "SerialNumber"?: string;
  "TokenCode"?: string;
}

export interface GetSessionTokenResponse {
  "Credentials"?: Credentials;
}

export interface GetWebIdentityTokenRequest {
  "Audience": Array<string>;
  "DurationSeconds"?: number;
  "SigningAlgorithm": string;
  "Tags"?: Array<Tag>;
}

export interface GetWebIdentityTokenResponse {
  "WebIdentityToken"?: string;
  "Expiration"?: Date;
}

/** Every operation of the STS model; a provider implements the ones Nimbus serves. */
export interface StsOperations {
  assumeRole(input: AssumeRoleRequest, context: CallContext): Promise<AssumeRoleResponse>;
  assumeRoleWithSAML(input: AssumeRoleWithSAMLRequest, context: CallContext): Promise<AssumeRoleWithSAMLResponse>;
  assumeRoleWithWebIdentity(input: AssumeRoleWithWebIdentityRequest, context: CallContext): Promise<AssumeRoleWithWebIdentityResponse>;
  assumeRoot(input: AssumeRootRequest, context: CallContext): Promise<AssumeRootResponse>;
  decodeAuthorizationMessage(input: DecodeAuthorizationMessageRequest, context: CallContext): Promise<DecodeAuthorizationMessageResponse>;
  getAccessKeyInfo(input: GetAccessKeyInfoRequest, context: CallContext): Promise<GetAccessKeyInfoResponse>;
  getCallerIdentity(input: GetCallerIdentityRequest, context: CallContext): Promise<GetCallerIdentityResponse>;
  getDelegatedAccessToken(input: GetDelegatedAccessTokenRequest, context: CallContext): Promise<GetDelegatedAccessTokenResponse>;
  getFederationToken(input: GetFederationTokenRequest, context: CallContext): Promise<GetFederationTokenResponse>;
  getSessionToken(input: GetSessionTokenRequest, context: CallContext): Promise<GetSessionTokenResponse>;
  getWebIdentityToken(input: GetWebIdentityTokenRequest, context: CallContext): Promise<GetWebIdentityTokenResponse>;
}
