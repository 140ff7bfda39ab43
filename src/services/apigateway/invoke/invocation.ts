import type { CallContext } from '../../../common/call-context.js';
import type { ApiDefinition, ApiLocation, StageRecord } from '../state.js';
import type { InboundRequest } from './request.js';
import type { Route } from './routing.js';

/** Everything known about one request to an invoke URL, as it moves through the gateway. */
export interface Invocation {
  call: CallContext;
  location: ApiLocation;
  stage: StageRecord;
  definition: ApiDefinition;
  request: InboundRequest;
  route?: Route;
  requestTime: number;
  extendedRequestId: string;
  /** principalId and the context a Lambda authorizer returned. */
  authorizer?: Record<string, unknown>;
  apiKey?: { id: string; value: string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `requestTime` as API Gateway formats it: `24/Nov/2026:15:03:40 +0000`. */
export function requestTimeText(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

export function identityOf(invocation: Invocation): Record<string, unknown> {
  return {
    cognitoIdentityPoolId: null, accountId: null, cognitoIdentityId: null, caller: null,
    sourceIp: invocation.request.sourceIp, principalOrgId: null, accessKey: null, cognitoAuthenticationType: null,
    cognitoAuthenticationProvider: null, userArn: null, userAgent: invocation.request.headers['user-agent'] ?? null, user: null,
    ...(invocation.apiKey ? { apiKey: invocation.apiKey.value, apiKeyId: invocation.apiKey.id } : {}),
  };
}

/** The proxy event's `requestContext`, which is also what `$context` shows templates. */
export function requestContextOf(invocation: Invocation): Record<string, unknown> {
  const { request, route } = invocation;
  return {
    resourceId: route?.resource.id, resourcePath: route?.resource.path, httpMethod: request.method,
    extendedRequestId: invocation.extendedRequestId, requestTime: requestTimeText(invocation.requestTime),
    path: `/${request.stageName}${request.path}`, accountId: invocation.location.account, protocol: 'HTTP/1.1',
    stage: request.stageName, domainPrefix: request.domainName.split('.')[0], requestTimeEpoch: invocation.requestTime,
    requestId: invocation.call.requestId, identity: identityOf(invocation), domainName: request.domainName,
    deploymentId: invocation.stage.deploymentId, apiId: request.apiId,
    ...(invocation.authorizer ? { authorizer: invocation.authorizer } : {}),
  };
}

/** The ARN a Lambda authorizer's policy is evaluated against. */
export function methodArnOf(invocation: Invocation): string {
  const { request, location } = invocation;
  return `arn:aws:execute-api:${location.region}:${location.account}:${request.apiId}/${request.stageName}/${request.method}${request.path}`;
}
