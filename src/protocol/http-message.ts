import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { AwsError } from '../common/aws-error.js';

/** A request as the gateway and codecs see it: the body stays a stream until a codec reads it. */
export interface HttpRequest {
  method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  rawPath: string;
  query: URLSearchParams;
  rawQuery: string;
  /** Lower-case names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  /** As the client sent them: name, value, name, value… with the names in their own case (node:http's rawHeaders). */
  rawHeaders?: string[];
  body: Readable;
  remoteAddress: string;
  /** Set once the body has been read whole (query and json protocols); streams are read at most once. */
  bodyBuffer?: Buffer;
}

export type ResponseBody = string | Buffer | Readable | undefined;

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body?: ResponseBody;
}

/** Reads the whole body, refusing more than `limit` bytes with the error `tooLarge` builds. */
export async function readBody(request: HttpRequest, limit: number, tooLarge: () => AwsError = defaultTooLarge): Promise<Buffer> {
  if (request.bodyBuffer) return request.bodyBuffer;
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.body.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      request.body.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  request.bodyBuffer = await decompress(request, Buffer.concat(chunks), limit, tooLarge);
  return request.bodyBuffer;
}

/**
 * Bodies the SDKs compress (the model's `requestcompression` trait: CloudWatch PutMetricData past
 * 10 KB) arrive with `Content-Encoding: gzip`; the limit applies to what they inflate to.
 */
async function decompress(request: HttpRequest, body: Buffer, limit: number, tooLarge: () => AwsError): Promise<Buffer> {
  const encodings = (header(request, 'content-encoding') ?? '').split(',').map((part) => part.trim().toLowerCase());
  if (!encodings.includes('gzip') || !body.length) return body;
  const { gunzipSync } = await import('node:zlib');
  try {
    return gunzipSync(body, { maxOutputLength: limit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new AwsError('SerializationException', 'The request body is not valid gzip.', 400);
  }
}

function defaultTooLarge(): AwsError {
  return new AwsError('RequestEntityTooLarge', 'Request body is too large.', 413);
}

export function header(request: HttpRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
