/**
 * A request the gateway answers itself instead of the integration: a gateway response type, the
 * status it answers with, and `$context.error.message`.
 */
export class GatewayFailure extends Error {
  constructor(
    readonly responseType: string,
    readonly status: string,
    message: string | null,
    /** API Gateway's `x-amzn-ErrorType` header for the failure. */
    readonly errorType: string,
    /** Authorizer denials answer `{"Message": …}` by default, unlike every other gateway response. */
    readonly capitalMessage = false,
  ) {
    super(message ?? '');
    this.errorMessage = message;
  }

  readonly errorMessage: string | null;
}

export const missingAuthenticationToken = () => new GatewayFailure('MISSING_AUTHENTICATION_TOKEN', '403', 'Missing Authentication Token', 'MissingAuthenticationTokenException');
export const forbidden = () => new GatewayFailure('DEFAULT_4XX', '403', 'Forbidden', 'ForbiddenException');
export const invalidApiKey = () => new GatewayFailure('INVALID_API_KEY', '403', 'Forbidden', 'ForbiddenException');
export const unauthorized = () => new GatewayFailure('UNAUTHORIZED', '401', 'Unauthorized', 'UnauthorizedException');
export const accessDenied = (explicit: boolean) =>
  new GatewayFailure('ACCESS_DENIED', '403', `User is not authorized to access this resource${explicit ? ' with an explicit deny' : ''}`, 'AccessDeniedException', true);
export const authorizerConfigurationError = () => new GatewayFailure('AUTHORIZER_CONFIGURATION_ERROR', '500', null, 'AuthorizerConfigurationException');
export const throttled = () => new GatewayFailure('THROTTLED', '429', 'Too Many Requests', 'TooManyRequestsException');
export const quotaExceeded = () => new GatewayFailure('QUOTA_EXCEEDED', '429', 'Limit Exceeded', 'LimitExceededException');
export const badRequestParameters = (message: string) => new GatewayFailure('BAD_REQUEST_PARAMETERS', '400', message, 'BadRequestException');
export const badRequestBody = (message: string) => new GatewayFailure('BAD_REQUEST_BODY', '400', message, 'BadRequestException');
export const unsupportedMediaType = () => new GatewayFailure('UNSUPPORTED_MEDIA_TYPE', '415', 'Unsupported Media Type', 'UnsupportedMediaTypeException');
export const internalServerError = (status = '500') => new GatewayFailure('DEFAULT_5XX', status, 'Internal server error', 'InternalServerErrorException');
export const integrationTimeout = () => new GatewayFailure('INTEGRATION_TIMEOUT', '504', 'Endpoint request timed out', 'InternalServerErrorException');
