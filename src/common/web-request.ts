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
