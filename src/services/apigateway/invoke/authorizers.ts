import type { Clock } from '../../../clock/clock.js';
import type { EventBus } from '../../../events/bus.js';
import type { Authorizer } from '../api.generated.js';
import { accessDenied, authorizerConfigurationError, unauthorized } from './failure.js';
import { methodArnOf, requestContextOf, type Invocation } from './invocation.js';
import { executeApiArn, functionOfUri, invokeFunction } from './lambda-call.js';
import { mappingValue } from './mapping.js';
import { proxyEvent } from './proxy.js';

interface AuthorizerResult {
  principalId: string;
  statements: Statement[];
  context: Record<string, string>;
  usageIdentifierKey?: string;
}

interface Statement {
  effect: string;
  actions: string[];
  resources: string[];
}

/** Lambda TOKEN and REQUEST authorizers, their policies cached by identity for the authorizer's TTL on the Nimbus clock. */
export class LambdaAuthorizers {
  private readonly cache = new Map<string, { result: AuthorizerResult; expiresAt: number }>();

  constructor(
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Lets the request through (recording principal and context) or throws the gateway's refusal. */
  async authorize(authorizer: Authorizer, invocation: Invocation): Promise<void> {
    const identity = this.identity(authorizer, invocation);
    const ttl = authorizer.authorizerResultTtlInSeconds ?? 300;
    const cacheKey = `${invocation.request.apiId}/${invocation.request.stageName}/${authorizer.id}/${identity.join('\u0000')}`;
    const cached = ttl > 0 && identity.length ? this.cache.get(cacheKey) : undefined;
    let result = cached && cached.expiresAt > this.clock.now() ? cached.result : undefined;
    if (!result) {
      result = await this.invoke(authorizer, invocation, identity);
      if (ttl > 0 && identity.length) this.cache.set(cacheKey, { result, expiresAt: this.clock.now() + ttl * 1000 });
    }
    const verdict = evaluate(result.statements, methodArnOf(invocation));
    if (verdict !== 'Allow') throw accessDenied(verdict === 'Deny');
    invocation.authorizer = { principalId: result.principalId, ...result.context, integrationLatency: 0 };
    if (result.usageIdentifierKey) invocation.authorizer.usageIdentifierKey = result.usageIdentifierKey;
  }

  flush(apiId: string, stageName: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${apiId}/${stageName}/`)) this.cache.delete(key);
  }

  /** The identity sources' values; a missing one is 401 Unauthorized before the function is called. */
  private identity(authorizer: Authorizer, invocation: Invocation): string[] {
    const sources = (authorizer.identitySource ?? '').split(',').map((source) => source.trim()).filter(Boolean);
    const values = sources.map((source) => mappingValue(source, invocation));
    if (values.some((value) => value === undefined || value === '')) throw unauthorized();
    if (authorizer.type === 'TOKEN' && authorizer.identityValidationExpression) {
      if (!new RegExp(`^(?:${authorizer.identityValidationExpression})$`).test(values[0]!)) throw unauthorized();
    }
    return values as string[];
  }

  private async invoke(authorizer: Authorizer, invocation: Invocation, identity: string[]): Promise<AuthorizerResult> {
    const functionName = functionOfUri(authorizer.authorizerUri, invocation);
    if (!functionName) throw authorizerConfigurationError();
    const methodArn = methodArnOf(invocation);
    const event = authorizer.type === 'TOKEN'
      ? { type: 'TOKEN', methodArn, authorizationToken: identity[0] }
      : requestEvent(invocation, methodArn);
    const sourceArn = authorizer.authorizerCredentials ? undefined : `${executeApiArn(invocation)}/authorizers/${authorizer.id}`;
    const answer = await invokeFunction(this.bus, functionName, event, invocation, sourceArn).catch(() => {
      throw authorizerConfigurationError();
    });
    const payload = parse(answer.payload);
    if (answer.functionError) {
      if ((payload as { errorMessage?: unknown } | undefined)?.errorMessage === 'Unauthorized') throw unauthorized();
      throw authorizerConfigurationError();
    }
    return resultOf(payload);
  }
}

function requestEvent(invocation: Invocation, methodArn: string): Record<string, unknown> {
  const { body: _body, isBase64Encoded: _encoded, ...event } = proxyEvent(invocation);
  return { type: 'REQUEST', methodArn, ...event, requestContext: requestContextOf(invocation) };
}

function parse(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/** An authorizer's answer must carry a principalId and a policy document; anything else is a configuration error. */
function resultOf(payload: unknown): AuthorizerResult {
  const answer = payload as { principalId?: unknown; policyDocument?: { Statement?: unknown }; context?: Record<string, unknown>; usageIdentifierKey?: unknown } | undefined;
  if (!answer || typeof answer !== 'object' || answer.principalId === undefined || !answer.policyDocument) throw authorizerConfigurationError();
  const raw = answer.policyDocument.Statement;
  const statements = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((statement: Record<string, unknown>) => ({
    effect: String(statement.Effect ?? ''),
    actions: ([] as unknown[]).concat(statement.Action ?? []).map(String),
    resources: ([] as unknown[]).concat(statement.Resource ?? []).map(String),
  }));
  const context: Record<string, string> = {};
  for (const [key, value] of Object.entries(answer.context ?? {})) {
    if (value !== null && typeof value === 'object') throw authorizerConfigurationError();
    context[key] = String(value);
  }
  return { principalId: String(answer.principalId), statements, context, usageIdentifierKey: typeof answer.usageIdentifierKey === 'string' ? answer.usageIdentifierKey : undefined };
}

/** IAM evaluation: an explicit Deny wins, then any Allow; otherwise an implicit deny. */
function evaluate(statements: Statement[], methodArn: string): 'Allow' | 'Deny' | 'None' {
  const applies = (statement: Statement) =>
    statement.actions.some((action) => wildcard(action.toLowerCase()).test('execute-api:invoke')) &&
    statement.resources.some((resource) => wildcard(resource).test(methodArn));
  if (statements.some((statement) => statement.effect === 'Deny' && applies(statement))) return 'Deny';
  return statements.some((statement) => statement.effect === 'Allow' && applies(statement)) ? 'Allow' : 'None';
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
