import type { Readable } from 'node:stream';
import type { CallContext } from './call-context.js';

/**
 * A request a browser or a plain link makes that no operation of the service model describes:
 * CORS preflights, HTML form uploads, static website pages. The gateway hands these to a provider
 * that implements `WebEndpoints`, which keeps providers free of node:http.
 */
export interface WebRequest {
  method: string;
  /** As sent, still percent-encoded, without the query string; path-style (`/<bucket>/<key>`) for S3. */
  rawPath: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  /** As the client sent them: name, value, name, value… with the names in their own case. */
  rawHeaders?: string[];
  body: Readable;
  /**
   * Set when addressed to the service's website endpoint rather than its API: `base` is what the
   * browser's path starts with before the path-style one (`/_nimbus/s3-website/<bucket>`, or empty).
   */
  website?: { base: string };
  /** Set when signatures are enforced: the secret that signatures carried in the request body (form uploads) must be made with. */
  signingSecret?: string;
}

export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body?: string | Buffer | Readable;
}

/** What a provider implements to serve browsers. */
export interface WebEndpoints {
  /** Answers the request, or leaves it to the API (undefined). */
  serveWeb?(request: WebRequest, call: CallContext): Promise<WebResponse | undefined>;
  /** Headers to add to any answer for a browser's cross-origin request (CORS). */
  corsHeaders?(request: WebRequest, call: CallContext): Promise<Record<string, string>>;
}

/** What every invoke endpoint reads of a browser's or client's request before it routes it. */
export interface ReadWebRequest {
  /** Lower-case names, the absent ones left out. */
  headers: Record<string, string>;
  /** At most `limit` bytes: what lies past it is not read. */
  body: Buffer;
  /** The Host header without its port. */
  domainName: string;
}

export async function readWebRequest(request: WebRequest, limit: number): Promise<ReadWebRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += (chunk as Buffer).length;
    if (size > limit) break;
    chunks.push(chunk as Buffer);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = value;
  return { headers, body: Buffer.concat(chunks), domainName: (headers.host ?? '').replace(/:\d+$/, '') };
}

/** A percent-encoded path or label decoded, or left as sent when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
