// Generated from models/apigatewayv2.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface Cors {
  "AllowCredentials"?: boolean;
  "AllowHeaders"?: Array<string>;
  "AllowMethods"?: Array<string>;
  "AllowOrigins"?: Array<string>;
  "ExposeHeaders"?: Array<string>;
  "MaxAge"?: number;
}

export type IpAddressType = "ipv4" | "dualstack";

export type ProtocolType = "WEBSOCKET" | "HTTP";

export interface CreateApiRequest {
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CredentialsArn"?: string;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "IpAddressType"?: IpAddressType;
  "Name": string;
  "ProtocolType": ProtocolType;
  "RouteKey"?: string;
  "RouteSelectionExpression"?: string;
  "Tags"?: Record<string, string>;
  "Target"?: string;
  "Version"?: string;
}

export interface CreateApiResponse {
  "ApiEndpoint"?: string;
  "ApiGatewayManaged"?: boolean;
  "ApiId"?: string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CreatedDate"?: Date;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "ImportInfo"?: Array<string>;
  "IpAddressType"?: IpAddressType;
  "Name"?: string;
  "ProtocolType"?: ProtocolType;
  "RouteSelectionExpression"?: string;
  "Tags"?: Record<string, string>;
  "Version"?: string;
  "Warnings"?: Array<string>;
}

export interface CreateApiMappingRequest {
  "ApiId": string;
  "ApiMappingKey"?: string;
  "DomainName": string;
  "Stage": string;
}

export interface CreateApiMappingResponse {
  "ApiId"?: string;
  "ApiMappingId"?: string;
  "ApiMappingKey"?: string;
  "Stage"?: string;
}

export type AuthorizerType = "REQUEST" | "JWT";

export interface JWTConfiguration {
  "Audience"?: Array<string>;
  "Issuer"?: string;
}

export interface CreateAuthorizerRequest {
  "ApiId": string;
  "AuthorizerCredentialsArn"?: string;
  "AuthorizerPayloadFormatVersion"?: string;
  "AuthorizerResultTtlInSeconds"?: number;
  "AuthorizerType": AuthorizerType;
  "AuthorizerUri"?: string;
  "EnableSimpleResponses"?: boolean;
  "IdentitySource": Array<string>;
  "IdentityValidationExpression"?: string;
  "JwtConfiguration"?: JWTConfiguration;
  "Name": string;
}

export interface CreateAuthorizerResponse {
  "AuthorizerCredentialsArn"?: string;
  "AuthorizerId"?: string;
  "AuthorizerPayloadFormatVersion"?: string;
  "AuthorizerResultTtlInSeconds"?: number;
  "AuthorizerType"?: AuthorizerType;
  "AuthorizerUri"?: string;
  "EnableSimpleResponses"?: boolean;
  "IdentitySource"?: Array<string>;
  "IdentityValidationExpression"?: string;
  "JwtConfiguration"?: JWTConfiguration;
  "Name"?: string;
}

export interface CreateDeploymentRequest {
  "ApiId": string;
  "Description"?: string;
  "StageName"?: string;
}

export type DeploymentStatus = "PENDING" | "FAILED" | "DEPLOYED";

export interface CreateDeploymentResponse {
  "AutoDeployed"?: boolean;
  "CreatedDate"?: Date;
  "DeploymentId"?: string;
  "DeploymentStatus"?: DeploymentStatus;
  "DeploymentStatusMessage"?: string;
  "Description"?: string;
}

export type DomainNameStatus = "AVAILABLE" | "UPDATING" | "PENDING_CERTIFICATE_REIMPORT" | "PENDING_OWNERSHIP_VERIFICATION";

export type EndpointType = "REGIONAL" | "EDGE";

export type SecurityPolicy = "TLS_1_0" | "TLS_1_2";

export interface DomainNameConfiguration {
  "ApiGatewayDomainName"?: string;
  "CertificateArn"?: string;
  "CertificateName"?: string;
  "CertificateUploadDate"?: Date;
  "DomainNameStatus"?: DomainNameStatus;
  "DomainNameStatusMessage"?: string;
  "EndpointType"?: EndpointType;
  "HostedZoneId"?: string;
  "IpAddressType"?: IpAddressType;
  "SecurityPolicy"?: SecurityPolicy;
  "OwnershipVerificationCertificateArn"?: string;
}

export interface MutualTlsAuthenticationInput {
  "TruststoreUri"?: string;
  "TruststoreVersion"?: string;
}

export type RoutingMode = "API_MAPPING_ONLY" | "ROUTING_RULE_ONLY" | "ROUTING_RULE_THEN_API_MAPPING";

export interface CreateDomainNameRequest {
  "DomainName": string;
  "DomainNameConfigurations"?: Array<DomainNameConfiguration>;
  "MutualTlsAuthentication"?: MutualTlsAuthenticationInput;
  "RoutingMode"?: RoutingMode;
  "Tags"?: Record<string, string>;
}

export interface MutualTlsAuthentication {
  "TruststoreUri"?: string;
  "TruststoreVersion"?: string;
  "TruststoreWarnings"?: Array<string>;
}

export interface CreateDomainNameResponse {
  "ApiMappingSelectionExpression"?: string;
  "DomainName"?: string;
  "DomainNameArn"?: string;
  "DomainNameConfigurations"?: Array<DomainNameConfiguration>;
  "MutualTlsAuthentication"?: MutualTlsAuthentication;
  "RoutingMode"?: RoutingMode;
  "Tags"?: Record<string, string>;
}

export type ConnectionType = "INTERNET" | "VPC_LINK";

export type ContentHandlingStrategy = "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";

export type IntegrationType = "AWS" | "HTTP" | "MOCK" | "HTTP_PROXY" | "AWS_PROXY";

export type PassthroughBehavior = "WHEN_NO_MATCH" | "NEVER" | "WHEN_NO_TEMPLATES";

export interface TlsConfigInput {
  "ServerNameToVerify"?: string;
}

export interface CreateIntegrationRequest {
  "ApiId": string;
  "ConnectionId"?: string;
  "ConnectionType"?: ConnectionType;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "CredentialsArn"?: string;
  "Description"?: string;
  "IntegrationMethod"?: string;
  "IntegrationSubtype"?: string;
  "IntegrationType": IntegrationType;
  "IntegrationUri"?: string;
  "PassthroughBehavior"?: PassthroughBehavior;
  "PayloadFormatVersion"?: string;
  "RequestParameters"?: Record<string, string>;
  "RequestTemplates"?: Record<string, string>;
  "ResponseParameters"?: Record<string, Record<string, string>>;
  "TemplateSelectionExpression"?: string;
  "TimeoutInMillis"?: number;
  "TlsConfig"?: TlsConfigInput;
}

export interface TlsConfig {
  "ServerNameToVerify"?: string;
}

export interface CreateIntegrationResult {
  "ApiGatewayManaged"?: boolean;
  "ConnectionId"?: string;
  "ConnectionType"?: ConnectionType;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "CredentialsArn"?: string;
  "Description"?: string;
  "IntegrationId"?: string;
  "IntegrationMethod"?: string;
  "IntegrationResponseSelectionExpression"?: string;
  "IntegrationSubtype"?: string;
  "IntegrationType"?: IntegrationType;
  "IntegrationUri"?: string;
  "PassthroughBehavior"?: PassthroughBehavior;
  "PayloadFormatVersion"?: string;
  "RequestParameters"?: Record<string, string>;
  "RequestTemplates"?: Record<string, string>;
  "ResponseParameters"?: Record<string, Record<string, string>>;
  "TemplateSelectionExpression"?: string;
  "TimeoutInMillis"?: number;
  "TlsConfig"?: TlsConfig;
}

export interface CreateIntegrationResponseRequest {
  "ApiId": string;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "IntegrationId": string;
  "IntegrationResponseKey": string;
  "ResponseParameters"?: Record<string, string>;
  "ResponseTemplates"?: Record<string, string>;
  "TemplateSelectionExpression"?: string;
}

export interface CreateIntegrationResponseResponse {
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "IntegrationResponseId"?: string;
  "IntegrationResponseKey"?: string;
  "ResponseParameters"?: Record<string, string>;
  "ResponseTemplates"?: Record<string, string>;
  "TemplateSelectionExpression"?: string;
}

export interface CreateModelRequest {
  "ApiId": string;
  "ContentType"?: string;
  "Description"?: string;
  "Name": string;
  "Schema": string;
}

export interface CreateModelResponse {
  "ContentType"?: string;
  "Description"?: string;
  "ModelId"?: string;
  "Name"?: string;
  "Schema"?: string;
}

export interface CognitoConfig {
  "AppClientId": string;
  "UserPoolArn": string;
  "UserPoolDomain": string;
}

export interface None {

}

export interface Authorization {
  "CognitoConfig"?: CognitoConfig;
  "None"?: None;
}

export interface ACMManaged {
  "CertificateArn": string;
  "DomainName": string;
}

export interface EndpointConfigurationRequest {
  "AcmManaged"?: ACMManaged;
  "None"?: None;
}

export interface CustomColors {
  "AccentColor": string;
  "BackgroundColor": string;
  "ErrorValidationColor": string;
  "HeaderColor": string;
  "NavigationColor": string;
  "TextColor": string;
}

export interface PortalTheme {
  "CustomColors": CustomColors;
  "LogoLastUploaded"?: Date;
}

export interface PortalContent {
  "Description"?: string;
  "DisplayName": string;
  "Theme": PortalTheme;
}

export interface CreatePortalRequest {
  "Authorization": Authorization;
  "EndpointConfiguration": EndpointConfigurationRequest;
  "IncludedPortalProductArns"?: Array<string>;
  "LogoUri"?: string;
  "PortalContent": PortalContent;
  "RumAppMonitorName"?: string;
  "Tags"?: Record<string, string>;
}

export interface EndpointConfigurationResponse {
  "CertificateArn"?: string;
  "DomainName"?: string;
  "PortalDefaultDomainName": string;
  "PortalDomainHostedZoneId": string;
}

export type PublishStatus = "PUBLISHED" | "PUBLISH_IN_PROGRESS" | "PUBLISH_FAILED" | "DISABLE_IN_PROGRESS" | "DISABLE_FAILED" | "DISABLED";

export interface StatusException {
  "Exception"?: string;
  "Message"?: string;
}

export interface CreatePortalResponse {
  "Authorization"?: Authorization;
  "EndpointConfiguration"?: EndpointConfigurationResponse;
  "IncludedPortalProductArns"?: Array<string>;
  "LastModified"?: Date;
  "LastPublished"?: Date;
  "LastPublishedDescription"?: string;
  "PortalArn"?: string;
  "PortalContent"?: PortalContent;
  "PortalId"?: string;
  "PublishStatus"?: PublishStatus;
  "RumAppMonitorName"?: string;
  "StatusException"?: StatusException;
  "Tags"?: Record<string, string>;
}

export interface CreatePortalProductRequest {
  "Description"?: string;
  "DisplayName": string;
  "Tags"?: Record<string, string>;
}

export interface Section {
  "ProductRestEndpointPageArns": Array<string>;
  "SectionName": string;
}

export interface DisplayOrder {
  "Contents"?: Array<Section>;
  "OverviewPageArn"?: string;
  "ProductPageArns"?: Array<string>;
}

export interface CreatePortalProductResponse {
  "Description"?: string;
  "DisplayName"?: string;
  "DisplayOrder"?: DisplayOrder;
  "LastModified"?: Date;
  "PortalProductArn"?: string;
  "PortalProductId"?: string;
  "Tags"?: Record<string, string>;
}

export interface DisplayContent {
  "Body": string;
  "Title": string;
}

export interface CreateProductPageRequest {
  "DisplayContent": DisplayContent;
  "PortalProductId": string;
}

export interface CreateProductPageResponse {
  "DisplayContent"?: DisplayContent;
  "LastModified"?: Date;
  "ProductPageArn"?: string;
  "ProductPageId"?: string;
}

export interface DisplayContentOverrides {
  "Body"?: string;
  "Endpoint"?: string;
  "OperationName"?: string;
}

export interface EndpointDisplayContent {
  "None"?: None;
  "Overrides"?: DisplayContentOverrides;
}

export interface IdentifierParts {
  "Method": string;
  "Path": string;
  "RestApiId": string;
  "Stage": string;
}

export interface RestEndpointIdentifier {
  "IdentifierParts"?: IdentifierParts;
}

export type TryItState = "ENABLED" | "DISABLED";

export interface CreateProductRestEndpointPageRequest {
  "DisplayContent"?: EndpointDisplayContent;
  "PortalProductId": string;
  "RestEndpointIdentifier": RestEndpointIdentifier;
  "TryItState"?: TryItState;
}

export interface EndpointDisplayContentResponse {
  "Body"?: string;
  "Endpoint": string;
  "OperationName"?: string;
}

export type Status = "AVAILABLE" | "IN_PROGRESS" | "FAILED";

export interface CreateProductRestEndpointPageResponse {
  "DisplayContent"?: EndpointDisplayContentResponse;
  "LastModified"?: Date;
  "ProductRestEndpointPageArn"?: string;
  "ProductRestEndpointPageId"?: string;
  "RestEndpointIdentifier"?: RestEndpointIdentifier;
  "Status"?: Status;
  "StatusException"?: StatusException;
  "TryItState"?: TryItState;
}

export type AuthorizationType = "NONE" | "AWS_IAM" | "CUSTOM" | "JWT";

export interface ParameterConstraints {
  "Required"?: boolean;
}

export interface CreateRouteRequest {
  "ApiId": string;
  "ApiKeyRequired"?: boolean;
  "AuthorizationScopes"?: Array<string>;
  "AuthorizationType"?: AuthorizationType;
  "AuthorizerId"?: string;
  "ModelSelectionExpression"?: string;
  "OperationName"?: string;
  "RequestModels"?: Record<string, string>;
  "RequestParameters"?: Record<string, ParameterConstraints>;
  "RouteKey": string;
  "RouteResponseSelectionExpression"?: string;
  "Target"?: string;
}

export interface CreateRouteResult {
  "ApiGatewayManaged"?: boolean;
  "ApiKeyRequired"?: boolean;
  "AuthorizationScopes"?: Array<string>;
  "AuthorizationType"?: AuthorizationType;
  "AuthorizerId"?: string;
  "ModelSelectionExpression"?: string;
  "OperationName"?: string;
  "RequestModels"?: Record<string, string>;
  "RequestParameters"?: Record<string, ParameterConstraints>;
  "RouteId"?: string;
  "RouteKey"?: string;
  "RouteResponseSelectionExpression"?: string;
  "Target"?: string;
}

export interface CreateRouteResponseRequest {
  "ApiId": string;
  "ModelSelectionExpression"?: string;
  "ResponseModels"?: Record<string, string>;
  "ResponseParameters"?: Record<string, ParameterConstraints>;
  "RouteId": string;
  "RouteResponseKey": string;
}

export interface CreateRouteResponseResponse {
  "ModelSelectionExpression"?: string;
  "ResponseModels"?: Record<string, string>;
  "ResponseParameters"?: Record<string, ParameterConstraints>;
  "RouteResponseId"?: string;
  "RouteResponseKey"?: string;
}

export interface RoutingRuleActionInvokeApi {
  "ApiId": string;
  "Stage": string;
  "StripBasePath"?: boolean;
}

export interface RoutingRuleAction {
  "InvokeApi": RoutingRuleActionInvokeApi;
}

export interface RoutingRuleMatchBasePaths {
  "AnyOf": Array<string>;
}

export interface RoutingRuleMatchHeaderValue {
  "Header": string;
  "ValueGlob": string;
}

export interface RoutingRuleMatchHeaders {
  "AnyOf": Array<RoutingRuleMatchHeaderValue>;
}

export interface RoutingRuleCondition {
  "MatchBasePaths"?: RoutingRuleMatchBasePaths;
  "MatchHeaders"?: RoutingRuleMatchHeaders;
}

export interface CreateRoutingRuleRequest {
  "Actions": Array<RoutingRuleAction>;
  "Conditions": Array<RoutingRuleCondition>;
  "DomainName": string;
  "DomainNameId"?: string;
  "Priority": number;
}

export interface CreateRoutingRuleResponse {
  "Actions"?: Array<RoutingRuleAction>;
  "Conditions"?: Array<RoutingRuleCondition>;
  "Priority"?: number;
  "RoutingRuleArn"?: string;
  "RoutingRuleId"?: string;
}

export interface AccessLogSettings {
  "DestinationArn"?: string;
  "Format"?: string;
}

export type LoggingLevel = "ERROR" | "INFO" | "OFF";

export interface RouteSettings {
  "DataTraceEnabled"?: boolean;
  "DetailedMetricsEnabled"?: boolean;
  "LoggingLevel"?: LoggingLevel;
  "ThrottlingBurstLimit"?: number;
  "ThrottlingRateLimit"?: number;
}

export interface CreateStageRequest {
  "AccessLogSettings"?: AccessLogSettings;
  "ApiId": string;
  "AutoDeploy"?: boolean;
  "ClientCertificateId"?: string;
  "DefaultRouteSettings"?: RouteSettings;
  "DeploymentId"?: string;
  "Description"?: string;
  "RouteSettings"?: Record<string, RouteSettings>;
  "StageName": string;
  "StageVariables"?: Record<string, string>;
  "Tags"?: Record<string, string>;
}

export interface CreateStageResponse {
  "AccessLogSettings"?: AccessLogSettings;
  "ApiGatewayManaged"?: boolean;
  "AutoDeploy"?: boolean;
  "ClientCertificateId"?: string;
  "CreatedDate"?: Date;
  "DefaultRouteSettings"?: RouteSettings;
  "DeploymentId"?: string;
  "Description"?: string;
  "LastDeploymentStatusMessage"?: string;
  "LastUpdatedDate"?: Date;
  "RouteSettings"?: Record<string, RouteSettings>;
  "StageName"?: string;
  "StageVariables"?: Record<string, string>;
  "Tags"?: Record<string, string>;
}

export interface CreateVpcLinkRequest {
  "Name": string;
  "SecurityGroupIds"?: Array<string>;
  "SubnetIds": Array<string>;
  "Tags"?: Record<string, string>;
}

export type VpcLinkStatus = "PENDING" | "AVAILABLE" | "DELETING" | "FAILED" | "INACTIVE";

export type VpcLinkVersion = "V2";

export interface CreateVpcLinkResponse {
  "CreatedDate"?: Date;
  "Name"?: string;
  "SecurityGroupIds"?: Array<string>;
  "SubnetIds"?: Array<string>;
  "Tags"?: Record<string, string>;
  "VpcLinkId"?: string;
  "VpcLinkStatus"?: VpcLinkStatus;
  "VpcLinkStatusMessage"?: string;
  "VpcLinkVersion"?: VpcLinkVersion;
}

export interface DeleteAccessLogSettingsRequest {
  "ApiId": string;
  "StageName": string;
}

export interface DeleteApiRequest {
  "ApiId": string;
}

export interface DeleteApiMappingRequest {
  "ApiMappingId": string;
  "DomainName": string;
}

export interface DeleteAuthorizerRequest {
  "ApiId": string;
  "AuthorizerId": string;
}

export interface DeleteCorsConfigurationRequest {
  "ApiId": string;
}

export interface DeleteDeploymentRequest {
  "ApiId": string;
  "DeploymentId": string;
}

export interface DeleteDomainNameRequest {
  "DomainName": string;
}

export interface DeleteIntegrationRequest {
  "ApiId": string;
  "IntegrationId": string;
}

export interface DeleteIntegrationResponseRequest {
  "ApiId": string;
  "IntegrationId": string;
  "IntegrationResponseId": string;
}

export interface DeleteModelRequest {
  "ApiId": string;
  "ModelId": string;
}

export interface DeletePortalRequest {
  "PortalId": string;
}

export interface DeletePortalProductRequest {
  "PortalProductId": string;
}

export interface DeletePortalProductSharingPolicyRequest {
  "PortalProductId": string;
}

export interface DeleteProductPageRequest {
  "PortalProductId": string;
  "ProductPageId": string;
}

export interface DeleteProductRestEndpointPageRequest {
  "PortalProductId": string;
  "ProductRestEndpointPageId": string;
}

export interface DeleteRouteRequest {
  "ApiId": string;
  "RouteId": string;
}

export interface DeleteRouteRequestParameterRequest {
  "ApiId": string;
  "RequestParameterKey": string;
  "RouteId": string;
}

export interface DeleteRouteResponseRequest {
  "ApiId": string;
  "RouteId": string;
  "RouteResponseId": string;
}

export interface DeleteRouteSettingsRequest {
  "ApiId": string;
  "RouteKey": string;
  "StageName": string;
}

export interface DeleteRoutingRuleRequest {
  "DomainName": string;
  "DomainNameId"?: string;
  "RoutingRuleId": string;
}

export interface DeleteStageRequest {
  "ApiId": string;
  "StageName": string;
}

export interface DeleteVpcLinkRequest {
  "VpcLinkId": string;
}

export interface DeleteVpcLinkResponse {

}

export interface ExportApiRequest {
  "ApiId": string;
  "ExportVersion"?: string;
  "IncludeExtensions"?: boolean;
  "OutputType": string;
  "Specification": string;
  "StageName"?: string;
}

export interface ExportApiResponse {
  "body"?: Uint8Array;
}

export interface DisablePortalRequest {
  "PortalId": string;
}

export interface ResetAuthorizersCacheRequest {
  "ApiId": string;
  "StageName": string;
}

export interface GetApiRequest {
  "ApiId": string;
}

export interface GetApiResponse {
  "ApiEndpoint"?: string;
  "ApiGatewayManaged"?: boolean;
  "ApiId"?: string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CreatedDate"?: Date;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "ImportInfo"?: Array<string>;
  "IpAddressType"?: IpAddressType;
  "Name"?: string;
  "ProtocolType"?: ProtocolType;
  "RouteSelectionExpression"?: string;
  "Tags"?: Record<string, string>;
  "Version"?: string;
  "Warnings"?: Array<string>;
}

export interface GetApiMappingRequest {
  "ApiMappingId": string;
  "DomainName": string;
}

export interface GetApiMappingResponse {
  "ApiId"?: string;
  "ApiMappingId"?: string;
  "ApiMappingKey"?: string;
  "Stage"?: string;
}

export interface GetApiMappingsRequest {
  "DomainName": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface ApiMapping {
  "ApiId": string;
  "ApiMappingId"?: string;
  "ApiMappingKey"?: string;
  "Stage": string;
}

export interface GetApiMappingsResponse {
  "Items"?: Array<ApiMapping>;
  "NextToken"?: string;
}

export interface GetApisRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Api {
  "ApiEndpoint"?: string;
  "ApiGatewayManaged"?: boolean;
  "ApiId"?: string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CreatedDate"?: Date;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "ImportInfo"?: Array<string>;
  "IpAddressType"?: IpAddressType;
  "Name": string;
  "ProtocolType": ProtocolType;
  "RouteSelectionExpression": string;
  "Tags"?: Record<string, string>;
  "Version"?: string;
  "Warnings"?: Array<string>;
}

export interface GetApisResponse {
  "Items"?: Array<Api>;
  "NextToken"?: string;
}

export interface GetAuthorizerRequest {
  "ApiId": string;
  "AuthorizerId": string;
}

export interface GetAuthorizerResponse {
  "AuthorizerCredentialsArn"?: string;
  "AuthorizerId"?: string;
  "AuthorizerPayloadFormatVersion"?: string;
  "AuthorizerResultTtlInSeconds"?: number;
  "AuthorizerType"?: AuthorizerType;
  "AuthorizerUri"?: string;
  "EnableSimpleResponses"?: boolean;
  "IdentitySource"?: Array<string>;
  "IdentityValidationExpression"?: string;
  "JwtConfiguration"?: JWTConfiguration;
  "Name"?: string;
}

export interface GetAuthorizersRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Authorizer {
  "AuthorizerCredentialsArn"?: string;
  "AuthorizerId"?: string;
  "AuthorizerPayloadFormatVersion"?: string;
  "AuthorizerResultTtlInSeconds"?: number;
  "AuthorizerType"?: AuthorizerType;
  "AuthorizerUri"?: string;
  "EnableSimpleResponses"?: boolean;
  "IdentitySource"?: Array<string>;
  "IdentityValidationExpression"?: string;
  "JwtConfiguration"?: JWTConfiguration;
  "Name": string;
}

export interface GetAuthorizersResponse {
  "Items"?: Array<Authorizer>;
  "NextToken"?: string;
}

export interface GetDeploymentRequest {
  "ApiId": string;
  "DeploymentId": string;
}

export interface GetDeploymentResponse {
  "AutoDeployed"?: boolean;
  "CreatedDate"?: Date;
  "DeploymentId"?: string;
  "DeploymentStatus"?: DeploymentStatus;
  "DeploymentStatusMessage"?: string;
  "Description"?: string;
}

export interface GetDeploymentsRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Deployment {
  "AutoDeployed"?: boolean;
  "CreatedDate"?: Date;
  "DeploymentId"?: string;
  "DeploymentStatus"?: DeploymentStatus;
  "DeploymentStatusMessage"?: string;
  "Description"?: string;
}

export interface GetDeploymentsResponse {
  "Items"?: Array<Deployment>;
  "NextToken"?: string;
}

export interface GetDomainNameRequest {
  "DomainName": string;
}

export interface GetDomainNameResponse {
  "ApiMappingSelectionExpression"?: string;
  "DomainName"?: string;
  "DomainNameArn"?: string;
  "DomainNameConfigurations"?: Array<DomainNameConfiguration>;
  "MutualTlsAuthentication"?: MutualTlsAuthentication;
  "RoutingMode"?: RoutingMode;
  "Tags"?: Record<string, string>;
}

export interface GetDomainNamesRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface DomainName {
  "ApiMappingSelectionExpression"?: string;
  "DomainName": string;
  "DomainNameArn"?: string;
  "DomainNameConfigurations"?: Array<DomainNameConfiguration>;
  "MutualTlsAuthentication"?: MutualTlsAuthentication;
  "RoutingMode"?: RoutingMode;
  "Tags"?: Record<string, string>;
}

export interface GetDomainNamesResponse {
  "Items"?: Array<DomainName>;
  "NextToken"?: string;
}

export interface GetIntegrationRequest {
  "ApiId": string;
  "IntegrationId": string;
}

export interface GetIntegrationResult {
  "ApiGatewayManaged"?: boolean;
  "ConnectionId"?: string;
  "ConnectionType"?: ConnectionType;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "CredentialsArn"?: string;
  "Description"?: string;
  "IntegrationId"?: string;
  "IntegrationMethod"?: string;
  "IntegrationResponseSelectionExpression"?: string;
  "IntegrationSubtype"?: string;
  "IntegrationType"?: IntegrationType;
  "IntegrationUri"?: string;
  "PassthroughBehavior"?: PassthroughBehavior;
  "PayloadFormatVersion"?: string;
  "RequestParameters"?: Record<string, string>;
  "RequestTemplates"?: Record<string, string>;
  "ResponseParameters"?: Record<string, Record<string, string>>;
  "TemplateSelectionExpression"?: string;
  "TimeoutInMillis"?: number;
  "TlsConfig"?: TlsConfig;
}

export interface GetIntegrationResponseRequest {
  "ApiId": string;
  "IntegrationId": string;
  "IntegrationResponseId": string;
}

export interface GetIntegrationResponseResponse {
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "IntegrationResponseId"?: string;
  "IntegrationResponseKey"?: string;
  "ResponseParameters"?: Record<string, string>;
  "ResponseTemplates"?: Record<string, string>;
  "TemplateSelectionExpression"?: string;
}

export interface GetIntegrationResponsesRequest {
  "ApiId": string;
  "IntegrationId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface IntegrationResponse {
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "IntegrationResponseId"?: string;
  "IntegrationResponseKey": string;
  "ResponseParameters"?: Record<string, string>;
  "ResponseTemplates"?: Record<string, string>;
  "TemplateSelectionExpression"?: string;
}

export interface GetIntegrationResponsesResponse {
  "Items"?: Array<IntegrationResponse>;
  "NextToken"?: string;
}

export interface GetIntegrationsRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Integration {
  "ApiGatewayManaged"?: boolean;
  "ConnectionId"?: string;
  "ConnectionType"?: ConnectionType;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "CredentialsArn"?: string;
  "Description"?: string;
  "IntegrationId"?: string;
  "IntegrationMethod"?: string;
  "IntegrationResponseSelectionExpression"?: string;
  "IntegrationSubtype"?: string;
  "IntegrationType"?: IntegrationType;
  "IntegrationUri"?: string;
  "PassthroughBehavior"?: PassthroughBehavior;
  "PayloadFormatVersion"?: string;
  "RequestParameters"?: Record<string, string>;
  "RequestTemplates"?: Record<string, string>;
  "ResponseParameters"?: Record<string, Record<string, string>>;
  "TemplateSelectionExpression"?: string;
  "TimeoutInMillis"?: number;
  "TlsConfig"?: TlsConfig;
}

export interface GetIntegrationsResponse {
  "Items"?: Array<Integration>;
  "NextToken"?: string;
}

export interface GetModelRequest {
  "ApiId": string;
  "ModelId": string;
}

export interface GetModelResponse {
  "ContentType"?: string;
  "Description"?: string;
  "ModelId"?: string;
  "Name"?: string;
  "Schema"?: string;
}

export interface GetModelTemplateRequest {
  "ApiId": string;
  "ModelId": string;
}

export interface GetModelTemplateResponse {
  "Value"?: string;
}

export interface GetModelsRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Model {
  "ContentType"?: string;
  "Description"?: string;
  "ModelId"?: string;
  "Name": string;
  "Schema"?: string;
}

export interface GetModelsResponse {
  "Items"?: Array<Model>;
  "NextToken"?: string;
}

export interface GetPortalRequest {
  "PortalId": string;
}

export type PreviewStatus = "PREVIEW_IN_PROGRESS" | "PREVIEW_FAILED" | "PREVIEW_READY";

export interface Preview {
  "PreviewStatus": PreviewStatus;
  "PreviewUrl"?: string;
  "StatusException"?: StatusException;
}

export interface GetPortalResponse {
  "Authorization"?: Authorization;
  "EndpointConfiguration"?: EndpointConfigurationResponse;
  "IncludedPortalProductArns"?: Array<string>;
  "LastModified"?: Date;
  "LastPublished"?: Date;
  "LastPublishedDescription"?: string;
  "PortalArn"?: string;
  "PortalContent"?: PortalContent;
  "PortalId"?: string;
  "Preview"?: Preview;
  "PublishStatus"?: PublishStatus;
  "RumAppMonitorName"?: string;
  "StatusException"?: StatusException;
  "Tags"?: Record<string, string>;
}

export interface GetPortalProductRequest {
  "PortalProductId": string;
  "ResourceOwnerAccountId"?: string;
}

export interface GetPortalProductResponse {
  "Description"?: string;
  "DisplayName"?: string;
  "DisplayOrder"?: DisplayOrder;
  "LastModified"?: Date;
  "PortalProductArn"?: string;
  "PortalProductId"?: string;
  "Tags"?: Record<string, string>;
}

export interface GetPortalProductSharingPolicyRequest {
  "PortalProductId": string;
}

export interface GetPortalProductSharingPolicyResponse {
  "PolicyDocument"?: string;
  "PortalProductId"?: string;
}

export interface GetProductPageRequest {
  "PortalProductId": string;
  "ProductPageId": string;
  "ResourceOwnerAccountId"?: string;
}

export interface GetProductPageResponse {
  "DisplayContent"?: DisplayContent;
  "LastModified"?: Date;
  "ProductPageArn"?: string;
  "ProductPageId"?: string;
}

export interface GetProductRestEndpointPageRequest {
  "IncludeRawDisplayContent"?: string;
  "PortalProductId": string;
  "ProductRestEndpointPageId": string;
  "ResourceOwnerAccountId"?: string;
}

export interface GetProductRestEndpointPageResponse {
  "DisplayContent"?: EndpointDisplayContentResponse;
  "LastModified"?: Date;
  "ProductRestEndpointPageArn"?: string;
  "ProductRestEndpointPageId"?: string;
  "RawDisplayContent"?: string;
  "RestEndpointIdentifier"?: RestEndpointIdentifier;
  "Status"?: Status;
  "StatusException"?: StatusException;
  "TryItState"?: TryItState;
}

export interface GetRouteRequest {
  "ApiId": string;
  "RouteId": string;
}

export interface GetRouteResult {
  "ApiGatewayManaged"?: boolean;
  "ApiKeyRequired"?: boolean;
  "AuthorizationScopes"?: Array<string>;
  "AuthorizationType"?: AuthorizationType;
  "AuthorizerId"?: string;
  "ModelSelectionExpression"?: string;
  "OperationName"?: string;
  "RequestModels"?: Record<string, string>;
  "RequestParameters"?: Record<string, ParameterConstraints>;
  "RouteId"?: string;
  "RouteKey"?: string;
  "RouteResponseSelectionExpression"?: string;
  "Target"?: string;
}

export interface GetRouteResponseRequest {
  "ApiId": string;
  "RouteId": string;
  "RouteResponseId": string;
}

export interface GetRouteResponseResponse {
  "ModelSelectionExpression"?: string;
  "ResponseModels"?: Record<string, string>;
  "ResponseParameters"?: Record<string, ParameterConstraints>;
  "RouteResponseId"?: string;
  "RouteResponseKey"?: string;
}

export interface GetRouteResponsesRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
  "RouteId": string;
}

export interface RouteResponse {
  "ModelSelectionExpression"?: string;
  "ResponseModels"?: Record<string, string>;
  "ResponseParameters"?: Record<string, ParameterConstraints>;
  "RouteResponseId"?: string;
  "RouteResponseKey": string;
}

export interface GetRouteResponsesResponse {
  "Items"?: Array<RouteResponse>;
  "NextToken"?: string;
}

export interface GetRoutesRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Route {
  "ApiGatewayManaged"?: boolean;
  "ApiKeyRequired"?: boolean;
  "AuthorizationScopes"?: Array<string>;
  "AuthorizationType"?: AuthorizationType;
  "AuthorizerId"?: string;
  "ModelSelectionExpression"?: string;
  "OperationName"?: string;
  "RequestModels"?: Record<string, string>;
  "RequestParameters"?: Record<string, ParameterConstraints>;
  "RouteId"?: string;
  "RouteKey": string;
  "RouteResponseSelectionExpression"?: string;
  "Target"?: string;
}

export interface GetRoutesResponse {
  "Items"?: Array<Route>;
  "NextToken"?: string;
}

export interface GetRoutingRuleRequest {
  "DomainName": string;
  "DomainNameId"?: string;
  "RoutingRuleId": string;
}

export interface GetRoutingRuleResponse {
  "Actions"?: Array<RoutingRuleAction>;
  "Conditions"?: Array<RoutingRuleCondition>;
  "Priority"?: number;
  "RoutingRuleArn"?: string;
  "RoutingRuleId"?: string;
}

export interface ListRoutingRulesRequest {
  "DomainName": string;
  "DomainNameId"?: string;
  "MaxResults"?: number;
  "NextToken"?: string;
}

export interface RoutingRule {
  "Actions"?: Array<RoutingRuleAction>;
  "Conditions"?: Array<RoutingRuleCondition>;
  "Priority"?: number;
  "RoutingRuleArn"?: string;
  "RoutingRuleId"?: string;
}

export interface ListRoutingRulesResponse {
  "NextToken"?: string;
  "RoutingRules"?: Array<RoutingRule>;
}

export interface GetStageRequest {
  "ApiId": string;
  "StageName": string;
}

export interface GetStageResponse {
  "AccessLogSettings"?: AccessLogSettings;
  "ApiGatewayManaged"?: boolean;
  "AutoDeploy"?: boolean;
  "ClientCertificateId"?: string;
  "CreatedDate"?: Date;
  "DefaultRouteSettings"?: RouteSettings;
  "DeploymentId"?: string;
  "Description"?: string;
  "LastDeploymentStatusMessage"?: string;
  "LastUpdatedDate"?: Date;
  "RouteSettings"?: Record<string, RouteSettings>;
  "StageName"?: string;
  "StageVariables"?: Record<string, string>;
  "Tags"?: Record<string, string>;
}

export interface GetStagesRequest {
  "ApiId": string;
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface Stage {
  "AccessLogSettings"?: AccessLogSettings;
  "ApiGatewayManaged"?: boolean;
  "AutoDeploy"?: boolean;
  "ClientCertificateId"?: string;
  "CreatedDate"?: Date;
  "DefaultRouteSettings"?: RouteSettings;
  "DeploymentId"?: string;
  "Description"?: string;
  "LastDeploymentStatusMessage"?: string;
  "LastUpdatedDate"?: Date;
  "RouteSettings"?: Record<string, RouteSettings>;
  "StageName": string;
  "StageVariables"?: Record<string, string>;
  "Tags"?: Record<string, string>;
}

export interface GetStagesResponse {
  "Items"?: Array<Stage>;
  "NextToken"?: string;
}

export interface GetTagsRequest {
  "ResourceArn": string;
}

export interface GetTagsResponse {
  "Tags"?: Record<string, string>;
}

export interface GetVpcLinkRequest {
  "VpcLinkId": string;
}

export interface GetVpcLinkResponse {
  "CreatedDate"?: Date;
  "Name"?: string;
  "SecurityGroupIds"?: Array<string>;
  "SubnetIds"?: Array<string>;
  "Tags"?: Record<string, string>;
  "VpcLinkId"?: string;
  "VpcLinkStatus"?: VpcLinkStatus;
  "VpcLinkStatusMessage"?: string;
  "VpcLinkVersion"?: VpcLinkVersion;
}

export interface GetVpcLinksRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface VpcLink {
  "CreatedDate"?: Date;
  "Name": string;
  "SecurityGroupIds": Array<string>;
  "SubnetIds": Array<string>;
  "Tags"?: Record<string, string>;
  "VpcLinkId": string;
  "VpcLinkStatus"?: VpcLinkStatus;
  "VpcLinkStatusMessage"?: string;
  "VpcLinkVersion"?: VpcLinkVersion;
}

export interface GetVpcLinksResponse {
  "Items"?: Array<VpcLink>;
  "NextToken"?: string;
}

export interface ImportApiRequest {
  "Basepath"?: string;
  "Body": string;
  "FailOnWarnings"?: boolean;
}

export interface ImportApiResponse {
  "ApiEndpoint"?: string;
  "ApiGatewayManaged"?: boolean;
  "ApiId"?: string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CreatedDate"?: Date;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "ImportInfo"?: Array<string>;
  "IpAddressType"?: IpAddressType;
  "Name"?: string;
  "ProtocolType"?: ProtocolType;
  "RouteSelectionExpression"?: string;
  "Tags"?: Record<string, string>;
  "Version"?: string;
  "Warnings"?: Array<string>;
}

export interface ListPortalProductsRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
  "ResourceOwner"?: string;
}

export interface PortalProductSummary {
  "Description": string;
  "DisplayName": string;
  "LastModified": Date;
  "PortalProductArn": string;
  "PortalProductId": string;
  "Tags"?: Record<string, string>;
}

export interface ListPortalProductsResponse {
  "Items"?: Array<PortalProductSummary>;
  "NextToken"?: string;
}

export interface ListPortalsRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
}

export interface PortalSummary {
  "Authorization": Authorization;
  "EndpointConfiguration": EndpointConfigurationResponse;
  "IncludedPortalProductArns": Array<string>;
  "LastModified": Date;
  "LastPublished"?: Date;
  "LastPublishedDescription"?: string;
  "PortalArn": string;
  "PortalContent": PortalContent;
  "PortalId": string;
  "Preview"?: Preview;
  "PublishStatus"?: PublishStatus;
  "RumAppMonitorName"?: string;
  "StatusException"?: StatusException;
  "Tags"?: Record<string, string>;
}

export interface ListPortalsResponse {
  "Items"?: Array<PortalSummary>;
  "NextToken"?: string;
}

export interface ListProductPagesRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
  "PortalProductId": string;
  "ResourceOwnerAccountId"?: string;
}

export interface ProductPageSummaryNoBody {
  "LastModified": Date;
  "PageTitle": string;
  "ProductPageArn": string;
  "ProductPageId": string;
}

export interface ListProductPagesResponse {
  "Items"?: Array<ProductPageSummaryNoBody>;
  "NextToken"?: string;
}

export interface ListProductRestEndpointPagesRequest {
  "MaxResults"?: string;
  "NextToken"?: string;
  "PortalProductId": string;
  "ResourceOwnerAccountId"?: string;
}

export interface ProductRestEndpointPageSummaryNoBody {
  "Endpoint": string;
  "LastModified": Date;
  "OperationName"?: string;
  "ProductRestEndpointPageArn": string;
  "ProductRestEndpointPageId": string;
  "RestEndpointIdentifier": RestEndpointIdentifier;
  "Status": Status;
  "StatusException"?: StatusException;
  "TryItState": TryItState;
}

export interface ListProductRestEndpointPagesResponse {
  "Items"?: Array<ProductRestEndpointPageSummaryNoBody>;
  "NextToken"?: string;
}

export interface PreviewPortalRequest {
  "PortalId": string;
}

export interface PreviewPortalResponse {

}

export interface PublishPortalRequest {
  "Description"?: string;
  "PortalId": string;
}

export interface PublishPortalResponse {

}

export interface PutPortalProductSharingPolicyRequest {
  "PolicyDocument": string;
  "PortalProductId": string;
}

export interface PutPortalProductSharingPolicyResponse {

}

export interface PutRoutingRuleRequest {
  "Actions": Array<RoutingRuleAction>;
  "Conditions": Array<RoutingRuleCondition>;
  "DomainName": string;
  "DomainNameId"?: string;
  "Priority": number;
  "RoutingRuleId": string;
}

export interface PutRoutingRuleResponse {
  "Actions"?: Array<RoutingRuleAction>;
  "Conditions"?: Array<RoutingRuleCondition>;
  "Priority"?: number;
  "RoutingRuleArn"?: string;
  "RoutingRuleId"?: string;
}

export interface ReimportApiRequest {
  "ApiId": string;
  "Basepath"?: string;
  "Body": string;
  "FailOnWarnings"?: boolean;
}

export interface ReimportApiResponse {
  "ApiEndpoint"?: string;
  "ApiGatewayManaged"?: boolean;
  "ApiId"?: string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CreatedDate"?: Date;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "ImportInfo"?: Array<string>;
  "IpAddressType"?: IpAddressType;
  "Name"?: string;
  "ProtocolType"?: ProtocolType;
  "RouteSelectionExpression"?: string;
  "Tags"?: Record<string, string>;
  "Version"?: string;
  "Warnings"?: Array<string>;
}

export interface TagResourceRequest {
  "ResourceArn": string;
  "Tags"?: Record<string, string>;
}

export interface TagResourceResponse {

}

export interface UntagResourceRequest {
  "ResourceArn": string;
  "TagKeys": Array<string>;
}

export interface UpdateApiRequest {
  "ApiId": string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CredentialsArn"?: string;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "IpAddressType"?: IpAddressType;
  "Name"?: string;
  "RouteKey"?: string;
  "RouteSelectionExpression"?: string;
  "Target"?: string;
  "Version"?: string;
}

export interface UpdateApiResponse {
  "ApiEndpoint"?: string;
  "ApiGatewayManaged"?: boolean;
  "ApiId"?: string;
  "ApiKeySelectionExpression"?: string;
  "CorsConfiguration"?: Cors;
  "CreatedDate"?: Date;
  "Description"?: string;
  "DisableSchemaValidation"?: boolean;
  "DisableExecuteApiEndpoint"?: boolean;
  "ImportInfo"?: Array<string>;
  "IpAddressType"?: IpAddressType;
  "Name"?: string;
  "ProtocolType"?: ProtocolType;
  "RouteSelectionExpression"?: string;
  "Tags"?: Record<string, string>;
  "Version"?: string;
  "Warnings"?: Array<string>;
}

export interface UpdateApiMappingRequest {
  "ApiId": string;
  "ApiMappingId": string;
  "ApiMappingKey"?: string;
  "DomainName": string;
  "Stage"?: string;
}

export interface UpdateApiMappingResponse {
  "ApiId"?: string;
  "ApiMappingId"?: string;
  "ApiMappingKey"?: string;
  "Stage"?: string;
}

export interface UpdateAuthorizerRequest {
  "ApiId": string;
  "AuthorizerCredentialsArn"?: string;
  "AuthorizerId": string;
  "AuthorizerPayloadFormatVersion"?: string;
  "AuthorizerResultTtlInSeconds"?: number;
  "AuthorizerType"?: AuthorizerType;
  "AuthorizerUri"?: string;
  "EnableSimpleResponses"?: boolean;
  "IdentitySource"?: Array<string>;
  "IdentityValidationExpression"?: string;
  "JwtConfiguration"?: JWTConfiguration;
  "Name"?: string;
}

export interface UpdateAuthorizerResponse {
  "AuthorizerCredentialsArn"?: string;
  "AuthorizerId"?: string;
  "AuthorizerPayloadFormatVersion"?: string;
  "AuthorizerResultTtlInSeconds"?: number;
  "AuthorizerType"?: AuthorizerType;
  "AuthorizerUri"?: string;
  "EnableSimpleResponses"?: boolean;
  "IdentitySource"?: Array<string>;
  "IdentityValidationExpression"?: string;
  "JwtConfiguration"?: JWTConfiguration;
  "Name"?: string;
}

export interface UpdateDeploymentRequest {
  "ApiId": string;
  "DeploymentId": string;
  "Description"?: string;
}

export interface UpdateDeploymentResponse {
  "AutoDeployed"?: boolean;
  "CreatedDate"?: Date;
  "DeploymentId"?: string;
  "DeploymentStatus"?: DeploymentStatus;
  "DeploymentStatusMessage"?: string;
  "Description"?: string;
}

export interface UpdateDomainNameRequest {
  "DomainName": string;
  "DomainNameConfigurations"?: Array<DomainNameConfiguration>;
  "MutualTlsAuthentication"?: MutualTlsAuthenticationInput;
  "RoutingMode"?: RoutingMode;
}

export interface UpdateDomainNameResponse {
  "ApiMappingSelectionExpression"?: string;
  "DomainName"?: string;
  "DomainNameArn"?: string;
  "DomainNameConfigurations"?: Array<DomainNameConfiguration>;
  "MutualTlsAuthentication"?: MutualTlsAuthentication;
  "RoutingMode"?: RoutingMode;
  "Tags"?: Record<string, string>;
}

export interface UpdateIntegrationRequest {
  "ApiId": string;
  "ConnectionId"?: string;
  "ConnectionType"?: ConnectionType;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "CredentialsArn"?: string;
  "Description"?: string;
  "IntegrationId": string;
  "IntegrationMethod"?: string;
  "IntegrationSubtype"?: string;
  "IntegrationType"?: IntegrationType;
  "IntegrationUri"?: string;
  "PassthroughBehavior"?: PassthroughBehavior;
  "PayloadFormatVersion"?: string;
  "RequestParameters"?: Record<string, string>;
  "RequestTemplates"?: Record<string, string>;
  "ResponseParameters"?: Record<string, Record<string, string>>;
  "TemplateSelectionExpression"?: string;
  "TimeoutInMillis"?: number;
  "TlsConfig"?: TlsConfigInput;
}

export interface UpdateIntegrationResult {
  "ApiGatewayManaged"?: boolean;
  "ConnectionId"?: string;
  "ConnectionType"?: ConnectionType;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "CredentialsArn"?: string;
  "Description"?: string;
  "IntegrationId"?: string;
  "IntegrationMethod"?: string;
  "IntegrationResponseSelectionExpression"?: string;
  "IntegrationSubtype"?: string;
  "IntegrationType"?: IntegrationType;
  "IntegrationUri"?: string;
  "PassthroughBehavior"?: PassthroughBehavior;
  "PayloadFormatVersion"?: string;
  "RequestParameters"?: Record<string, string>;
  "RequestTemplates"?: Record<string, string>;
  "ResponseParameters"?: Record<string, Record<string, string>>;
  "TemplateSelectionExpression"?: string;
  "TimeoutInMillis"?: number;
  "TlsConfig"?: TlsConfig;
}

export interface UpdateIntegrationResponseRequest {
  "ApiId": string;
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "IntegrationId": string;
  "IntegrationResponseId": string;
  "IntegrationResponseKey"?: string;
  "ResponseParameters"?: Record<string, string>;
  "ResponseTemplates"?: Record<string, string>;
  "TemplateSelectionExpression"?: string;
}

export interface UpdateIntegrationResponseResponse {
  "ContentHandlingStrategy"?: ContentHandlingStrategy;
  "IntegrationResponseId"?: string;
  "IntegrationResponseKey"?: string;
  "ResponseParameters"?: Record<string, string>;
  "ResponseTemplates"?: Record<string, string>;
  "TemplateSelectionExpression"?: string;
}

export interface UpdateModelRequest {
  "ApiId": string;
  "ContentType"?: string;
  "Description"?: string;
  "ModelId": string;
  "Name"?: string;
  "Schema"?: string;
}

export interface UpdateModelResponse {
  "ContentType"?: string;
  "Description"?: string;
  "ModelId"?: string;
  "Name"?: string;
  "Schema"?: string;
}

export interface UpdatePortalRequest {
  "Authorization"?: Authorization;
  "EndpointConfiguration"?: EndpointConfigurationRequest;
  "IncludedPortalProductArns"?: Array<string>;
  "LogoUri"?: string;
  "PortalContent"?: PortalContent;
  "PortalId": string;
  "RumAppMonitorName"?: string;
}

export interface UpdatePortalResponse {
  "Authorization"?: Authorization;
  "EndpointConfiguration"?: EndpointConfigurationResponse;
  "IncludedPortalProductArns"?: Array<string>;
  "LastModified"?: Date;
  "LastPublished"?: Date;
  "LastPublishedDescription"?: string;
  "PortalArn"?: string;
  "PortalContent"?: PortalContent;
  "PortalId"?: string;
  "Preview"?: Preview;
  "PublishStatus"?: PublishStatus;
  "RumAppMonitorName"?: string;
  "StatusException"?: StatusException;
  "Tags"?: Record<string, string>;
}

export interface UpdatePortalProductRequest {
  "Description"?: string;
  "DisplayName"?: string;
  "DisplayOrder"?: DisplayOrder;
  "PortalProductId": string;
}

export interface UpdatePortalProductResponse {
  "Description"?: string;
  "DisplayName"?: string;
  "DisplayOrder"?: DisplayOrder;
  "LastModified"?: Date;
  "PortalProductArn"?: string;
  "PortalProductId"?: string;
  "Tags"?: Record<string, string>;
}

export interface UpdateProductPageRequest {
  "DisplayContent"?: DisplayContent;
  "PortalProductId": string;
  "ProductPageId": string;
}

export interface UpdateProductPageResponse {
  "DisplayContent"?: DisplayContent;
  "LastModified"?: Date;
  "ProductPageArn"?: string;
  "ProductPageId"?: string;
}

export interface UpdateProductRestEndpointPageRequest {
  "DisplayContent"?: EndpointDisplayContent;
  "PortalProductId": string;
  "ProductRestEndpointPageId": string;
  "TryItState"?: TryItState;
}

export interface UpdateProductRestEndpointPageResponse {
  "DisplayContent"?: EndpointDisplayContentResponse;
  "LastModified"?: Date;
  "ProductRestEndpointPageArn"?: string;
  "ProductRestEndpointPageId"?: string;
  "RestEndpointIdentifier"?: RestEndpointIdentifier;
  "Status"?: Status;
  "StatusException"?: StatusException;
  "TryItState"?: TryItState;
}

export interface UpdateRouteRequest {
  "ApiId": string;
  "ApiKeyRequired"?: boolean;
  "AuthorizationScopes"?: Array<string>;
  "AuthorizationType"?: AuthorizationType;
  "AuthorizerId"?: string;
  "ModelSelectionExpression"?: string;
  "OperationName"?: string;
  "RequestModels"?: Record<string, string>;
  "RequestParameters"?: Record<string, ParameterConstraints>;
  "RouteId": string;
  "RouteKey"?: string;
  "RouteResponseSelectionExpression"?: string;
  "Target"?: string;
}

export interface UpdateRouteResult {
  "ApiGatewayManaged"?: boolean;
  "ApiKeyRequired"?: boolean;
  "AuthorizationScopes"?: Array<string>;
  "AuthorizationType"?: AuthorizationType;
  "AuthorizerId"?: string;
  "ModelSelectionExpression"?: string;
  "OperationName"?: string;
  "RequestModels"?: Record<string, string>;
  "RequestParameters"?: Record<string, ParameterConstraints>;
  "RouteId"?: string;
  "RouteKey"?: string;
  "RouteResponseSelectionExpression"?: string;
  "Target"?: string;
}

export interface UpdateRouteResponseRequest {
  "ApiId": string;
  "ModelSelectionExpression"?: string;
  "ResponseModels"?: Record<string, string>;
  "ResponseParameters"?: Record<string, ParameterConstraints>;
  "RouteId": string;
  "RouteResponseId": string;
  "RouteResponseKey"?: string;
}

export interface UpdateRouteResponseResponse {
  "ModelSelectionExpression"?: string;
  "ResponseModels"?: Record<string, string>;
  "ResponseParameters"?: Record<string, ParameterConstraints>;
  "RouteResponseId"?: string;
  "RouteResponseKey"?: string;
}

export interface UpdateStageRequest {
  "AccessLogSettings"?: AccessLogSettings;
  "ApiId": string;
  "AutoDeploy"?: boolean;
  "ClientCertificateId"?: string;
  "DefaultRouteSettings"?: RouteSettings;
  "DeploymentId"?: string;
  "Description"?: string;
  "RouteSettings"?: Record<string, RouteSettings>;
  "StageName": string;
  "StageVariables"?: Record<string, string>;
}

export interface UpdateStageResponse {
  "AccessLogSettings"?: AccessLogSettings;
  "ApiGatewayManaged"?: boolean;
  "AutoDeploy"?: boolean;
  "ClientCertificateId"?: string;
  "CreatedDate"?: Date;
  "DefaultRouteSettings"?: RouteSettings;
  "DeploymentId"?: string;
  "Description"?: string;
  "LastDeploymentStatusMessage"?: string;
  "LastUpdatedDate"?: Date;
  "RouteSettings"?: Record<string, RouteSettings>;
  "StageName"?: string;
  "StageVariables"?: Record<string, string>;
  "Tags"?: Record<string, string>;
}

export interface UpdateVpcLinkRequest {
  "Name"?: string;
  "VpcLinkId": string;
}

export interface UpdateVpcLinkResponse {
  "CreatedDate"?: Date;
  "Name"?: string;
  "SecurityGroupIds"?: Array<string>;
  "SubnetIds"?: Array<string>;
  "Tags"?: Record<string, string>;
  "VpcLinkId"?: string;
  "VpcLinkStatus"?: VpcLinkStatus;
  "VpcLinkStatusMessage"?: string;
  "VpcLinkVersion"?: VpcLinkVersion;
}

/** Every operation of the ApiGatewayV2 model; a provider implements the ones Nimbus serves. */
export interface Apigatewayv2Operations {
  createApi(input: CreateApiRequest, context: CallContext): Promise<CreateApiResponse>;
  createApiMapping(input: CreateApiMappingRequest, context: CallContext): Promise<CreateApiMappingResponse>;
  createAuthorizer(input: CreateAuthorizerRequest, context: CallContext): Promise<CreateAuthorizerResponse>;
  createDeployment(input: CreateDeploymentRequest, context: CallContext): Promise<CreateDeploymentResponse>;
  createDomainName(input: CreateDomainNameRequest, context: CallContext): Promise<CreateDomainNameResponse>;
  createIntegration(input: CreateIntegrationRequest, context: CallContext): Promise<CreateIntegrationResult>;
  createIntegrationResponse(input: CreateIntegrationResponseRequest, context: CallContext): Promise<CreateIntegrationResponseResponse>;
  createModel(input: CreateModelRequest, context: CallContext): Promise<CreateModelResponse>;
  createPortal(input: CreatePortalRequest, context: CallContext): Promise<CreatePortalResponse>;
  createPortalProduct(input: CreatePortalProductRequest, context: CallContext): Promise<CreatePortalProductResponse>;
  createProductPage(input: CreateProductPageRequest, context: CallContext): Promise<CreateProductPageResponse>;
  createProductRestEndpointPage(input: CreateProductRestEndpointPageRequest, context: CallContext): Promise<CreateProductRestEndpointPageResponse>;
  createRoute(input: CreateRouteRequest, context: CallContext): Promise<CreateRouteResult>;
  createRouteResponse(input: CreateRouteResponseRequest, context: CallContext): Promise<CreateRouteResponseResponse>;
  createRoutingRule(input: CreateRoutingRuleRequest, context: CallContext): Promise<CreateRoutingRuleResponse>;
  createStage(input: CreateStageRequest, context: CallContext): Promise<CreateStageResponse>;
  createVpcLink(input: CreateVpcLinkRequest, context: CallContext): Promise<CreateVpcLinkResponse>;
  deleteAccessLogSettings(input: DeleteAccessLogSettingsRequest, context: CallContext): Promise<void>;
  deleteApi(input: DeleteApiRequest, context: CallContext): Promise<void>;
  deleteApiMapping(input: DeleteApiMappingRequest, context: CallContext): Promise<void>;
  deleteAuthorizer(input: DeleteAuthorizerRequest, context: CallContext): Promise<void>;
  deleteCorsConfiguration(input: DeleteCorsConfigurationRequest, context: CallContext): Promise<void>;
  deleteDeployment(input: DeleteDeploymentRequest, context: CallContext): Promise<void>;
  deleteDomainName(input: DeleteDomainNameRequest, context: CallContext): Promise<void>;
  deleteIntegration(input: DeleteIntegrationRequest, context: CallContext): Promise<void>;
  deleteIntegrationResponse(input: DeleteIntegrationResponseRequest, context: CallContext): Promise<void>;
  deleteModel(input: DeleteModelRequest, context: CallContext): Promise<void>;
  deletePortal(input: DeletePortalRequest, context: CallContext): Promise<void>;
  deletePortalProduct(input: DeletePortalProductRequest, context: CallContext): Promise<void>;
  deletePortalProductSharingPolicy(input: DeletePortalProductSharingPolicyRequest, context: CallContext): Promise<void>;
  deleteProductPage(input: DeleteProductPageRequest, context: CallContext): Promise<void>;
  deleteProductRestEndpointPage(input: DeleteProductRestEndpointPageRequest, context: CallContext): Promise<void>;
  deleteRoute(input: DeleteRouteRequest, context: CallContext): Promise<void>;
  deleteRouteRequestParameter(input: DeleteRouteRequestParameterRequest, context: CallContext): Promise<void>;
  deleteRouteResponse(input: DeleteRouteResponseRequest, context: CallContext): Promise<void>;
  deleteRouteSettings(input: DeleteRouteSettingsRequest, context: CallContext): Promise<void>;
  deleteRoutingRule(input: DeleteRoutingRuleRequest, context: CallContext): Promise<void>;
  deleteStage(input: DeleteStageRequest, context: CallContext): Promise<void>;
  deleteVpcLink(input: DeleteVpcLinkRequest, context: CallContext): Promise<DeleteVpcLinkResponse>;
  exportApi(input: ExportApiRequest, context: CallContext): Promise<ExportApiResponse>;
  disablePortal(input: DisablePortalRequest, context: CallContext): Promise<void>;
  resetAuthorizersCache(input: ResetAuthorizersCacheRequest, context: CallContext): Promise<void>;
  getApi(input: GetApiRequest, context: CallContext): Promise<GetApiResponse>;
  getApiMapping(input: GetApiMappingRequest, context: CallContext): Promise<GetApiMappingResponse>;
  getApiMappings(input: GetApiMappingsRequest, context: CallContext): Promise<GetApiMappingsResponse>;
  getApis(input: GetApisRequest, context: CallContext): Promise<GetApisResponse>;
  getAuthorizer(input: GetAuthorizerRequest, context: CallContext): Promise<GetAuthorizerResponse>;
  getAuthorizers(input: GetAuthorizersRequest, context: CallContext): Promise<GetAuthorizersResponse>;
  getDeployment(input: GetDeploymentRequest, context: CallContext): Promise<GetDeploymentResponse>;
  getDeployments(input: GetDeploymentsRequest, context: CallContext): Promise<GetDeploymentsResponse>;
  getDomainName(input: GetDomainNameRequest, context: CallContext): Promise<GetDomainNameResponse>;
  getDomainNames(input: GetDomainNamesRequest, context: CallContext): Promise<GetDomainNamesResponse>;
  getIntegration(input: GetIntegrationRequest, context: CallContext): Promise<GetIntegrationResult>;
  getIntegrationResponse(input: GetIntegrationResponseRequest, context: CallContext): Promise<GetIntegrationResponseResponse>;
  getIntegrationResponses(input: GetIntegrationResponsesRequest, context: CallContext): Promise<GetIntegrationResponsesResponse>;
  getIntegrations(input: GetIntegrationsRequest, context: CallContext): Promise<GetIntegrationsResponse>;
  getModel(input: GetModelRequest, context: CallContext): Promise<GetModelResponse>;
  getModelTemplate(input: GetModelTemplateRequest, context: CallContext): Promise<GetModelTemplateResponse>;
  getModels(input: GetModelsRequest, context: CallContext): Promise<GetModelsResponse>;
  getPortal(input: GetPortalRequest, context: CallContext): Promise<GetPortalResponse>;
  getPortalProduct(input: GetPortalProductRequest, context: CallContext): Promise<GetPortalProductResponse>;
  getPortalProductSharingPolicy(input: GetPortalProductSharingPolicyRequest, context: CallContext): Promise<GetPortalProductSharingPolicyResponse>;
  getProductPage(input: GetProductPageRequest, context: CallContext): Promise<GetProductPageResponse>;
  getProductRestEndpointPage(input: GetProductRestEndpointPageRequest, context: CallContext): Promise<GetProductRestEndpointPageResponse>;
  getRoute(input: GetRouteRequest, context: CallContext): Promise<GetRouteResult>;
  getRouteResponse(input: GetRouteResponseRequest, context: CallContext): Promise<GetRouteResponseResponse>;
  getRouteResponses(input: GetRouteResponsesRequest, context: CallContext): Promise<GetRouteResponsesResponse>;
  getRoutes(input: GetRoutesRequest, context: CallContext): Promise<GetRoutesResponse>;
  getRoutingRule(input: GetRoutingRuleRequest, context: CallContext): Promise<GetRoutingRuleResponse>;
  listRoutingRules(input: ListRoutingRulesRequest, context: CallContext): Promise<ListRoutingRulesResponse>;
  getStage(input: GetStageRequest, context: CallContext): Promise<GetStageResponse>;
  getStages(input: GetStagesRequest, context: CallContext): Promise<GetStagesResponse>;
  getTags(input: GetTagsRequest, context: CallContext): Promise<GetTagsResponse>;
  getVpcLink(input: GetVpcLinkRequest, context: CallContext): Promise<GetVpcLinkResponse>;
  getVpcLinks(input: GetVpcLinksRequest, context: CallContext): Promise<GetVpcLinksResponse>;
  importApi(input: ImportApiRequest, context: CallContext): Promise<ImportApiResponse>;
  listPortalProducts(input: ListPortalProductsRequest, context: CallContext): Promise<ListPortalProductsResponse>;
  listPortals(input: ListPortalsRequest, context: CallContext): Promise<ListPortalsResponse>;
  listProductPages(input: ListProductPagesRequest, context: CallContext): Promise<ListProductPagesResponse>;
  listProductRestEndpointPages(input: ListProductRestEndpointPagesRequest, context: CallContext): Promise<ListProductRestEndpointPagesResponse>;
  previewPortal(input: PreviewPortalRequest, context: CallContext): Promise<PreviewPortalResponse>;
  publishPortal(input: PublishPortalRequest, context: CallContext): Promise<PublishPortalResponse>;
  putPortalProductSharingPolicy(input: PutPortalProductSharingPolicyRequest, context: CallContext): Promise<PutPortalProductSharingPolicyResponse>;
  putRoutingRule(input: PutRoutingRuleRequest, context: CallContext): Promise<PutRoutingRuleResponse>;
  reimportApi(input: ReimportApiRequest, context: CallContext): Promise<ReimportApiResponse>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<TagResourceResponse>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void>;
  updateApi(input: UpdateApiRequest, context: CallContext): Promise<UpdateApiResponse>;
  updateApiMapping(input: UpdateApiMappingRequest, context: CallContext): Promise<UpdateApiMappingResponse>;
  updateAuthorizer(input: UpdateAuthorizerRequest, context: CallContext): Promise<UpdateAuthorizerResponse>;
  updateDeployment(input: UpdateDeploymentRequest, context: CallContext): Promise<UpdateDeploymentResponse>;
  updateDomainName(input: UpdateDomainNameRequest, context: CallContext): Promise<UpdateDomainNameResponse>;
  updateIntegration(input: UpdateIntegrationRequest, context: CallContext): Promise<UpdateIntegrationResult>;
  updateIntegrationResponse(input: UpdateIntegrationResponseRequest, context: CallContext): Promise<UpdateIntegrationResponseResponse>;
  updateModel(input: UpdateModelRequest, context: CallContext): Promise<UpdateModelResponse>;
  updatePortal(input: UpdatePortalRequest, context: CallContext): Promise<UpdatePortalResponse>;
  updatePortalProduct(input: UpdatePortalProductRequest, context: CallContext): Promise<UpdatePortalProductResponse>;
  updateProductPage(input: UpdateProductPageRequest, context: CallContext): Promise<UpdateProductPageResponse>;
  updateProductRestEndpointPage(input: UpdateProductRestEndpointPageRequest, context: CallContext): Promise<UpdateProductRestEndpointPageResponse>;
  updateRoute(input: UpdateRouteRequest, context: CallContext): Promise<UpdateRouteResult>;
  updateRouteResponse(input: UpdateRouteResponseRequest, context: CallContext): Promise<UpdateRouteResponseResponse>;
  updateStage(input: UpdateStageRequest, context: CallContext): Promise<UpdateStageResponse>;
  updateVpcLink(input: UpdateVpcLinkRequest, context: CallContext): Promise<UpdateVpcLinkResponse>;
}
