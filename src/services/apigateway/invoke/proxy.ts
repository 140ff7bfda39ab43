import type { InboundRequest } from './request.js';
import { requestContextOf, type Invocation } from './invocation.js';
import { internalServerError } from './failure.js';
import type { WebResponse } from '../../../common/web-request.js';

const RESPONSE_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

/** The Lambda proxy integration's event, exactly as API Gateway builds it. */
export function proxyEvent(invocation: Invocation): Record<string, unknown> {
  const { request, route } = invocation;
  const binary = isBinary(request, invocation.definition.binaryMediaTypes);
  const [headers, multiValueHeaders] = headerMaps(request);
  const [queryStringParameters, multiValueQueryStringParameters] = queryMaps(request.query);
  return {
    resource: route!.resource.path, path: request.path, httpMethod: request.method,
    headers, multiValueHeaders, queryStringParameters, multiValueQueryStringParameters,
    pathParameters: Object.keys(route!.pathParameters).length ? route!.pathParameters : null,
    stageVariables: invocation.stage.variables && Object.keys(invocation.stage.variables).length ? invocation.stage.variables : null,
    requestContext: requestContextOf(invocation),
    body: request.body.length ? request.body.toString(binary ? 'base64' : 'utf8') : null,
    isBase64Encoded: binary,
  };
}

/** Names as the client wrote them; a repeated header keeps its last value in `headers` and every value in `multiValueHeaders`. */
function headerMaps(request: InboundRequest): [Record<string, string> | null, Record<string, string[]> | null] {
  if (!request.sentHeaders.length) return [null, null];
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of request.sentHeaders) {
    single[name] = value;
    (multi[name] ??= []).push(value);
  }
  return [single, multi];
}

function queryMaps(query: URLSearchParams): [Record<string, string> | null, Record<string, string[]> | null] {
  const names = [...new Set(query.keys())];
  if (!names.length) return [null, null];
  return [
    Object.fromEntries(names.map((name) => [name, query.getAll(name).at(-1)!])),
    Object.fromEntries(names.map((name) => [name, query.getAll(name)])),
  ];
}

export function isBinary(request: InboundRequest, binaryMediaTypes: string[]): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
  return Boolean(type) && binaryMediaTypes.some((pattern) => mediaMatches(pattern, type));
}

function mediaMatches(pattern: string, type: string): boolean {
  if (pattern === '*/*') return true;
  const [major, minor] = pattern.split('/');
  const [typeMajor, typeMinor] = type.split('/');
  return (major === '*' || major === typeMajor) && (minor === '*' || minor === typeMinor);
}

/** The function's answer, held to the proxy response contract; anything else is a 502. */
export function proxyResponse(payload: string, invocation: Invocation): WebResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw internalServerError('502');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw internalServerError('502');
  const result = parsed as Record<string, unknown>;
  if (Object.keys(result).some((key) => !RESPONSE_KEYS.has(key))) throw internalServerError('502');
  const status = statusOf(result.statusCode);
  if (result.body !== undefined && result.body !== null && typeof result.body !== 'string') throw internalServerError('502');
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(mapOf(result.multiValueHeaders))) {
    if (!Array.isArray(values)) throw internalServerError('502');
    headers[name.toLowerCase()] = values.map(String).join(',');
  }
  for (const [name, value] of Object.entries(mapOf(result.headers))) {
    if (value !== null && typeof value === 'object') throw internalServerError('502');
    headers[name.toLowerCase()] = String(value);
  }
  const text = (result.body as string | undefined) ?? '';
  const decode = result.isBase64Encoded === true && acceptsBinary(invocation, headers['content-type']);
  headers['content-type'] ??= 'application/json';
  return { status, headers, body: decode ? Buffer.from(text, 'base64') : text };
}

function statusOf(value: unknown): number {
  const status = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) throw internalServerError('502');
  return status;
}

function mapOf(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw internalServerError('502');
  return value as Record<string, unknown>;
}

function acceptsBinary(invocation: Invocation, contentType: string | undefined): boolean {
  const types = invocation.definition.binaryMediaTypes;
  const accept = invocation.request.headers.accept ?? '';
  return types.some((pattern) => accept.split(',').some((type) => mediaMatches(pattern, type.split(';')[0]!.trim())) || (contentType !== undefined && mediaMatches(pattern, contentType.split(';')[0]!.trim())));
}
