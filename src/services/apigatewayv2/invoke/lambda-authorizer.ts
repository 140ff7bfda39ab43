import type { EventBus } from '../../../events/bus.js';
import type { Authorizer } from '../api.generated.js';
import { eventV2, type Invocation } from './events.js';
import { functionOf, invokeLambda } from './integration.js';
import { isObject } from './responses.js';

/** What an authorizer decided: allowed with a context, or denied with the status to answer. */
export type Decision = { allowed: true; context?: Record<string, unknown> } | { allowed: false; status: number; message: string };

/**
 * A Lambda REQUEST authorizer: missing identity sources answer 401; the function's answer is a
 * simple response (`isAuthorized`) or an IAM policy; anything else is 500.
 */
export async function lambdaAuthorize(bus: EventBus, authorizer: Authorizer, invocation: Invocation, endpoint: string): Promise<Decision> {
  const identity = (authorizer.IdentitySource ?? []).map((source) => identityValue(source, invocation));
  if (identity.some((value) => value === undefined)) return { allowed: false, status: 401, message: 'Unauthorized' };
  const event = authorizer.AuthorizerPayloadFormatVersion === '1.0'
    ? { version: '1.0', type: 'REQUEST', methodArn: methodArn(invocation), identitySource: identity.join(','), ...eventV2(invocation) }
    : { ...eventV2(invocation), type: 'REQUEST', routeArn: methodArn(invocation), identitySource: identity };
  const answer = await invokeLambda(bus, functionOf(authorizer.AuthorizerUri ?? ''), event, invocation, endpoint);
  if (!answer) return { allowed: false, status: 500, message: 'Internal Server Error' };
  let result: unknown;
  try {
    result = JSON.parse(answer.payload);
  } catch {
    return { allowed: false, status: 500, message: 'Internal Server Error' };
  }
  if (!isObject(result)) return { allowed: false, status: 500, message: 'Internal Server Error' };
  const allowed = authorizer.EnableSimpleResponses ? result.isAuthorized === true : policyAllows(result.policyDocument);
  if (!allowed) return { allowed: false, status: 403, message: 'Forbidden' };
  return { allowed: true, context: { lambda: isObject(result.context) ? result.context : {} } };
}

/** `$request.header.Authorization`, `$request.querystring.name`, `$context.x`, `$stageVariables.x`. */
export function identityValue(source: string, invocation: Invocation): string | undefined {
  const [, kind, name = ''] = /^\$(?:request\.)?(header|querystring|stageVariables|context)\.(.+)$/.exec(source) ?? [];
  if (kind === 'header') return invocation.inbound.headers[name.toLowerCase()] || undefined;
  if (kind === 'querystring') return invocation.inbound.query.get(name) || undefined;
  if (kind === 'stageVariables') return invocation.stageVariables[name] || undefined;
  return undefined;
}

function methodArn(invocation: Invocation): string {
  const route = invocation.routeKey === '$default' ? '$default' : invocation.routeKey.replace(' ', '');
  return `arn:aws:execute-api:us-east-1:${invocation.account}:${invocation.inbound.apiId}/${invocation.stage}/${route}`;
}

function policyAllows(policy: unknown): boolean {
  if (!isObject(policy) || !Array.isArray(policy.Statement)) return false;
  const statements = policy.Statement.filter(isObject);
  if (statements.some((statement) => statement.Effect === 'Deny')) return false;
  return statements.some((statement) => statement.Effect === 'Allow');
}
