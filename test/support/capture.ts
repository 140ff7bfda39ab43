import { Readable } from 'node:stream';
import { HttpResponse as SdkHttpResponse, type HttpRequest as SdkHttpRequest } from '@smithy/protocol-http';
import type { HttpRequest, HttpResponse } from '../../src/protocol/http-message.js';

/**
 * A `requestHandler` for SDK v3 clients that hands each request the client builds to the test
 * instead of the network: either it is captured (and the call stops there), or it is answered
 * with a response a Nimbus codec encoded. It replaces the client's transport only.
 */
export class CaptureHandler {
  private reply: HttpResponse | undefined;
  readonly metadata = { handlerProtocol: 'http/1.1' };

  /** Client configuration that routes every call through this handler, once, with fixed credentials. */
  get clientConfig(): CaptureClientConfig {
    return {
      region: 'us-east-1',
      endpoint: 'http://localhost:4566',
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      maxAttempts: 1,
      requestHandler: this,
    };
  }

  /** Runs `send` and returns the request the client built, as Nimbus's gateway would see it. */
  async request(send: () => Promise<unknown>): Promise<HttpRequest> {
    this.reply = undefined;
    try {
      await send();
    } catch (error) {
      if (error instanceof Captured) return toNimbusRequest(error.request);
      throw error;
    }
    throw new Error('the client sent no request');
  }

  /** Runs `send` with `response` as the answer to its request; resolves or rejects as the client does. */
  async respond<T>(response: HttpResponse, send: () => Promise<T>): Promise<T> {
    this.reply = response;
    try {
      return await send();
    } finally {
      this.reply = undefined;
    }
  }

  async handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }> {
    if (!this.reply) throw new Captured(request);
    const reply = this.reply;
    const body = await bytesOf(reply.body);
    const headers: Record<string, string> = { 'content-length': String(body.length) };
    for (const [name, value] of Object.entries(reply.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    return { response: new SdkHttpResponse({ statusCode: reply.status, headers, body: Readable.from([body]) }) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}

export interface CaptureClientConfig {
  region: string;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  maxAttempts: number;
  requestHandler: CaptureHandler;
}

class Captured extends Error {
  constructor(readonly request: SdkHttpRequest) {
    super('request captured');
  }
}

/** The SDK's request as node:http would deliver it: the raw path and query, lower-case headers, a body stream. */
export function toNimbusRequest(request: SdkHttpRequest): HttpRequest {
  const rawQuery = queryString(request.query ?? {});
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  return {
    method: request.method,
    rawPath: request.path,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers,
    body: bodyStream(request.body),
    remoteAddress: '127.0.0.1',
  };
}

function queryString(query: Record<string, string | string[] | null>): string {
  const parts: string[] = [];
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    if (value === null || value === undefined) parts.push(escapeUri(key));
    else for (const item of Array.isArray(value) ? value : [value]) parts.push(`${escapeUri(key)}=${escapeUri(item)}`);
  }
  return parts.join('&');
}

function escapeUri(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function bodyStream(body: unknown): Readable {
  if (body instanceof Readable) return body;
  if (body === undefined || body === null) return Readable.from([]);
  if (typeof body === 'string') return Readable.from([Buffer.from(body, 'utf8')]);
  if (body instanceof Uint8Array) return Readable.from([Buffer.from(body)]);
  throw new Error(`unexpected request body type ${typeof body}`);
}

async function bytesOf(body: HttpResponse['body']): Promise<Buffer> {
  if (body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * A value with byte arrays of every kind as plain `Uint8Array`s and the SDK's `$metadata` left out,
 * so that what a codec decodes and what the SDK parses compare with `deepStrictEqual`.
 */
export function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$metadata' || item === undefined) continue;
    out[key] = plain(item);
  }
  return out;
}
