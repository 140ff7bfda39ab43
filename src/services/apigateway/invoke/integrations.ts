import type { WebResponse } from '../../../common/web-request.js';
import type { EventBus } from '../../../events/bus.js';
import type { Integration, IntegrationResponse } from '../api.generated.js';
import { renderTemplate } from '../vtl/render.js';
import { internalServerError, integrationTimeout, unsupportedMediaType } from './failure.js';
import type { Invocation } from './invocation.js';
import { functionOfUri, invokeFunction, routeArnOf, withStageVariables } from './lambda-call.js';
import { mappingValue, mediaType, parseJsonOrUndefined, templateFor, templateVariables, type IntegrationOutput } from './mapping.js';
import { proxyEvent, proxyResponse } from './proxy.js';

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'expect', 'upgrade']);

/** Runs the method's integration and maps its answer to the method response. */
export async function runIntegration(bus: EventBus, invocation: Invocation): Promise<WebResponse> {
  const integration = invocation.route!.method.methodIntegration!;
  switch (integration.type) {
    case 'AWS_PROXY':
      return lambdaProxy(bus, integration, invocation);
    case 'HTTP_PROXY':
      return httpProxy(integration, invocation);
    case 'MOCK': {
      const body = requestBody(integration, invocation);
      const status = Number((parseJsonOrUndefined(body) as { statusCode?: unknown } | undefined)?.statusCode ?? 200);
      return respond(integration, invocation, { status, headers: {}, body: '' }, String(status));
    }
    case 'AWS':
      return lambdaCustom(bus, integration, invocation);
    case 'HTTP':
      return httpCustom(integration, invocation);
    default:
      throw internalServerError();
  }
}

async function lambdaProxy(bus: EventBus, integration: Integration, invocation: Invocation): Promise<WebResponse> {
  const functionName = functionOfUri(integration.uri, invocation);
  if (!functionName) throw internalServerError();
  const result = await invokeFunction(bus, functionName, proxyEvent(invocation), invocation, sourceArnOf(integration, invocation)).catch(() => {
    throw internalServerError();
  });
  if (result.functionError) throw internalServerError('502');
  return proxyResponse(result.payload, invocation);
}

async function lambdaCustom(bus: EventBus, integration: Integration, invocation: Invocation): Promise<WebResponse> {
  const functionName = functionOfUri(integration.uri, invocation);
  if (!functionName) throw internalServerError();
  const body = requestBody(integration, invocation);
  const payload = body.trim() ? parseJsonOrUndefined(body) ?? body : {};
  const result = await invokeFunction(bus, functionName, payload, invocation, sourceArnOf(integration, invocation)).catch(() => {
    throw internalServerError();
  });
  const output = { status: 200, headers: {}, body: result.payload };
  if (!result.functionError) return respond(integration, invocation, output, undefined);
  const error = parseJsonOrUndefined(result.payload) as { errorMessage?: unknown } | undefined;
  return respond(integration, invocation, output, String(error?.errorMessage ?? ''));
}

/** The route a Lambda permission must name, unless the integration invokes with a role of its own. */
function sourceArnOf(integration: Integration, invocation: Invocation): string | undefined {
  return integration.credentials ? undefined : routeArnOf(invocation);
}

async function httpCustom(integration: Integration, invocation: Invocation): Promise<WebResponse> {
  const url = integrationUrl(integration, invocation);
  const headers: Record<string, string> = {};
  for (const [target, source] of Object.entries(integration.requestParameters ?? {})) {
    const value = mappingValue(source, invocation);
    if (value !== undefined && target.startsWith('integration.request.header.')) headers[target.slice(27)] = value;
  }
  const body = requestBody(integration, invocation);
  headers['content-type'] ??= mediaType(invocation.request.headers['content-type']);
  const answer = await send(url, integration, { method: integration.httpMethod ?? 'GET', headers, body: allowsBody(integration.httpMethod) ? body : undefined });
  return respond(integration, invocation, answer, String(answer.status));
}

async function httpProxy(integration: Integration, invocation: Invocation): Promise<WebResponse> {
  const url = integrationUrl(integration, invocation);
  for (const [name, value] of invocation.request.query) if (!url.searchParams.has(name)) url.searchParams.append(name, value);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(invocation.request.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  for (const [target, source] of Object.entries(integration.requestParameters ?? {})) {
    const value = mappingValue(source, invocation);
    if (value !== undefined && target.startsWith('integration.request.header.')) headers[target.slice(27)] = value;
  }
  const method = integration.httpMethod === 'ANY' ? invocation.request.method : integration.httpMethod ?? invocation.request.method;
  const answer = await send(url, integration, { method, headers, body: allowsBody(method) ? new Uint8Array(invocation.request.body) : undefined });
  return { status: answer.status, headers: answer.headers, body: answer.body };
}

/** The integration URI with stage variables, `{path}` parameters and mapped query strings filled in. */
function integrationUrl(integration: Integration, invocation: Invocation): URL {
  const mapped: Record<string, string> = {};
  const query: Array<[string, string]> = [];
  for (const [target, source] of Object.entries(integration.requestParameters ?? {})) {
    const value = mappingValue(source, invocation);
    if (value === undefined) continue;
    if (target.startsWith('integration.request.path.')) mapped[target.slice(25)] = value;
    if (target.startsWith('integration.request.querystring.')) query.push([target.slice(32), value]);
  }
  const params = { ...invocation.route!.pathParameters, ...mapped };
  const uri = withStageVariables(integration.uri ?? '', invocation.stage.variables)
    .replace(/\{([^}+]+)\+?\}/g, (whole, name: string) => params[name] === undefined ? whole : params[name]!.split('/').map(encodeURIComponent).join('/'));
  const url = new URL(uri);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url;
}

async function send(url: URL, integration: Integration, init: { method: string; headers: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> }): Promise<IntegrationOutput> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(integration.timeoutInMillis ?? 29_000), redirect: 'manual' });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') headers[name] = value;
    });
    return { status: response.status, headers, body: await response.text() };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw integrationTimeout();
    throw internalServerError();
  }
}

/** The request template for the request's content type, applied; or the body passed through, as passthroughBehavior allows. */
function requestBody(integration: Integration, invocation: Invocation): string {
  const raw = invocation.request.body.toString('utf8');
  const contentType = mediaType(invocation.request.headers['content-type']);
  const templates = integration.requestTemplates ?? {};
  const template = templateFor(templates, contentType);
  if (template === undefined) {
    const behavior = integration.passthroughBehavior ?? 'WHEN_NO_MATCH';
    if (behavior === 'NEVER' || (behavior === 'WHEN_NO_TEMPLATES' && Object.keys(templates).length)) throw unsupportedMediaType();
    return raw;
  }
  return render(template, invocation, raw);
}

/**
 * Picks the integration response whose selection pattern matches (the Lambda error message, or the
 * HTTP status), or the default one, and maps status, headers and body to the method response.
 */
function respond(integration: Integration, invocation: Invocation, output: IntegrationOutput, selector: string | undefined): WebResponse {
  const response = selectResponse(integration.integrationResponses ?? {}, selector);
  if (!response) throw internalServerError();
  const headers: Record<string, string> = {};
  for (const [target, source] of Object.entries(response.responseParameters ?? {})) {
    const value = mappingValue(source, invocation, output);
    if (value !== undefined && target.startsWith('method.response.header.')) headers[target.slice(23).toLowerCase()] = value;
  }
  const accept = mediaType(invocation.request.headers.accept?.split(',')[0]);
  const templates = response.responseTemplates ?? {};
  const contentType = templateFor(templates, accept) !== undefined ? accept : Object.keys(templates).includes('application/json') ? 'application/json' : Object.keys(templates)[0];
  const template = contentType === undefined ? undefined : templates[contentType];
  const body = template === undefined || template === '' ? output.body : render(template, invocation, output.body);
  headers['content-type'] ??= contentType ?? 'application/json';
  return { status: Number(response.statusCode), headers, body };
}

function selectResponse(responses: Record<string, IntegrationResponse>, selector: string | undefined): IntegrationResponse | undefined {
  const fallback = Object.values(responses).find((response) => !response.selectionPattern);
  if (selector === undefined) return fallback;
  const matched = Object.values(responses).find((response) => {
    if (!response.selectionPattern) return false;
    try {
      return new RegExp(`^(?:${response.selectionPattern})$`, 's').test(selector);
    } catch {
      return false;
    }
  });
  return matched ?? fallback;
}

function render(template: string, invocation: Invocation, body: string): string {
  try {
    return renderTemplate(template, templateVariables(invocation, body));
  } catch {
    throw internalServerError();
  }
}

function allowsBody(method: string | undefined): boolean {
  return method !== 'GET' && method !== 'HEAD';
}
