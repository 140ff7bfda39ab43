// Generated from models/sns.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface AddPermissionInput {
  "TopicArn": string;
  "Label": string;
  "AWSAccountId": Array<string>;
  "ActionName": Array<string>;
}

export interface CheckIfPhoneNumberIsOptedOutInput {
  "phoneNumber": string;
}

export interface CheckIfPhoneNumberIsOptedOutResponse {
  "isOptedOut"?: boolean;
}

export interface ConfirmSubscriptionInput {
  "TopicArn": string;
  "Token": string;
  "AuthenticateOnUnsubscribe"?: string;
}

export interface ConfirmSubscriptionResponse {
  "SubscriptionArn"?: string;
}

export interface CreatePlatformApplicationInput {
  "Name": string;
  "Platform": string;
  "Attributes": Record<string, string>;
}

export interface CreatePlatformApplicationResponse {
  "PlatformApplicationArn"?: string;
}

export interface CreatePlatformEndpointInput {
  "PlatformApplicationArn": string;
  "Token": string;
  "CustomUserData"?: string;
  "Attributes"?: Record<string, string>;
}

export interface CreateEndpointResponse {
  "EndpointArn"?: string;
}

export type LanguageCodeString = "en-US" | "en-GB" | "es-419" | "es-ES" | "de-DE" | "fr-CA" | "fr-FR" | "it-IT" | "ja-JP" | "pt-BR" | "kr-KR" | "zh-CN" | "zh-TW";

export interface CreateSMSSandboxPhoneNumberInput {
  "PhoneNumber": string;
  "LanguageCode"?: LanguageCodeString;
}

export interface CreateSMSSandboxPhoneNumberResult {

}

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface CreateTopicInput {
  "Name": string;
  "Attributes"?: Record<string, string>;
  "Tags"?: Array<Tag>;
  "DataProtectionPolicy"?: string;
}

export interface CreateTopicResponse {
  "TopicArn"?: string;
}

export interface DeleteEndpointInput {
  "EndpointArn": string;
}

export interface DeletePlatformApplicationInput {
  "PlatformApplicationArn": string;
}

export interface DeleteSMSSandboxPhoneNumberInput {
  "PhoneNumber": string;
}

export interface DeleteSMSSandboxPhoneNumberResult {

}

export interface DeleteTopicInput {
  "TopicArn": string;
}

export interface GetDataProtectionPolicyInput {
  "ResourceArn": string;
}

export interface GetDataProtectionPolicyResponse {
  "DataProtectionPolicy"?: string;
}

export interface GetEndpointAttributesInput {
  "EndpointArn": string;
}

export interface GetEndpointAttributesResponse {
  "Attributes"?: Record<string, string>;
}

export interface GetPlatformApplicationAttributesInput {
  "PlatformApplicationArn": string;
}

export interface GetPlatformApplicationAttributesResponse {
  "Attributes"?: Record<string, string>;
}

export interface GetSMSAttributesInput {
  "attributes"?: Array<string>;
}

export interface GetSMSAttributesResponse {
  "attributes"?: Record<string, string>;
}

export interface GetSMSSandboxAccountStatusInput {

}

export interface GetSMSSandboxAccountStatusResult {
  "IsInSandbox": boolean;
}

export interface GetSubscriptionAttributesInput {
  "SubscriptionArn": string;
}

export interface GetSubscriptionAttributesResponse {
  "Attributes"?: Record<string, string>;
}

export interface GetTopicAttributesInput {
  "TopicArn": string;
}

export interface GetTopicAttributesResponse {
  "Attributes"?: Record<string, string>;
}

export interface ListEndpointsByPlatformApplicationInput {
  "PlatformApplicationArn": string;
  "NextToken"?: string;
}

export interface Endpoint {
  "EndpointArn"?: string;
  "Attributes"?: Record<string, string>;
}

export interface ListEndpointsByPlatformApplicationResponse {
  "Endpoints"?: Array<Endpoint>;
  "NextToken"?: string;
}

export interface ListOriginationNumbersRequest {
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type RouteType = "Transactional" | "Promotional" | "Premium";

export type NumberCapability = "SMS" | "MMS" | "VOICE";

export interface PhoneNumberInformation {
  "CreatedAt"?: Date;
  "PhoneNumber"?: string;
  "Status"?: string;
  "Iso2CountryCode"?: string;
  "RouteType"?: RouteType;
  "NumberCapabilities"?: Array<NumberCapability>;
}

export interface ListOriginationNumbersResult {
  "NextToken"?: string;
  "PhoneNumbers"?: Array<PhoneNumberInformation>;
}

export interface ListPhoneNumbersOptedOutInput {
  "nextToken"?: string;
}

export interface ListPhoneNumbersOptedOutResponse {
  "phoneNumbers"?: Array<string>;
  "nextToken"?: string;
}

export interface ListPlatformApplicationsInput {
  "NextToken"?: string;
}

export interface PlatformApplication {
  "PlatformApplicationArn"?: string;
  "Attributes"?: Record<string, string>;
}

export interface ListPlatformApplicationsResponse {
  "PlatformApplications"?: Array<PlatformApplication>;
  "NextToken"?: string;
}

export interface ListSMSSandboxPhoneNumbersInput {
  "NextToken"?: string;
  "MaxResults"?: number;
}

export type SMSSandboxPhoneNumberVerificationStatus = "Pending" | "Verified";

export interface SMSSandboxPhoneNumber {
  "PhoneNumber"?: string;
  "Status"?: SMSSandboxPhoneNumberVerificationStatus;
}

export interface ListSMSSandboxPhoneNumbersResult {
  "PhoneNumbers": Array<SMSSandboxPhoneNumber>;
  "NextToken"?: string;
}

export interface ListSubscriptionsInput {
  "NextToken"?: string;
}

export interface Subscription {
  "SubscriptionArn"?: string;
  "Owner"?: string;
  "Protocol"?: string;
  "Endpoint"?: string;
  "TopicArn"?: string;
}

export interface ListSubscriptionsResponse {
  "Subscriptions"?: Array<Subscription>;
  "NextToken"?: string;
}

export interface ListSubscriptionsByTopicInput {
  "TopicArn": string;
  "NextToken"?: string;
}

export interface ListSubscriptionsByTopicResponse {
  "Subscriptions"?: Array<Subscription>;
  "NextToken"?: string;
}

export interface ListTagsForResourceRequest {
  "ResourceArn": string;
}

export interface ListTagsForResourceResponse {
  "Tags"?: Array<Tag>;
}

export interface ListTopicsInput {
  "NextToken"?: string;
}

export interface Topic {
  "TopicArn"?: string;
}

export interface ListTopicsResponse {
  "Topics"?: Array<Topic>;
  "NextToken"?: string;
}

export interface OptInPhoneNumberInput {
  "phoneNumber": string;
}

export interface OptInPhoneNumberResponse {

}

export interface MessageAttributeValue {
  "DataType": string;
  "StringValue"?: string;
  "BinaryValue"?: Uint8Array;
}

export interface PublishInput {
  "TopicArn"?: string;
  "TargetArn"?: string;
  "PhoneNumber"?: string;
  "Message": string;
  "Subject"?: string;
  "MessageStructure"?: string;
  "MessageAttributes"?: Record<string, MessageAttributeValue>;
  "MessageDeduplicationId"?: string;
  "MessageGroupId"?: string;
}

export interface PublishResponse {
  "MessageId"?: string;
  "SequenceNumber"?: string;
}

export interface PublishBatchRequestEntry {
  "Id": string;
  "Message": string;
  "Subject"?: string;
  "MessageStructure"?: string;
  "MessageAttributes"?: Record<string, MessageAttributeValue>;
  "MessageDeduplicationId"?: string;
  "MessageGroupId"?: string;
}

export interface PublishBatchInput {
  "TopicArn": string;
  "PublishBatchRequestEntries": Array<PublishBatchRequestEntry>;
}

export interface PublishBatchResultEntry {
  "Id"?: string;
  "MessageId"?: string;
  "SequenceNumber"?: string;
}

export interface BatchResultErrorEntry {
  "Id": string;
  "Code": string;
  "Message"?: string;
  "SenderFault": boolean;
}

export interface PublishBatchResponse {
  "Successful"?: Array<PublishBatchResultEntry>;
  "Failed"?: Array<BatchResultErrorEntry>;
}

export interface PutDataProtectionPolicyInput {
  "ResourceArn": string;
  "DataProtectionPolicy": string;
}

export interface RemovePermissionInput {
  "TopicArn": string;
  "Label": string;
}

export interface SetEndpointAttributesInput {
  "EndpointArn": string;
  "Attributes": Record<string, string>;
}

export interface SetPlatformApplicationAttributesInput {
  "PlatformApplicationArn": string;
  "Attributes": Record<string, string>;
}

export interface SetSMSAttributesInput {
  "attributes": Record<string, string>;
}

export interface SetSMSAttributesResponse {

}

export interface SetSubscriptionAttributesInput {
  "SubscriptionArn": string;
  "AttributeName": string;
  "AttributeValue"?: string;
}

export interface SetTopicAttributesInput {
  "TopicArn": string;
  "AttributeName": string;
  "AttributeValue"?: string;
}

export interface SubscribeInput {
  "TopicArn": string;
  "Protocol": string;
  "Endpoint"?: string;
  "Attributes"?: Record<string, string>;
  "ReturnSubscriptionArn"?: boolean;
}

export interface SubscribeResponse {
  "SubscriptionArn"?: string;
}

export interface TagResourceRequest {
  "ResourceArn": string;
  "Tags": Array<Tag>;
}

export interface TagResourceResponse {

}

export interface UnsubscribeInput {
  "SubscriptionArn": string;
}

export interface UntagResourceRequest {
  "ResourceArn": string;
  "TagKeys": Array<string>;
}

export interface UntagResourceResponse {

}

export interface VerifySMSSandboxPhoneNumberInput {
  "PhoneNumber": string;
  "OneTimePassword": string;
}

export interface VerifySMSSandboxPhoneNumberResult {

}

/** Every operation of the SNS model; a provider implements the ones Nimbus serves. */
export interface SnsOperations {
  addPermission(input: AddPermissionInput, context: CallContext): Promise<void>;
  checkIfPhoneNumberIsOptedOut(input: CheckIfPhoneNumberIsOptedOutInput, context: CallContext): Promise<CheckIfPhoneNumberIsOptedOutResponse>;
  confirmSubscription(input: ConfirmSubscriptionInput, context: CallContext): Promise<ConfirmSubscriptionResponse>;
  createPlatformApplication(input: CreatePlatformApplicationInput, context: CallContext): Promise<CreatePlatformApplicationResponse>;
  createPlatformEndpoint(input: CreatePlatformEndpointInput, context: CallContext): Promise<CreateEndpointResponse>;
  createSMSSandboxPhoneNumber(input: CreateSMSSandboxPhoneNumberInput, context: CallContext): Promise<CreateSMSSandboxPhoneNumberResult>;
  createTopic(input: CreateTopicInput, context: CallContext): Promise<CreateTopicResponse>;
  deleteEndpoint(input: DeleteEndpointInput, context: CallContext): Promise<void>;
  deletePlatformApplication(input: DeletePlatformApplicationInput, context: CallContext): Promise<void>;
  deleteSMSSandboxPhoneNumber(input: DeleteSMSSandboxPhoneNumberInput, context: CallContext): Promise<DeleteSMSSandboxPhoneNumberResult>;
  deleteTopic(input: DeleteTopicInput, context: CallContext): Promise<void>;
  getDataProtectionPolicy(input: GetDataProtectionPolicyInput, context: CallContext): Promise<GetDataProtectionPolicyResponse>;
  getEndpointAttributes(input: GetEndpointAttributesInput, context: CallContext): Promise<GetEndpointAttributesResponse>;
  getPlatformApplicationAttributes(input: GetPlatformApplicationAttributesInput, context: CallContext): Promise<GetPlatformApplicationAttributesResponse>;
  getSMSAttributes(input: GetSMSAttributesInput, context: CallContext): Promise<GetSMSAttributesResponse>;
  getSMSSandboxAccountStatus(input: GetSMSSandboxAccountStatusInput, context: CallContext): Promise<GetSMSSandboxAccountStatusResult>;
  getSubscriptionAttributes(input: GetSubscriptionAttributesInput, context: CallContext): Promise<GetSubscriptionAttributesResponse>;
  getTopicAttributes(input: GetTopicAttributesInput, context: CallContext): Promise<GetTopicAttributesResponse>;
  listEndpointsByPlatformApplication(input: ListEndpointsByPlatformApplicationInput, context: CallContext): Promise<ListEndpointsByPlatformApplicationResponse>;
  listOriginationNumbers(input: ListOriginationNumbersRequest, context: CallContext): Promise<ListOriginationNumbersResult>;
  listPhoneNumbersOptedOut(input: ListPhoneNumbersOptedOutInput, context: CallContext): Promise<ListPhoneNumbersOptedOutResponse>;
  listPlatformApplications(input: ListPlatformApplicationsInput, context: CallContext): Promise<ListPlatformApplicationsResponse>;
  listSMSSandboxPhoneNumbers(input: ListSMSSandboxPhoneNumbersInput, context: CallContext): Promise<ListSMSSandboxPhoneNumbersResult>;
  listSubscriptions(input: ListSubscriptionsInput, context: CallContext): Promise<ListSubscriptionsResponse>;
  listSubscriptionsByTopic(input: ListSubscriptionsByTopicInput, context: CallContext): Promise<ListSubscriptionsByTopicResponse>;
  listTagsForResource(input: ListTagsForResourceRequest, context: CallContext): Promise<ListTagsForResourceResponse>;
  listTopics(input: ListTopicsInput, context: CallContext): Promise<ListTopicsResponse>;
  optInPhoneNumber(input: OptInPhoneNumberInput, context: CallContext): Promise<OptInPhoneNumberResponse>;
  publish(input: PublishInput, context: CallContext): Promise<PublishResponse>;
  publishBatch(input: PublishBatchInput, context: CallContext): Promise<PublishBatchResponse>;
  putDataProtectionPolicy(input: PutDataProtectionPolicyInput, context: CallContext): Promise<void>;
  removePermission(input: RemovePermissionInput, context: CallContext): Promise<void>;
  setEndpointAttributes(input: SetEndpointAttributesInput, context: CallContext): Promise<void>;
  setPlatformApplicationAttributes(input: SetPlatformApplicationAttributesInput, context: CallContext): Promise<void>;
  setSMSAttributes(input: SetSMSAttributesInput, context: CallContext): Promise<SetSMSAttributesResponse>;
  setSubscriptionAttributes(input: SetSubscriptionAttributesInput, context: CallContext): Promise<void>;
  setTopicAttributes(input: SetTopicAttributesInput, context: CallContext): Promise<void>;
  subscribe(input: SubscribeInput, context: CallContext): Promise<SubscribeResponse>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<TagResourceResponse>;
  unsubscribe(input: UnsubscribeInput, context: CallContext): Promise<void>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<UntagResourceResponse>;
  verifySMSSandboxPhoneNumber(input: VerifySMSSandboxPhoneNumberInput, context: CallContext): Promise<VerifySMSSandboxPhoneNumberResult>;
}
