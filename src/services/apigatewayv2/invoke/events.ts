import type { Inbound } from './inbound.js';

/** What the request is served as: the matched route, its stage and what the authorizer said. */
export interface Invocation {
  inbound: Inbound;
  account: string;
  region: string;
  stage: string;
  stageVariables: Record<string, string>;
  routeKey: string;
  /** The path after the stage prefix, as sent. */
  path: string;
  pathParameters: Record<string, string>;
  requestId: string;
  extendedRequestId: string;
  time: number;
  authorizer?: Record<string, unknown>;
}

const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|.*\+(json|xml))/i;

/** Payload format 2.0, as HTTP APIs send it to Lambda. */
export function eventV2(invocation: Invocation): Record<string, unknown> {
  const { inbound } = invocation;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(inbound.headers)) if (name !== 'cookie') headers[name] = value;
  const cookies = inbound.headers.cookie?.split(/;\s*/).filter(Boolean);
  const query: Record<string, string> = {};
  for (const name of new Set(inbound.query.keys())) query[name] = inbound.query.getAll(name).join(',');
  const body = bodyOf(inbound);
  return {
    version: '2.0',
    routeKey: invocation.routeKey,
    rawPath: inbound.rawPath,
    rawQueryString: inbound.rawQueryString,
    ...(cookies?.length ? { cookies } : {}),
    headers,
    ...(inbound.rawQueryString ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: invocation.account,
      apiId: inbound.apiId,
      ...(invocation.authorizer ? { authorizer: invocation.authorizer } : {}),
      domainName: inbound.domainName,
      domainPrefix: inbound.domainName.split('.')[0],
      http: { method: inbound.method, path: inbound.rawPath, protocol: 'HTTP/1.1', sourceIp: inbound.sourceIp, userAgent: inbound.headers['user-agent'] ?? '' },
      requestId: invocation.extendedRequestId,
      routeKey: invocation.routeKey,
      stage: invocation.stage,
      time: clf(invocation.time),
      timeEpoch: invocation.time,
    },
    ...(body ? { body: body.text } : {}),
    ...(Object.keys(invocation.pathParameters).length ? { pathParameters: invocation.pathParameters } : {}),
    isBase64Encoded: body?.base64 ?? false,
    ...(Object.keys(invocation.stageVariables).length ? { stageVariables: invocation.stageVariables } : {}),
  };
}

/** Payload format 1.0: the REST API proxy event, as HTTP APIs send it. */
export function eventV1(invocation: Invocation): Record<string, unknown> {
  const { inbound } = invocation;
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(inbound.headers)) multiValueHeaders[name] = value.split(/,\s*/);
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const name of new Set(inbound.query.keys())) {
    multiQuery[name] = inbound.query.getAll(name);
    query[name] = multiQuery[name].at(-1)!;
  }
  const hasQuery = Object.keys(query).length > 0;
  const body = bodyOf(inbound);
  const resource = invocation.routeKey === '$default' ? '/$default' : invocation.routeKey.split(' ')[1]!;
  return {
    version: '1.0',
    resource,
    path: inbound.rawPath,
    httpMethod: inbound.method,
    headers: { ...inbound.headers },
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    requestContext: {
      accountId: invocation.account,
      apiId: inbound.apiId,
      authorizer: authorizerV1(invocation.authorizer),
      domainName: inbound.domainName,
      domainPrefix: inbound.domainName.split('.')[0],
      extendedRequestId: invocation.extendedRequestId,
      httpMethod: inbound.method,
      identity: {
        accessKey: null, accountId: null, caller: null, cognitoAuthenticationProvider: null, cognitoAuthenticationType: null,
        cognitoIdentityId: null, cognitoIdentityPoolId: null, principalOrgId: null, sourceIp: inbound.sourceIp, user: null,
        userAgent: inbound.headers['user-agent'] ?? '', userArn: null,
      },
      path: inbound.rawPath,
      protocol: 'HTTP/1.1',
      requestId: invocation.extendedRequestId,
      requestTime: clf(invocation.time),
      requestTimeEpoch: invocation.time,
      resourceId: invocation.routeKey,
      resourcePath: resource,
      stage: invocation.stage,
    },
    pathParameters: Object.keys(invocation.pathParameters).length ? invocation.pathParameters : null,
    stageVariables: Object.keys(invocation.stageVariables).length ? invocation.stageVariables : null,
    body: body?.text ?? null,
    isBase64Encoded: body?.base64 ?? false,
  };
}

/**
 * Payload 1.0 names what the authorizer said as REST APIs do: a JWT's `claims` and `scopes`, a
 * Lambda authorizer's context keys, at the top of `requestContext.authorizer`.
 */
function authorizerV1(authorizer: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!authorizer) return null;
  if (authorizer.jwt) return { ...(authorizer.jwt as Record<string, unknown>) };
  return { ...(authorizer.lambda as Record<string, unknown> | undefined) };
}

/** Text bodies go as they are; anything else base64-encoded, as HTTP APIs do. */
function bodyOf(inbound: Inbound): { text: string; base64: boolean } | undefined {
  if (!inbound.body.length) return undefined;
  const type = inbound.headers['content-type'] ?? '';
  if (!type || TEXT_TYPES.test(type)) return { text: inbound.body.toString('utf8'), base64: false };
  return { text: inbound.body.toString('base64'), base64: true };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `24/Nov/2026:15:04:05 +0000`, the request time form API Gateway uses. */
function clf(epoch: number): string {
  const date = new Date(epoch);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}
