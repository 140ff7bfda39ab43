import type { WebResponse } from '../../../common/web-request.js';

export function message(status: number, text: string, headers: Record<string, string> = {}): WebResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ message: text }) };
}

export const notFoundResponse = () => message(404, 'Not Found');
export const internalError = () => message(500, 'Internal Server Error');

/**
 * A function's answer under payload format 2.0: an object with `statusCode` is a response; anything
 * else (a string, an object without it) is the body of a 200 JSON response.
 */
export function responseV2(payload: string): WebResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return internalError();
  }
  if (!isObject(parsed) || parsed.statusCode === undefined) {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: typeof parsed === 'string' ? parsed : payload };
  }
  const headers = stringValues(parsed.headers);
  if (Array.isArray(parsed.cookies) && parsed.cookies.length) headers['set-cookie'] = parsed.cookies.map(String).join(', ');
  return { status: Number(parsed.statusCode), headers, body: bodyOf(parsed) };
}

/** Under payload format 1.0 a response must carry `statusCode`; otherwise the client gets a 500. */
export function responseV1(payload: string): WebResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return internalError();
  }
  if (!isObject(parsed) || typeof parsed.statusCode !== 'number') return internalError();
  const headers = stringValues(parsed.headers);
  if (isObject(parsed.multiValueHeaders)) {
    for (const [name, values] of Object.entries(parsed.multiValueHeaders)) if (Array.isArray(values)) headers[name.toLowerCase()] = values.join(', ');
  }
  return { status: parsed.statusCode, headers, body: bodyOf(parsed) };
}

function bodyOf(response: Record<string, unknown>): Buffer | string {
  const body = typeof response.body === 'string' ? response.body : response.body === undefined ? '' : JSON.stringify(response.body);
  return response.isBase64Encoded ? Buffer.from(body, 'base64') : body;
}

function stringValues(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (isObject(value)) for (const [name, item] of Object.entries(value)) headers[name.toLowerCase()] = String(item);
  return headers;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
