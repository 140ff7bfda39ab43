// Generated from models/apigateway.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface StageKey {
  "restApiId"?: string;
  "stageName"?: string;
}

export interface CreateApiKeyRequest {
  "name"?: string;
  "description"?: string;
  "enabled"?: boolean;
  "generateDistinctId"?: boolean;
  "value"?: string;
  "stageKeys"?: Array<StageKey>;
  "customerId"?: string;
  "tags"?: Record<string, string>;
}

export interface ApiKey {
  "id"?: string;
  "value"?: string;
  "name"?: string;
  "customerId"?: string;
  "description"?: string;
  "enabled"?: boolean;
  "createdDate"?: Date;
  "lastUpdatedDate"?: Date;
  "stageKeys"?: Array<string>;
  "tags"?: Record<string, string>;
}

export type AuthorizerType = "TOKEN" | "REQUEST" | "COGNITO_USER_POOLS";

export interface CreateAuthorizerRequest {
  "restApiId": string;
  "name": string;
  "type": AuthorizerType;
  "providerARNs"?: Array<string>;
  "authType"?: string;
  "authorizerUri"?: string;
  "authorizerCredentials"?: string;
  "identitySource"?: string;
  "identityValidationExpression"?: string;
  "authorizerResultTtlInSeconds"?: number;
}

export interface Authorizer {
  "id"?: string;
  "name"?: string;
  "type"?: AuthorizerType;
  "providerARNs"?: Array<string>;
  "authType"?: string;
  "authorizerUri"?: string;
  "authorizerCredentials"?: string;
  "identitySource"?: string;
  "identityValidationExpression"?: string;
  "authorizerResultTtlInSeconds"?: number;
}

export interface CreateBasePathMappingRequest {
  "domainName": string;
  "domainNameId"?: string;
  "basePath"?: string;
  "restApiId": string;
  "stage"?: string;
}

export interface BasePathMapping {
  "basePath"?: string;
  "restApiId"?: string;
  "stage"?: string;
}

export type CacheClusterSize = "0.5" | "1.6" | "6.1" | "13.5" | "28.4" | "58.2" | "118" | "237";

export interface DeploymentCanarySettings {
  "percentTraffic"?: number;
  "stageVariableOverrides"?: Record<string, string>;
  "useStageCache"?: boolean;
}

export interface CreateDeploymentRequest {
  "restApiId": string;
  "stageName"?: string;
  "stageDescription"?: string;
  "description"?: string;
  "cacheClusterEnabled"?: boolean;
  "cacheClusterSize"?: CacheClusterSize;
  "variables"?: Record<string, string>;
  "canarySettings"?: DeploymentCanarySettings;
  "tracingEnabled"?: boolean;
}

export interface MethodSnapshot {
  "authorizationType"?: string;
  "apiKeyRequired"?: boolean;
}

export interface Deployment {
  "id"?: string;
  "description"?: string;
  "createdDate"?: Date;
  "apiSummary"?: Record<string, Record<string, MethodSnapshot>>;
}

export type DocumentationPartType = "API" | "AUTHORIZER" | "MODEL" | "RESOURCE" | "METHOD" | "PATH_PARAMETER" | "QUERY_PARAMETER" | "REQUEST_HEADER" | "REQUEST_BODY" | "RESPONSE" | "RESPONSE_HEADER" | "RESPONSE_BODY";

export interface DocumentationPartLocation {
  "type": DocumentationPartType;
  "path"?: string;
  "method"?: string;
  "statusCode"?: string;
  "name"?: string;
}

export interface CreateDocumentationPartRequest {
  "restApiId": string;
  "location": DocumentationPartLocation;
  "properties": string;
}

export interface DocumentationPart {
  "id"?: string;
  "location"?: DocumentationPartLocation;
  "properties"?: string;
}

export interface CreateDocumentationVersionRequest {
  "restApiId": string;
  "documentationVersion": string;
  "stageName"?: string;
  "description"?: string;
}

export interface DocumentationVersion {
  "version"?: string;
  "createdDate"?: Date;
  "description"?: string;
}

export type EndpointType = "REGIONAL" | "EDGE" | "PRIVATE";

export type IpAddressType = "ipv4" | "dualstack";

export interface EndpointConfiguration {
  "types"?: Array<EndpointType>;
  "ipAddressType"?: IpAddressType;
  "vpcEndpointIds"?: Array<string>;
}

export type SecurityPolicy = "TLS_1_0" | "TLS_1_2" | "SecurityPolicy_TLS13_1_3_2025_09" | "SecurityPolicy_TLS13_1_3_FIPS_2025_09" | "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_PQ_2025_09" | "SecurityPolicy_TLS13_1_2_2021_06" | "SecurityPolicy_TLS13_2025_EDGE" | "SecurityPolicy_TLS12_PFS_2025_EDGE" | "SecurityPolicy_TLS12_2018_EDGE";

export type EndpointAccessMode = "BASIC" | "STRICT";

export interface MutualTlsAuthenticationInput {
  "truststoreUri"?: string;
  "truststoreVersion"?: string;
}

export type RoutingMode = "BASE_PATH_MAPPING_ONLY" | "ROUTING_RULE_ONLY" | "ROUTING_RULE_THEN_BASE_PATH_MAPPING";

export interface CreateDomainNameRequest {
  "domainName": string;
  "certificateName"?: string;
  "certificateBody"?: string;
  "certificatePrivateKey"?: string;
  "certificateChain"?: string;
  "certificateArn"?: string;
  "regionalCertificateName"?: string;
  "regionalCertificateArn"?: string;
  "endpointConfiguration"?: EndpointConfiguration;
  "tags"?: Record<string, string>;
  "securityPolicy"?: SecurityPolicy;
  "endpointAccessMode"?: EndpointAccessMode;
  "mutualTlsAuthentication"?: MutualTlsAuthenticationInput;
  "ownershipVerificationCertificateArn"?: string;
  "policy"?: string;
  "routingMode"?: RoutingMode;
}

export type DomainNameStatus = "AVAILABLE" | "UPDATING" | "PENDING" | "PENDING_CERTIFICATE_REIMPORT" | "PENDING_OWNERSHIP_VERIFICATION" | "FAILED";

export interface MutualTlsAuthentication {
  "truststoreUri"?: string;
  "truststoreVersion"?: string;
  "truststoreWarnings"?: Array<string>;
}

export interface DomainName {
  "domainName"?: string;
  "domainNameId"?: string;
  "domainNameArn"?: string;
  "certificateName"?: string;
  "certificateArn"?: string;
  "certificateUploadDate"?: Date;
  "regionalDomainName"?: string;
  "regionalHostedZoneId"?: string;
  "regionalCertificateName"?: string;
  "regionalCertificateArn"?: string;
  "distributionDomainName"?: string;
  "distributionHostedZoneId"?: string;
  "endpointConfiguration"?: EndpointConfiguration;
  "domainNameStatus"?: DomainNameStatus;
  "domainNameStatusMessage"?: string;
  "securityPolicy"?: SecurityPolicy;
  "endpointAccessMode"?: EndpointAccessMode;
  "tags"?: Record<string, string>;
  "mutualTlsAuthentication"?: MutualTlsAuthentication;
  "ownershipVerificationCertificateArn"?: string;
  "managementPolicy"?: string;
  "policy"?: string;
  "routingMode"?: RoutingMode;
}

export type AccessAssociationSourceType = "VPCE";

export interface CreateDomainNameAccessAssociationRequest {
  "domainNameArn": string;
  "accessAssociationSourceType": AccessAssociationSourceType;
  "accessAssociationSource": string;
  "tags"?: Record<string, string>;
}

export interface DomainNameAccessAssociation {
  "domainNameAccessAssociationArn"?: string;
  "domainNameArn"?: string;
  "accessAssociationSourceType"?: AccessAssociationSourceType;
  "accessAssociationSource"?: string;
  "tags"?: Record<string, string>;
}

export interface CreateModelRequest {
  "restApiId": string;
  "name": string;
  "description"?: string;
  "schema"?: string;
  "contentType": string;
}

export interface Model {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "schema"?: string;
  "contentType"?: string;
}

export interface CreateRequestValidatorRequest {
  "restApiId": string;
  "name"?: string;
  "validateRequestBody"?: boolean;
  "validateRequestParameters"?: boolean;
}

export interface RequestValidator {
  "id"?: string;
  "name"?: string;
  "validateRequestBody"?: boolean;
  "validateRequestParameters"?: boolean;
}

export interface CreateResourceRequest {
  "restApiId": string;
  "parentId": string;
  "pathPart": string;
}

export interface MethodResponse {
  "statusCode"?: string;
  "responseParameters"?: Record<string, boolean>;
  "responseModels"?: Record<string, string>;
}

export type IntegrationType = "HTTP" | "AWS" | "MOCK" | "HTTP_PROXY" | "AWS_PROXY";

export type ConnectionType = "INTERNET" | "VPC_LINK";

export type ContentHandlingStrategy = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";

export interface IntegrationResponse {
  "statusCode"?: string;
  "selectionPattern"?: string;
  "responseParameters"?: Record<string, string>;
  "responseTemplates"?: Record<string, string>;
  "contentHandling"?: ContentHandlingStrategy;
}

export interface TlsConfig {
  "insecureSkipVerification"?: boolean;
}

export type ResponseTransferMode = "BUFFERED" | "STREAM";

export interface Integration {
  "type"?: IntegrationType;
  "httpMethod"?: string;
  "uri"?: string;
  "connectionType"?: ConnectionType;
  "connectionId"?: string;
  "credentials"?: string;
  "requestParameters"?: Record<string, string>;
  "requestTemplates"?: Record<string, string>;
  "passthroughBehavior"?: string;
  "contentHandling"?: ContentHandlingStrategy;
  "timeoutInMillis"?: number;
  "cacheNamespace"?: string;
  "cacheKeyParameters"?: Array<string>;
  "integrationResponses"?: Record<string, IntegrationResponse>;
  "tlsConfig"?: TlsConfig;
  "responseTransferMode"?: ResponseTransferMode;
  "integrationTarget"?: string;
}

export interface Method {
  "httpMethod"?: string;
  "authorizationType"?: string;
  "authorizerId"?: string;
  "apiKeyRequired"?: boolean;
  "requestValidatorId"?: string;
  "operationName"?: string;
  "requestParameters"?: Record<string, boolean>;
  "requestModels"?: Record<string, string>;
  "methodResponses"?: Record<string, MethodResponse>;
  "methodIntegration"?: Integration;
  "authorizationScopes"?: Array<string>;
}

export interface Resource {
  "id"?: string;
  "parentId"?: string;
  "pathPart"?: string;
  "path"?: string;
  "resourceMethods"?: Record<string, Method>;
}

export type ApiKeySourceType = "HEADER" | "AUTHORIZER";

export interface CreateRestApiRequest {
  "name": string;
  "description"?: string;
  "version"?: string;
  "cloneFrom"?: string;
  "binaryMediaTypes"?: Array<string>;
  "minimumCompressionSize"?: number;
  "apiKeySource"?: ApiKeySourceType;
  "endpointConfiguration"?: EndpointConfiguration;
  "policy"?: string;
  "tags"?: Record<string, string>;
  "disableExecuteApiEndpoint"?: boolean;
  "securityPolicy"?: SecurityPolicy;
  "endpointAccessMode"?: EndpointAccessMode;
}

export type ApiStatus = "UPDATING" | "AVAILABLE" | "PENDING" | "FAILED";

export interface RestApi {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "createdDate"?: Date;
  "version"?: string;
  "warnings"?: Array<string>;
  "binaryMediaTypes"?: Array<string>;
  "minimumCompressionSize"?: number;
  "apiKeySource"?: ApiKeySourceType;
  "endpointConfiguration"?: EndpointConfiguration;
  "policy"?: string;
  "tags"?: Record<string, string>;
  "disableExecuteApiEndpoint"?: boolean;
  "rootResourceId"?: string;
  "securityPolicy"?: SecurityPolicy;
  "endpointAccessMode"?: EndpointAccessMode;
  "apiStatus"?: ApiStatus;
  "apiStatusMessage"?: string;
}

export interface CanarySettings {
  "percentTraffic"?: number;
  "deploymentId"?: string;
  "stageVariableOverrides"?: Record<string, string>;
  "useStageCache"?: boolean;
}

export interface CreateStageRequest {
  "restApiId": string;
  "stageName": string;
  "deploymentId": string;
  "description"?: string;
  "cacheClusterEnabled"?: boolean;
  "cacheClusterSize"?: CacheClusterSize;
  "variables"?: Record<string, string>;
  "documentationVersion"?: string;
  "canarySettings"?: CanarySettings;
  "tracingEnabled"?: boolean;
  "tags"?: Record<string, string>;
}

export type CacheClusterStatus = "CREATE_IN_PROGRESS" | "AVAILABLE" | "DELETE_IN_PROGRESS" | "NOT_AVAILABLE" | "FLUSH_IN_PROGRESS";

export type UnauthorizedCacheControlHeaderStrategy = "FAIL_WITH_403" | "SUCCEED_WITH_RESPONSE_HEADER" | "SUCCEED_WITHOUT_RESPONSE_HEADER";

export interface MethodSetting {
  "metricsEnabled"?: boolean;
  "loggingLevel"?: string;
  "dataTraceEnabled"?: boolean;
  "throttlingBurstLimit"?: number;
  "throttlingRateLimit"?: number;
  "cachingEnabled"?: boolean;
  "cacheTtlInSeconds"?: number;
  "cacheDataEncrypted"?: boolean;
  "requireAuthorizationForCacheControl"?: boolean;
  "unauthorizedCacheControlHeaderStrategy"?: UnauthorizedCacheControlHeaderStrategy;
}

export interface AccessLogSettings {
  "format"?: string;
  "destinationArn"?: string;
}

export interface Stage {
  "deploymentId"?: string;
  "clientCertificateId"?: string;
  "stageName"?: string;
  "description"?: string;
  "cacheClusterEnabled"?: boolean;
  "cacheClusterSize"?: CacheClusterSize;
  "cacheClusterStatus"?: CacheClusterStatus;
  "methodSettings"?: Record<string, MethodSetting>;
  "variables"?: Record<string, string>;
  "documentationVersion"?: string;
  "accessLogSettings"?: AccessLogSettings;
  "canarySettings"?: CanarySettings;
  "tracingEnabled"?: boolean;
  "webAclArn"?: string;
  "tags"?: Record<string, string>;
  "createdDate"?: Date;
  "lastUpdatedDate"?: Date;
}

export interface ThrottleSettings {
  "burstLimit"?: number;
  "rateLimit"?: number;
}

export interface ApiStage {
  "apiId"?: string;
  "stage"?: string;
  "throttle"?: Record<string, ThrottleSettings>;
}

export type QuotaPeriodType = "DAY" | "WEEK" | "MONTH";

export interface QuotaSettings {
  "limit"?: number;
  "offset"?: number;
  "period"?: QuotaPeriodType;
}

export interface CreateUsagePlanRequest {
  "name": string;
  "description"?: string;
  "apiStages"?: Array<ApiStage>;
  "throttle"?: ThrottleSettings;
  "quota"?: QuotaSettings;
  "tags"?: Record<string, string>;
}

export interface UsagePlan {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "apiStages"?: Array<ApiStage>;
  "throttle"?: ThrottleSettings;
  "quota"?: QuotaSettings;
  "productCode"?: string;
  "tags"?: Record<string, string>;
}

export interface CreateUsagePlanKeyRequest {
  "usagePlanId": string;
  "keyId": string;
  "keyType": string;
}

export interface UsagePlanKey {
  "id"?: string;
  "type"?: string;
  "value"?: string;
  "name"?: string;
}

export interface CreateVpcLinkRequest {
  "name": string;
  "description"?: string;
  "targetArns": Array<string>;
  "tags"?: Record<string, string>;
}

export type VpcLinkStatus = "AVAILABLE" | "PENDING" | "DELETING" | "FAILED";

export interface VpcLink {
  "id"?: string;
  "name"?: string;
  "description"?: string;
  "targetArns"?: Array<string>;
  "status"?: VpcLinkStatus;
  "statusMessage"?: string;
  "tags"?: Record<string, string>;
}

export interface DeleteApiKeyRequest {
  "apiKey": string;
}

export interface DeleteAuthorizerRequest {
  "restApiId": string;
  "authorizerId": string;
}

export interface DeleteBasePathMappingRequest {
  "domainName": string;
  "domainNameId"?: string;
  "basePath": string;
}

export interface DeleteClientCertificateRequest {
  "clientCertificateId": string;
}

export interface DeleteDeploymentRequest {
  "restApiId": string;
  "deploymentId": string;
}

export interface DeleteDocumentationPartRequest {
  "restApiId": string;
  "documentationPartId": string;
}

export interface DeleteDocumentationVersionRequest {
  "restApiId": string;
  "documentationVersion": string;
}

export interface DeleteDomainNameRequest {
  "domainName": string;
  "domainNameId"?: string;
}

export interface DeleteDomainNameAccessAssociationRequest {
  "domainNameAccessAssociationArn": string;
}

export type GatewayResponseType = "DEFAULT_4XX" | "DEFAULT_5XX" | "RESOURCE_NOT_FOUND" | "UNAUTHORIZED" | "INVALID_API_KEY" | "ACCESS_DENIED" | "AUTHORIZER_FAILURE" | "AUTHORIZER_CONFIGURATION_ERROR" | "INVALID_SIGNATURE" | "EXPIRED_TOKEN" | "MISSING_AUTHENTICATION_TOKEN" | "INTEGRATION_FAILURE" | "INTEGRATION_TIMEOUT" | "API_CONFIGURATION_ERROR" | "UNSUPPORTED_MEDIA_TYPE" | "BAD_REQUEST_PARAMETERS" | "BAD_REQUEST_BODY" | "REQUEST_TOO_LARGE" | "THROTTLED" | "QUOTA_EXCEEDED" | "WAF_FILTERED";

export interface DeleteGatewayResponseRequest {
  "restApiId": string;
  "responseType": GatewayResponseType;
}

export interface DeleteIntegrationRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
}

export interface DeleteIntegrationResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
}

export interface DeleteMethodRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
}

export interface DeleteMethodResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
}

export interface DeleteModelRequest {
  "restApiId": string;
  "modelName": string;
}

export interface DeleteRequestValidatorRequest {
  "restApiId": string;
  "requestValidatorId": string;
}

export interface DeleteResourceRequest {
  "restApiId": string;
  "resourceId": string;
}

export interface DeleteRestApiRequest {
  "restApiId": string;
}

export interface DeleteStageRequest {
  "restApiId": string;
  "stageName": string;
}

export interface DeleteUsagePlanRequest {
  "usagePlanId": string;
}

export interface DeleteUsagePlanKeyRequest {
  "usagePlanId": string;
  "keyId": string;
}

export interface DeleteVpcLinkRequest {
  "vpcLinkId": string;
}

export interface FlushStageAuthorizersCacheRequest {
  "restApiId": string;
  "stageName": string;
}

export interface FlushStageCacheRequest {
  "restApiId": string;
  "stageName": string;
}

export interface GenerateClientCertificateRequest {
  "description"?: string;
  "tags"?: Record<string, string>;
}

export interface ClientCertificate {
  "clientCertificateId"?: string;
  "description"?: string;
  "pemEncodedCertificate"?: string;
  "createdDate"?: Date;
  "expirationDate"?: Date;
  "tags"?: Record<string, string>;
}

export interface GetAccountRequest {

}

export interface Account {
  "cloudwatchRoleArn"?: string;
  "throttleSettings"?: ThrottleSettings;
  "features"?: Array<string>;
  "apiKeyVersion"?: string;
}

export interface GetApiKeyRequest {
  "apiKey": string;
  "includeValue"?: boolean;
}

export interface GetApiKeysRequest {
  "position"?: string;
  "limit"?: number;
  "nameQuery"?: string;
  "customerId"?: string;
  "includeValues"?: boolean;
}

export interface ApiKeys {
  "warnings"?: Array<string>;
  "position"?: string;
  "items"?: Array<ApiKey>;
}

export interface GetAuthorizerRequest {
  "restApiId": string;
  "authorizerId": string;
}

export interface GetAuthorizersRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
}

export interface Authorizers {
  "position"?: string;
  "items"?: Array<Authorizer>;
}

export interface GetBasePathMappingRequest {
  "domainName": string;
  "domainNameId"?: string;
  "basePath": string;
}

export interface GetBasePathMappingsRequest {
  "domainName": string;
  "domainNameId"?: string;
  "position"?: string;
  "limit"?: number;
}

export interface BasePathMappings {
  "position"?: string;
  "items"?: Array<BasePathMapping>;
}

export interface GetClientCertificateRequest {
  "clientCertificateId": string;
}

export interface GetClientCertificatesRequest {
  "position"?: string;
  "limit"?: number;
}

export interface ClientCertificates {
  "position"?: string;
  "items"?: Array<ClientCertificate>;
}

export interface GetDeploymentRequest {
  "restApiId": string;
  "deploymentId": string;
  "embed"?: Array<string>;
}

export interface GetDeploymentsRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
}

export interface Deployments {
  "position"?: string;
  "items"?: Array<Deployment>;
}

export interface GetDocumentationPartRequest {
  "restApiId": string;
  "documentationPartId": string;
}

export type LocationStatusType = "DOCUMENTED" | "UNDOCUMENTED";

export interface GetDocumentationPartsRequest {
  "restApiId": string;
  "type"?: DocumentationPartType;
  "nameQuery"?: string;
  "path"?: string;
  "position"?: string;
  "limit"?: number;
  "locationStatus"?: LocationStatusType;
}

export interface DocumentationParts {
  "position"?: string;
  "items"?: Array<DocumentationPart>;
}

export interface GetDocumentationVersionRequest {
  "restApiId": string;
  "documentationVersion": string;
}

export interface GetDocumentationVersionsRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
}

export interface DocumentationVersions {
  "position"?: string;
  "items"?: Array<DocumentationVersion>;
}

export interface GetDomainNameRequest {
  "domainName": string;
  "domainNameId"?: string;
}

export type ResourceOwner = "SELF" | "OTHER_ACCOUNTS";

export interface GetDomainNameAccessAssociationsRequest {
  "position"?: string;
  "limit"?: number;
  "resourceOwner"?: ResourceOwner;
}

export interface DomainNameAccessAssociations {
  "position"?: string;
  "items"?: Array<DomainNameAccessAssociation>;
}

export interface GetDomainNamesRequest {
  "position"?: string;
  "limit"?: number;
  "resourceOwner"?: ResourceOwner;
}

export interface DomainNames {
  "position"?: string;
  "items"?: Array<DomainName>;
}

export interface GetExportRequest {
  "restApiId": string;
  "stageName": string;
  "exportType": string;
  "parameters"?: Record<string, string>;
  "accepts"?: string;
}

export interface ExportResponse {
  "contentType"?: string;
  "contentDisposition"?: string;
  "body"?: Uint8Array;
}

export interface GetGatewayResponseRequest {
  "restApiId": string;
  "responseType": GatewayResponseType;
}

export interface GatewayResponse {
  "responseType"?: GatewayResponseType;
  "statusCode"?: string;
  "responseParameters"?: Record<string, string>;
  "responseTemplates"?: Record<string, string>;
  "defaultResponse"?: boolean;
}

export interface GetGatewayResponsesRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
}

export interface GatewayResponses {
  "position"?: string;
  "items"?: Array<GatewayResponse>;
}

export interface GetIntegrationRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
}

export interface GetIntegrationResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
}

export interface GetMethodRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
}

export interface GetMethodResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
}

export interface GetModelRequest {
  "restApiId": string;
  "modelName": string;
  "flatten"?: boolean;
}

export interface GetModelTemplateRequest {
  "restApiId": string;
  "modelName": string;
}

export interface Template {
  "value"?: string;
}

export interface GetModelsRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
}

export interface Models {
  "position"?: string;
  "items"?: Array<Model>;
}

export interface GetRequestValidatorRequest {
  "restApiId": string;
  "requestValidatorId": string;
}

export interface GetRequestValidatorsRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
}

export interface RequestValidators {
  "position"?: string;
  "items"?: Array<RequestValidator>;
}

export interface GetResourceRequest {
  "restApiId": string;
  "resourceId": string;
  "embed"?: Array<string>;
}

export interface GetResourcesRequest {
  "restApiId": string;
  "position"?: string;
  "limit"?: number;
  "embed"?: Array<string>;
}

export interface Resources {
  "position"?: string;
  "items"?: Array<Resource>;
}

export interface GetRestApiRequest {
  "restApiId": string;
}

export interface GetRestApisRequest {
  "position"?: string;
  "limit"?: number;
}

export interface RestApis {
  "position"?: string;
  "items"?: Array<RestApi>;
}

export interface GetSdkRequest {
  "restApiId": string;
  "stageName": string;
  "sdkType": string;
  "parameters"?: Record<string, string>;
}

export interface SdkResponse {
  "contentType"?: string;
  "contentDisposition"?: string;
  "body"?: Uint8Array;
}

export interface GetSdkTypeRequest {
  "id": string;
}

export interface SdkConfigurationProperty {
  "name"?: string;
  "friendlyName"?: string;
  "description"?: string;
  "required"?: boolean;
  "defaultValue"?: string;
}

export interface SdkType {
  "id"?: string;
  "friendlyName"?: string;
  "description"?: string;
  "configurationProperties"?: Array<SdkConfigurationProperty>;
}

export interface GetSdkTypesRequest {
  "position"?: string;
  "limit"?: number;
}

export interface SdkTypes {
  "position"?: string;
  "items"?: Array<SdkType>;
}

export interface GetStageRequest {
  "restApiId": string;
  "stageName": string;
}

export interface GetStagesRequest {
  "restApiId": string;
  "deploymentId"?: string;
}

export interface Stages {
  "item"?: Array<Stage>;
}

export interface GetTagsRequest {
  "resourceArn": string;
  "position"?: string;
  "limit"?: number;
}

export interface Tags {
  "tags"?: Record<string, string>;
}

export interface GetUsageRequest {
  "usagePlanId": string;
  "keyId"?: string;
  "startDate": string;
  "endDate": string;
  "position"?: string;
  "limit"?: number;
}

export interface Usage {
  "usagePlanId"?: string;
  "startDate"?: string;
  "endDate"?: string;
  "position"?: string;
  "items"?: Record<string, Array<Array<number>>>;
}

export interface GetUsagePlanRequest {
  "usagePlanId": string;
}

export interface GetUsagePlanKeyRequest {
  "usagePlanId": string;
  "keyId": string;
}

export interface GetUsagePlanKeysRequest {
  "usagePlanId": string;
  "position"?: string;
  "limit"?: number;
  "nameQuery"?: string;
}

export interface UsagePlanKeys {
  "position"?: string;
  "items"?: Array<UsagePlanKey>;
}

export interface GetUsagePlansRequest {
  "position"?: string;
  "keyId"?: string;
  "limit"?: number;
}

export interface UsagePlans {
  "position"?: string;
  "items"?: Array<UsagePlan>;
}

export interface GetVpcLinkRequest {
  "vpcLinkId": string;
}

export interface GetVpcLinksRequest {
  "position"?: string;
  "limit"?: number;
}

export interface VpcLinks {
  "position"?: string;
  "items"?: Array<VpcLink>;
}

export type ApiKeysFormat = "csv";

export interface ImportApiKeysRequest {
  "body": Uint8Array;
  "format": ApiKeysFormat;
  "failOnWarnings"?: boolean;
}

export interface ApiKeyIds {
  "ids"?: Array<string>;
  "warnings"?: Array<string>;
}

export type PutMode = "merge" | "overwrite";

export interface ImportDocumentationPartsRequest {
  "restApiId": string;
  "mode"?: PutMode;
  "failOnWarnings"?: boolean;
  "body": Uint8Array;
}

export interface DocumentationPartIds {
  "ids"?: Array<string>;
  "warnings"?: Array<string>;
}

export interface ImportRestApiRequest {
  "failOnWarnings"?: boolean;
  "parameters"?: Record<string, string>;
  "body": Uint8Array;
}

export interface PutGatewayResponseRequest {
  "restApiId": string;
  "responseType": GatewayResponseType;
  "statusCode"?: string;
  "responseParameters"?: Record<string, string>;
  "responseTemplates"?: Record<string, string>;
}

export interface PutIntegrationRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "type": IntegrationType;
  "integrationHttpMethod"?: string;
  "uri"?: string;
  "connectionType"?: ConnectionType;
  "connectionId"?: string;
  "credentials"?: string;
  "requestParameters"?: Record<string, string>;
  "requestTemplates"?: Record<string, string>;
  "passthroughBehavior"?: string;
  "cacheNamespace"?: string;
  "cacheKeyParameters"?: Array<string>;
  "contentHandling"?: ContentHandlingStrategy;
  "timeoutInMillis"?: number;
  "tlsConfig"?: TlsConfig;
  "responseTransferMode"?: ResponseTransferMode;
  "integrationTarget"?: string;
}

export interface PutIntegrationResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
  "selectionPattern"?: string;
  "responseParameters"?: Record<string, string>;
  "responseTemplates"?: Record<string, string>;
  "contentHandling"?: ContentHandlingStrategy;
}

export interface PutMethodRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "authorizationType": string;
  "authorizerId"?: string;
  "apiKeyRequired"?: boolean;
  "operationName"?: string;
  "requestParameters"?: Record<string, boolean>;
  "requestModels"?: Record<string, string>;
  "requestValidatorId"?: string;
  "authorizationScopes"?: Array<string>;
}

export interface PutMethodResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
  "responseParameters"?: Record<string, boolean>;
  "responseModels"?: Record<string, string>;
}

export interface PutRestApiRequest {
  "restApiId": string;
  "mode"?: PutMode;
  "failOnWarnings"?: boolean;
  "parameters"?: Record<string, string>;
  "body": Uint8Array;
}

export interface RejectDomainNameAccessAssociationRequest {
  "domainNameAccessAssociationArn": string;
  "domainNameArn": string;
}

export interface TagResourceRequest {
  "resourceArn": string;
  "tags": Record<string, string>;
}

export interface TestInvokeAuthorizerRequest {
  "restApiId": string;
  "authorizerId": string;
  "headers"?: Record<string, string>;
  "multiValueHeaders"?: Record<string, Array<string>>;
  "pathWithQueryString"?: string;
  "body"?: string;
  "stageVariables"?: Record<string, string>;
  "additionalContext"?: Record<string, string>;
}

export interface TestInvokeAuthorizerResponse {
  "clientStatus"?: number;
  "log"?: string;
  "latency"?: number;
  "principalId"?: string;
  "policy"?: string;
  "authorization"?: Record<string, Array<string>>;
  "claims"?: Record<string, string>;
}

export interface TestInvokeMethodRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "pathWithQueryString"?: string;
  "body"?: string;
  "headers"?: Record<string, string>;
  "multiValueHeaders"?: Record<string, Array<string>>;
  "clientCertificateId"?: string;
  "stageVariables"?: Record<string, string>;
}

export interface TestInvokeMethodResponse {
  "status"?: number;
  "body"?: string;
  "headers"?: Record<string, string>;
  "multiValueHeaders"?: Record<string, Array<string>>;
  "log"?: string;
  "latency"?: number;
}

export interface UntagResourceRequest {
  "resourceArn": string;
  "tagKeys": Array<string>;
}

export type Op = "add" | "remove" | "replace" | "move" | "copy" | "test";

export interface PatchOperation {
  "op"?: Op;
  "path"?: string;
  "value"?: string;
  "from"?: string;
}

export interface UpdateAccountRequest {
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateApiKeyRequest {
  "apiKey": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateAuthorizerRequest {
  "restApiId": string;
  "authorizerId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateBasePathMappingRequest {
  "domainName": string;
  "domainNameId"?: string;
  "basePath": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateClientCertificateRequest {
  "clientCertificateId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateDeploymentRequest {
  "restApiId": string;
  "deploymentId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateDocumentationPartRequest {
  "restApiId": string;
  "documentationPartId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateDocumentationVersionRequest {
  "restApiId": string;
  "documentationVersion": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateDomainNameRequest {
  "domainName": string;
  "domainNameId"?: string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateGatewayResponseRequest {
  "restApiId": string;
  "responseType": GatewayResponseType;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateIntegrationRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateIntegrationResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateMethodRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateMethodResponseRequest {
  "restApiId": string;
  "resourceId": string;
  "httpMethod": string;
  "statusCode": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateModelRequest {
  "restApiId": string;
  "modelName": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateRequestValidatorRequest {
  "restApiId": string;
  "requestValidatorId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateResourceRequest {
  "restApiId": string;
  "resourceId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateRestApiRequest {
  "restApiId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateStageRequest {
  "restApiId": string;
  "stageName": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateUsageRequest {
  "usagePlanId": string;
  "keyId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateUsagePlanRequest {
  "usagePlanId": string;
  "patchOperations"?: Array<PatchOperation>;
}

export interface UpdateVpcLinkRequest {
  "vpcLinkId": string;
  "patchOperations"?: Array<PatchOperation>;
}

/** Every operation of the API Gateway model; a provider implements the ones Nimbus serves. */
export interface ApigatewayOperations {
  createApiKey(input: CreateApiKeyRequest, context: CallContext): Promise<ApiKey>;
  createAuthorizer(input: CreateAuthorizerRequest, context: CallContext): Promise<Authorizer>;
  createBasePathMapping(input: CreateBasePathMappingRequest, context: CallContext): Promise<BasePathMapping>;
  createDeployment(input: CreateDeploymentRequest, context: CallContext): Promise<Deployment>;
  createDocumentationPart(input: CreateDocumentationPartRequest, context: CallContext): Promise<DocumentationPart>;
  createDocumentationVersion(input: CreateDocumentationVersionRequest, context: CallContext): Promise<DocumentationVersion>;
  createDomainName(input: CreateDomainNameRequest, context: CallContext): Promise<DomainName>;
  createDomainNameAccessAssociation(input: CreateDomainNameAccessAssociationRequest, context: CallContext): Promise<DomainNameAccessAssociation>;
  createModel(input: CreateModelRequest, context: CallContext): Promise<Model>;
  createRequestValidator(input: CreateRequestValidatorRequest, context: CallContext): Promise<RequestValidator>;
  createResource(input: CreateResourceRequest, context: CallContext): Promise<Resource>;
  createRestApi(input: CreateRestApiRequest, context: CallContext): Promise<RestApi>;
  createStage(input: CreateStageRequest, context: CallContext): Promise<Stage>;
  createUsagePlan(input: CreateUsagePlanRequest, context: CallContext): Promise<UsagePlan>;
  createUsagePlanKey(input: CreateUsagePlanKeyRequest, context: CallContext): Promise<UsagePlanKey>;
  createVpcLink(input: CreateVpcLinkRequest, context: CallContext): Promise<VpcLink>;
  deleteApiKey(input: DeleteApiKeyRequest, context: CallContext): Promise<void>;
  deleteAuthorizer(input: DeleteAuthorizerRequest, context: CallContext): Promise<void>;
  deleteBasePathMapping(input: DeleteBasePathMappingRequest, context: CallContext): Promise<void>;
  deleteClientCertificate(input: DeleteClientCertificateRequest, context: CallContext): Promise<void>;
  deleteDeployment(input: DeleteDeploymentRequest, context: CallContext): Promise<void>;
  deleteDocumentationPart(input: DeleteDocumentationPartRequest, context: CallContext): Promise<void>;
  deleteDocumentationVersion(input: DeleteDocumentationVersionRequest, context: CallContext): Promise<void>;
  deleteDomainName(input: DeleteDomainNameRequest, context: CallContext): Promise<void>;
  deleteDomainNameAccessAssociation(input: DeleteDomainNameAccessAssociationRequest, context: CallContext): Promise<void>;
  deleteGatewayResponse(input: DeleteGatewayResponseRequest, context: CallContext): Promise<void>;
  deleteIntegration(input: DeleteIntegrationRequest, context: CallContext): Promise<void>;
  deleteIntegrationResponse(input: DeleteIntegrationResponseRequest, context: CallContext): Promise<void>;
  deleteMethod(input: DeleteMethodRequest, context: CallContext): Promise<void>;
  deleteMethodResponse(input: DeleteMethodResponseRequest, context: CallContext): Promise<void>;
  deleteModel(input: DeleteModelRequest, context: CallContext): Promise<void>;
  deleteRequestValidator(input: DeleteRequestValidatorRequest, context: CallContext): Promise<void>;
  deleteResource(input: DeleteResourceRequest, context: CallContext): Promise<void>;
  deleteRestApi(input: DeleteRestApiRequest, context: CallContext): Promise<void>;
  deleteStage(input: DeleteStageRequest, context: CallContext): Promise<void>;
  deleteUsagePlan(input: DeleteUsagePlanRequest, context: CallContext): Promise<void>;
  deleteUsagePlanKey(input: DeleteUsagePlanKeyRequest, context: CallContext): Promise<void>;
  deleteVpcLink(input: DeleteVpcLinkRequest, context: CallContext): Promise<void>;
  flushStageAuthorizersCache(input: FlushStageAuthorizersCacheRequest, context: CallContext): Promise<void>;
  flushStageCache(input: FlushStageCacheRequest, context: CallContext): Promise<void>;
  generateClientCertificate(input: GenerateClientCertificateRequest, context: CallContext): Promise<ClientCertificate>;
  getAccount(input: GetAccountRequest, context: CallContext): Promise<Account>;
  getApiKey(input: GetApiKeyRequest, context: CallContext): Promise<ApiKey>;
  getApiKeys(input: GetApiKeysRequest, context: CallContext): Promise<ApiKeys>;
  getAuthorizer(input: GetAuthorizerRequest, context: CallContext): Promise<Authorizer>;
  getAuthorizers(input: GetAuthorizersRequest, context: CallContext): Promise<Authorizers>;
  getBasePathMapping(input: GetBasePathMappingRequest, context: CallContext): Promise<BasePathMapping>;
  getBasePathMappings(input: GetBasePathMappingsRequest, context: CallContext): Promise<BasePathMappings>;
  getClientCertificate(input: GetClientCertificateRequest, context: CallContext): Promise<ClientCertificate>;
  getClientCertificates(input: GetClientCertificatesRequest, context: CallContext): Promise<ClientCertificates>;
  getDeployment(input: GetDeploymentRequest, context: CallContext): Promise<Deployment>;
  getDeployments(input: GetDeploymentsRequest, context: CallContext): Promise<Deployments>;
  getDocumentationPart(input: GetDocumentationPartRequest, context: CallContext): Promise<DocumentationPart>;
  getDocumentationParts(input: GetDocumentationPartsRequest, context: CallContext): Promise<DocumentationParts>;
  getDocumentationVersion(input: GetDocumentationVersionRequest, context: CallContext): Promise<DocumentationVersion>;
  getDocumentationVersions(input: GetDocumentationVersionsRequest, context: CallContext): Promise<DocumentationVersions>;
  getDomainName(input: GetDomainNameRequest, context: CallContext): Promise<DomainName>;
  getDomainNameAccessAssociations(input: GetDomainNameAccessAssociationsRequest, context: CallContext): Promise<DomainNameAccessAssociations>;
  getDomainNames(input: GetDomainNamesRequest, context: CallContext): Promise<DomainNames>;
  getExport(input: GetExportRequest, context: CallContext): Promise<ExportResponse>;
  getGatewayResponse(input: GetGatewayResponseRequest, context: CallContext): Promise<GatewayResponse>;
  getGatewayResponses(input: GetGatewayResponsesRequest, context: CallContext): Promise<GatewayResponses>;
  getIntegration(input: GetIntegrationRequest, context: CallContext): Promise<Integration>;
  getIntegrationResponse(input: GetIntegrationResponseRequest, context: CallContext): Promise<IntegrationResponse>;
  getMethod(input: GetMethodRequest, context: CallContext): Promise<Method>;
  getMethodResponse(input: GetMethodResponseRequest, context: CallContext): Promise<MethodResponse>;
  getModel(input: GetModelRequest, context: CallContext): Promise<Model>;
  getModelTemplate(input: GetModelTemplateRequest, context: CallContext): Promise<Template>;
  getModels(input: GetModelsRequest, context: CallContext): Promise<Models>;
  getRequestValidator(input: GetRequestValidatorRequest, context: CallContext): Promise<RequestValidator>;
  getRequestValidators(input: GetRequestValidatorsRequest, context: CallContext): Promise<RequestValidators>;
  getResource(input: GetResourceRequest, context: CallContext): Promise<Resource>;
  getResources(input: GetResourcesRequest, context: CallContext): Promise<Resources>;
  getRestApi(input: GetRestApiRequest, context: CallContext): Promise<RestApi>;
  getRestApis(input: GetRestApisRequest, context: CallContext): Promise<RestApis>;
  getSdk(input: GetSdkRequest, context: CallContext): Promise<SdkResponse>;
  getSdkType(input: GetSdkTypeRequest, context: CallContext): Promise<SdkType>;
  getSdkTypes(input: GetSdkTypesRequest, context: CallContext): Promise<SdkTypes>;
  getStage(input: GetStageRequest, context: CallContext): Promise<Stage>;
  getStages(input: GetStagesRequest, context: CallContext): Promise<Stages>;
  getTags(input: GetTagsRequest, context: CallContext): Promise<Tags>;
  getUsage(input: GetUsageRequest, context: CallContext): Promise<Usage>;
  getUsagePlan(input: GetUsagePlanRequest, context: CallContext): Promise<UsagePlan>;
  getUsagePlanKey(input: GetUsagePlanKeyRequest, context: CallContext): Promise<UsagePlanKey>;
  getUsagePlanKeys(input: GetUsagePlanKeysRequest, context: CallContext): Promise<UsagePlanKeys>;
  getUsagePlans(input: GetUsagePlansRequest, context: CallContext): Promise<UsagePlans>;
  getVpcLink(input: GetVpcLinkRequest, context: CallContext): Promise<VpcLink>;
  getVpcLinks(input: GetVpcLinksRequest, context: CallContext): Promise<VpcLinks>;
  importApiKeys(input: ImportApiKeysRequest, context: CallContext): Promise<ApiKeyIds>;
  importDocumentationParts(input: ImportDocumentationPartsRequest, context: CallContext): Promise<DocumentationPartIds>;
  importRestApi(input: ImportRestApiRequest, context: CallContext): Promise<RestApi>;
  putGatewayResponse(input: PutGatewayResponseRequest, context: CallContext): Promise<GatewayResponse>;
  putIntegration(input: PutIntegrationRequest, context: CallContext): Promise<Integration>;
  putIntegrationResponse(input: PutIntegrationResponseRequest, context: CallContext): Promise<IntegrationResponse>;
  putMethod(input: PutMethodRequest, context: CallContext): Promise<Method>;
  putMethodResponse(input: PutMethodResponseRequest, context: CallContext): Promise<MethodResponse>;
  putRestApi(input: PutRestApiRequest, context: CallContext): Promise<RestApi>;
  rejectDomainNameAccessAssociation(input: RejectDomainNameAccessAssociationRequest, context: CallContext): Promise<void>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<void>;
  testInvokeAuthorizer(input: TestInvokeAuthorizerRequest, context: CallContext): Promise<TestInvokeAuthorizerResponse>;
  testInvokeMethod(input: TestInvokeMethodRequest, context: CallContext): Promise<TestInvokeMethodResponse>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void>;
  updateAccount(input: UpdateAccountRequest, context: CallContext): Promise<Account>;
  updateApiKey(input: UpdateApiKeyRequest, context: CallContext): Promise<ApiKey>;
  updateAuthorizer(input: UpdateAuthorizerRequest, context: CallContext): Promise<Authorizer>;
  updateBasePathMapping(input: UpdateBasePathMappingRequest, context: CallContext): Promise<BasePathMapping>;
  updateClientCertificate(input: UpdateClientCertificateRequest, context: CallContext): Promise<ClientCertificate>;
  updateDeployment(input: UpdateDeploymentRequest, context: CallContext): Promise<Deployment>;
  updateDocumentationPart(input: UpdateDocumentationPartRequest, context: CallContext): Promise<DocumentationPart>;
  updateDocumentationVersion(input: UpdateDocumentationVersionRequest, context: CallContext): Promise<DocumentationVersion>;
  updateDomainName(input: UpdateDomainNameRequest, context: CallContext): Promise<DomainName>;
  updateGatewayResponse(input: UpdateGatewayResponseRequest, context: CallContext): Promise<GatewayResponse>;
  updateIntegration(input: UpdateIntegrationRequest, context: CallContext): Promise<Integration>;
  updateIntegrationResponse(input: UpdateIntegrationResponseRequest, context: CallContext): Promise<IntegrationResponse>;
  updateMethod(input: UpdateMethodRequest, context: CallContext): Promise<Method>;
  updateMethodResponse(input: UpdateMethodResponseRequest, context: CallContext): Promise<MethodResponse>;
  updateModel(input: UpdateModelRequest, context: CallContext): Promise<Model>;
  updateRequestValidator(input: UpdateRequestValidatorRequest, context: CallContext): Promise<RequestValidator>;
  updateResource(input: UpdateResourceRequest, context: CallContext): Promise<Resource>;
  updateRestApi(input: UpdateRestApiRequest, context: CallContext): Promise<RestApi>;
  updateStage(input: UpdateStageRequest, context: CallContext): Promise<Stage>;
  updateUsage(input: UpdateUsageRequest, context: CallContext): Promise<Usage>;
  updateUsagePlan(input: UpdateUsagePlanRequest, context: CallContext): Promise<UsagePlan>;
  updateVpcLink(input: UpdateVpcLinkRequest, context: CallContext): Promise<VpcLink>;
}
