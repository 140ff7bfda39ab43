import type { WebRequest } from '../../../common/web-request.js';

const MAX_BODY = 10 * 1024 * 1024;

/** A client's request to an HTTP API's invoke URL, read whole (payloads are at most 10 MB). */
export interface Inbound {
  apiId: string;
  method: string;
  /** As sent, still percent-encoded, without the query string. */
  rawPath: string;
  rawQueryString: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  domainName: string;
  sourceIp: string;
}

export async function readInbound(request: WebRequest, apiId: string, sourceIp: string): Promise<Inbound> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) break;
    chunks.push(chunk as Buffer);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = value;
  return {
    apiId, method: request.method.toUpperCase(), rawPath: request.rawPath, rawQueryString: request.query.toString(), query: request.query,
    headers, body: Buffer.concat(chunks), domainName: (headers.host ?? '').replace(/:\d+$/, ''), sourceIp,
  };
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
