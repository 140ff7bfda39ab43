import type { CallContext } from '../../common/call-context.js';
import { isAwsError } from '../../common/aws-error.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type { Cors } from './api.generated.js';
import { execute } from './executor.js';
import { functionUrls, type FunctionUrlRecord } from './function-urls.js';
import type { Invoker } from './invoke.js';
import { resolveFunction, type LambdaDeps } from './lookup.js';

const URL_HOST = /^([a-z0-9]+)\.lambda-url\.([a-z0-9-]+)\.localhost$/;
const TEXT_TYPES = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Serves `http://<url-id>.lambda-url.<region>.localhost:<port>/…`: the request becomes a payload
 * format 2.0 event, the function's answer becomes the HTTP response, and the URL's CORS settings
 * answer preflights and decorate responses, as Lambda's URL front end does.
 */
export async function serveFunctionUrl(deps: LambdaDeps, invoker: Invoker, request: WebRequest, call: CallContext): Promise<WebResponse | undefined> {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
  const match = URL_HOST.exec(host);
  if (!match) return undefined;
  const record = await functionUrls(deps.store).get(match[1]!);
  if (!record || record.region !== match[2]) return message(403, 'Forbidden');
  const origin = request.headers.origin;
  const cors = record.cors ? corsHeaders(record.cors, origin) : undefined;
  if (request.method === 'OPTIONS' && origin && request.headers['access-control-request-method'] && record.cors) {
    return { status: 200, headers: { ...cors, ...(cors && Object.keys(cors).length ? preflightHeaders(record.cors) : {}) }, body: '' };
  }
  if (record.authType === 'AWS_IAM' && !request.headers.authorization && !request.query.has('X-Amz-Signature')) return withCors(message(403, 'Forbidden'), cors);
  const body = await readAll(request);
  const event = eventOf(record, request, body, call, deps.clock.now());
  const context: CallContext = { ...call, account: record.account, region: record.region };
  try {
    const target = await invoker.route(await resolveFunction(deps.store, record.functionName, context, record.qualifier));
    const { outcome } = await execute(deps, target, Buffer.from(JSON.stringify(event)), call.endpoint, { requestId: call.requestId || undefined });
    if (outcome.status !== 'success') return withCors(message(502, 'Internal Server Error'), cors);
    return withCors(responseOf(outcome.payload.toString('utf8')), cors);
  } catch (error) {
    if (!isAwsError(error)) throw error;
    if (error.code === 'TooManyRequestsException') return withCors(message(429, 'Rate Exceeded.'), cors);
    return withCors(message(404, 'Not Found'), cors);
  }
}

/** The payload format 2.0 event. */
function eventOf(record: FunctionUrlRecord, request: WebRequest, body: Buffer, call: CallContext, now: number) {
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === 'cookie') cookies = value.split(/;\s*/).filter(Boolean);
    else headers[name] = value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of request.query) query[name] = name in query ? `${query[name]},${value}` : value;
  const rawQueryString = request.query.toString();
  const text = TEXT_TYPES.test(headers['content-type'] ?? 'text/plain');
  const domainName = (request.headers.host ?? '').replace(/:\d+$/, '');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: decodeURIComponent(request.rawPath),
    rawQueryString,
    ...(cookies ? { cookies } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: record.urlId,
      domainName,
      domainPrefix: record.urlId,
      http: {
        method: request.method,
        path: decodeURIComponent(request.rawPath),
        protocol: 'HTTP/1.1',
        sourceIp: call.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: call.requestId,
      routeKey: '$default',
      stage: '$default',
      time: clf(now),
      timeEpoch: now,
    },
    ...(body.length ? { body: text ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !text,
  };
}

/**
 * The function's answer as HTTP: an object with `statusCode` is taken field by field; anything
 * else valid is a 200 whose body is the JSON the function returned.
 */
function responseOf(payload: string): WebResponse {
  let answer: unknown;
  try {
    answer = JSON.parse(payload);
  } catch {
    return message(502, 'Internal Server Error');
  }
  if (!answer || typeof answer !== 'object' || !('statusCode' in answer)) {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: payload };
  }
  const shaped = answer as { statusCode: unknown; headers?: Record<string, unknown>; body?: unknown; isBase64Encoded?: boolean; cookies?: string[] };
  const status = Number(shaped.statusCode);
  if (!Number.isInteger(status) || status < 100 || status > 599) return message(502, 'Internal Server Error');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(shaped.headers ?? {})) headers[name.toLowerCase()] = String(value);
  if (shaped.cookies?.length) headers['set-cookie'] = shaped.cookies.join(', ');
  const text = typeof shaped.body === 'string' ? shaped.body : shaped.body === undefined ? '' : JSON.stringify(shaped.body);
  return { status, headers, body: shaped.isBase64Encoded ? Buffer.from(text, 'base64') : text };
}

/** The headers every answer to an allowed origin carries; none when the origin is not allowed. */
function corsHeaders(cors: Cors, origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  const origins = cors.AllowOrigins ?? [];
  if (!origins.includes('*') && !origins.includes(origin)) return {};
  return {
    'access-control-allow-origin': origins.includes('*') && !cors.AllowCredentials ? '*' : origin,
    ...(cors.AllowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    ...(cors.ExposeHeaders?.length ? { 'access-control-expose-headers': cors.ExposeHeaders.join(',') } : {}),
    vary: 'Origin',
  };
}

function preflightHeaders(cors: Cors): Record<string, string> {
  return {
    ...(cors.AllowMethods?.length ? { 'access-control-allow-methods': cors.AllowMethods.join(',') } : {}),
    ...(cors.AllowHeaders?.length ? { 'access-control-allow-headers': cors.AllowHeaders.join(',') } : {}),
    ...(cors.MaxAge !== undefined ? { 'access-control-max-age': String(cors.MaxAge) } : {}),
  };
}

/** With a CORS config, the URL's CORS headers replace any the function set, as Lambda does. */
function withCors(response: WebResponse, cors: Record<string, string> | undefined): WebResponse {
  if (!cors) return response;
  const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !name.startsWith('access-control-')));
  return { ...response, headers: { ...headers, ...cors } };
}

function message(status: number, text: string): WebResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Message: text }) };
}

async function readAll(request: WebRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request.body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** `12/Mar/2020:19:03:58 +0000` */
function clf(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
