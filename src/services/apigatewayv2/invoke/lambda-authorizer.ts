import type { EventBus } from '../../../events/bus.js';
import type { Authorizer } from '../api.generated.js';
import type { AuthorizerCache } from './authorizer-cache.js';
import { eventV1, eventV2, type Invocation } from './events.js';
import { executeApiArn, functionOf, invokeLambda } from './integration.js';
import { isObject } from './responses.js';

/** What an authorizer decided: allowed with a context for the integration, or denied with the answer to give. */
export type Decision =
  | { allowed: true; context?: Record<string, unknown> }
  | { allowed: false; status: number; message: string; headers?: Record<string, string> };

const unauthorized: Decision = { allowed: false, status: 401, message: 'Unauthorized' };
const forbidden: Decision = { allowed: false, status: 403, message: 'Forbidden' };
const failed: Decision = { allowed: false, status: 500, message: 'Internal Server Error' };

/**
 * A Lambda REQUEST authorizer: a missing identity source answers 401 without calling the function;
 * its answer is a simple response (`isAuthorized`, with EnableSimpleResponses) or an IAM policy
 * evaluated against the route ARN; anything else, or a function error, is 500. Answers are cached
 * by identity source values for the authorizer's TTL.
 */
export async function lambdaAuthorize(bus: EventBus, cache: AuthorizerCache, authorizer: Authorizer, invocation: Invocation, endpoint: string): Promise<Decision> {
  const identity = (authorizer.IdentitySource ?? []).map((source) => identityValue(source, invocation));
  if (identity.some((value) => value === undefined)) return unauthorized;
  const arn = routeArn(invocation);
  const cacheKey = identity.length ? `${invocation.inbound.apiId}/${invocation.stage}/${authorizer.AuthorizerId}/${JSON.stringify(identity)}` : undefined;
  let answer = cacheKey ? cache.get(cacheKey, invocation.time) : undefined;
  if (!answer) {
    answer = await callAuthorizer(bus, authorizer, invocation, identity as string[], arn, endpoint);
    if (!answer) return failed;
    if (cacheKey) cache.put(cacheKey, answer, invocation.time, authorizer.AuthorizerResultTtlInSeconds ?? 0);
  }
  const allowed = authorizer.EnableSimpleResponses ? answer.isAuthorized === true : policyAllows(answer.policyDocument, arn);
  if (!allowed) return forbidden;
  return { allowed: true, context: { lambda: isObject(answer.context) ? answer.context : {} } };
}

async function callAuthorizer(bus: EventBus, authorizer: Authorizer, invocation: Invocation, identity: string[], arn: string, endpoint: string): Promise<Record<string, unknown> | undefined> {
  const event = authorizer.AuthorizerPayloadFormatVersion === '1.0' ? eventV1Request(invocation, identity, arn) : eventV2Request(invocation, identity, arn);
  const sourceArn = authorizer.AuthorizerCredentialsArn ? undefined : `${executeApiArn(invocation)}/authorizers/${authorizer.AuthorizerId}`;
  const called = await invokeLambda(bus, functionOf(authorizer.AuthorizerUri ?? ''), event, invocation, endpoint, sourceArn);
  if (!called) return undefined;
  try {
    const parsed: unknown = JSON.parse(called.payload);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Payload format 1.0: the REST API REQUEST authorizer event. */
function eventV1Request(invocation: Invocation, identity: string[], arn: string): Record<string, unknown> {
  const { body: _body, isBase64Encoded: _base64, ...event } = eventV1(invocation);
  return { ...event, type: 'REQUEST', methodArn: arn, identitySource: identity.join(','), authorizationToken: identity.join(',') };
}

function eventV2Request(invocation: Invocation, identity: string[], arn: string): Record<string, unknown> {
  const { body: _body, isBase64Encoded: _base64, ...event } = eventV2(invocation);
  return { version: '2.0', type: 'REQUEST', routeArn: arn, identitySource: identity, ...event };
}

const CONTEXT_VALUES: Record<string, (invocation: Invocation) => string> = {
  apiId: (invocation) => invocation.inbound.apiId,
  domainName: (invocation) => invocation.inbound.domainName,
  httpMethod: (invocation) => invocation.inbound.method,
  path: (invocation) => invocation.inbound.rawPath,
  requestId: (invocation) => invocation.extendedRequestId,
  routeKey: (invocation) => invocation.routeKey,
  stage: (invocation) => invocation.stage,
};

/** `$request.header.Authorization`, `$request.querystring.name`, `$context.stage`, `$stageVariables.name`. */
export function identityValue(source: string, invocation: Invocation): string | undefined {
  const [, kind, name = ''] = /^\$(?:request\.)?(header|querystring|stageVariables|context)\.(.+)$/.exec(source.trim()) ?? [];
  if (kind === 'header') return invocation.inbound.headers[name.toLowerCase()] || undefined;
  if (kind === 'querystring') return invocation.inbound.query.get(name) || undefined;
  if (kind === 'stageVariables') return invocation.stageVariables[name] || undefined;
  if (kind === 'context') return CONTEXT_VALUES[name]?.(invocation) || undefined;
  return undefined;
}

/** `arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path>`, what a policy's Resource is matched against. */
function routeArn(invocation: Invocation): string {
  return `arn:aws:execute-api:${invocation.region}:${invocation.account}:${invocation.inbound.apiId}/${invocation.stage}/${invocation.inbound.method}${invocation.path}`;
}

/** An explicit Deny on the route wins; otherwise some Allow of `execute-api:Invoke` must match it. */
function policyAllows(policy: unknown, arn: string): boolean {
  if (!isObject(policy)) return false;
  const statements = [policy.Statement].flat().filter(isObject).filter((statement) => matchesAny(statement.Action, 'execute-api:Invoke', 'i') && matchesAny(statement.Resource, arn, ''));
  if (statements.some((statement) => statement.Effect === 'Deny')) return false;
  return statements.some((statement) => statement.Effect === 'Allow');
}

/** IAM's wildcards: `*` any run of characters, `?` any one; actions are matched without regard to case. */
function matchesAny(patterns: unknown, value: string, flags: string): boolean {
  return [patterns].flat().some((pattern) => typeof pattern === 'string' && wildcard(pattern, flags).test(value));
}

function wildcard(pattern: string, flags: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, flags);
}
