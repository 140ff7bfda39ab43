import type { GatewayResponse, GatewayResponseType } from './api.generated.js';

/** Each gateway response type with the status API Gateway answers it with (none for the two defaults). */
const DEFAULT_STATUS: Record<string, string | undefined> = {
  ACCESS_DENIED: '403', API_CONFIGURATION_ERROR: '500', AUTHORIZER_CONFIGURATION_ERROR: '500', AUTHORIZER_FAILURE: '500',
  BAD_REQUEST_PARAMETERS: '400', BAD_REQUEST_BODY: '400', DEFAULT_4XX: undefined, DEFAULT_5XX: undefined, EXPIRED_TOKEN: '403',
  INVALID_API_KEY: '403', INVALID_SIGNATURE: '403', INTEGRATION_FAILURE: '504', INTEGRATION_TIMEOUT: '504',
  MISSING_AUTHENTICATION_TOKEN: '403', QUOTA_EXCEEDED: '429', REQUEST_TOO_LARGE: '413', RESOURCE_NOT_FOUND: '404',
  THROTTLED: '429', UNAUTHORIZED: '401', UNSUPPORTED_MEDIA_TYPE: '415', WAF_FILTERED: '403',
};

export const GATEWAY_RESPONSE_TYPES: string[] = Object.keys(DEFAULT_STATUS);

const DEFAULT_TEMPLATES = { 'application/json': '{"message":$context.error.messageString}' };

/** A response type as GetGatewayResponse shows it: the API's customisation, or the default. */
export function gatewayResponseOf(custom: Record<string, GatewayResponse>, type: string): GatewayResponse {
  return custom[type] ?? {
    responseType: type as GatewayResponseType, statusCode: DEFAULT_STATUS[type], responseParameters: {},
    responseTemplates: DEFAULT_TEMPLATES, defaultResponse: true,
  };
}

/**
 * What the gateway answers for a response type: its own customisation, else the API's DEFAULT_4XX or
 * DEFAULT_5XX customisation with the type's status, else API Gateway's default.
 */
export function effectiveGatewayResponse(custom: Record<string, GatewayResponse>, type: string, status: string): Required<Pick<GatewayResponse, 'statusCode' | 'responseParameters' | 'responseTemplates'>> {
  const own = custom[type];
  const family = custom[status.startsWith('5') ? 'DEFAULT_5XX' : 'DEFAULT_4XX'];
  const chosen = own ?? family;
  return {
    statusCode: own?.statusCode ?? status,
    responseParameters: chosen?.responseParameters ?? {},
    responseTemplates: chosen?.responseTemplates && Object.keys(chosen.responseTemplates).length ? chosen.responseTemplates : DEFAULT_TEMPLATES,
  };
}

export function defaultStatusOf(type: string): string {
  return DEFAULT_STATUS[type] ?? (type === 'DEFAULT_5XX' ? '500' : '400');
}
