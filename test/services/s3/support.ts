import { request as httpRequest } from 'node:http';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { S3Client } from '@aws-sdk/client-s3';
import { CREDENTIALS, REGION, clientConfig } from '../../support/nimbus.js';

/** An SDK v3 S3 client on path-style addressing, as tests against a local endpoint use it. */
export function s3Client(endpoint: string, extra: Record<string, unknown> = {}): S3Client {
  return new S3Client(clientConfig(endpoint, { forcePathStyle: true, maxAttempts: 1, ...extra }));
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a SigV4-signed request with exactly the headers and body bytes given, for what an SDK
 * would never send: malformed XML, truncated aws-chunked bodies, wrong checksums.
 */
export async function rawS3Request(
  endpoint: string,
  options: { method: string; path: string; query?: Record<string, string>; headers?: Record<string, string>; body?: Buffer | string; payloadHash?: string; region?: string; host?: string },
): Promise<RawResponse> {
  const url = new URL(endpoint);
  const body = options.body === undefined ? Buffer.alloc(0) : Buffer.from(options.body);
  const signer = new SignatureV4({ service: 's3', region: options.region ?? REGION, credentials: CREDENTIALS, sha256: Hash.bind(null, 'sha256'), uriEscapePath: false, applyChecksum: false });
  const unsigned = new HttpRequest({
    protocol: url.protocol,
    hostname: (options.host ?? url.host).replace(/:\d+$/, ''),
    port: Number(url.port),
    method: options.method,
    path: options.path,
    query: options.query ?? {},
    headers: {
      host: options.host ?? url.host,
      'content-length': String(body.length),
      'x-amz-content-sha256': options.payloadHash ?? 'UNSIGNED-PAYLOAD',
      ...options.headers,
    },
  });
  const signed = await signer.sign(unsigned);
  const query = new URLSearchParams(options.query ?? {}).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method, path: options.path + (query ? `?${query}` : ''), headers: signed.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The text of `<name>` in an XML document. */
export function xmlText(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
}

/** An `aws-chunked` body with an unsigned trailer, as SDKs frame uploads with a trailing checksum. */
export function awsChunked(chunks: Buffer[], trailer: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const chunk of chunks) parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  parts.push(Buffer.from('0\r\n'));
  for (const [name, value] of Object.entries(trailer)) parts.push(Buffer.from(`${name}:${value}\r\n`));
  parts.push(Buffer.from('\r\n'));
  return Buffer.concat(parts);
}
