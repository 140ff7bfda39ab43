import { Hash } from '@smithy/hash-node';
import { HttpRequest as SignableRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { AwsError } from '../common/aws-error.js';
import { header, readBody, type HttpRequest } from '../protocol/http-message.js';
import type { SignatureScope } from './credentials.js';

const SIGNED_BODY_LIMIT = 16 * 1024 * 1024;
const MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** The secret of keys IAM did not issue: `test` unless NIMBUS_SECRET_ACCESS_KEY says otherwise. */
export function secretFor(): string {
  return process.env.NIMBUS_SECRET_ACCESS_KEY ?? 'test';
}

/**
 * Recomputes the request's SigV4 signature with the caller's claimed key and compares it, for
 * header-signed and presigned requests alike. S3 signs its path as sent; other services encode it twice.
 */
export async function verifySignature(request: HttpRequest, scope: SignatureScope, now: number, mismatchMessage = MISMATCH_MESSAGE, secret = secretFor()): Promise<void> {
  const amzDate = scope.presigned ? request.query.get('X-Amz-Date') : header(request, 'x-amz-date');
  if (!amzDate) throw new AwsError('IncompleteSignature', 'The request must contain the X-Amz-Date header or parameter.', 403);
  const signingDate = parseAmzDate(amzDate);
  if (scope.presigned) {
    const expires = Number(request.query.get('X-Amz-Expires') ?? 0);
    if (now > signingDate.getTime() + expires * 1000) throw new AwsError('AccessDenied', 'Request has expired', 403);
  } else if (Math.abs(now - signingDate.getTime()) > 15 * 60_000) {
    throw new AwsError('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', 403);
  }
  const s3 = scope.service === 's3';
  const signer = new SignatureV4({
    credentials: { accessKeyId: scope.accessKeyId, secretAccessKey: secret },
    region: scope.region,
    service: scope.service,
    sha256: Hash.bind(null, 'sha256'),
    uriEscapePath: !s3,
    applyChecksum: s3,
  });
  const signable = await signableRequest(request, scope);
  const expected = scope.presigned
    ? (await signer.presign(signable, { signingDate, expiresIn: Number(request.query.get('X-Amz-Expires') ?? 900), unhoistableHeaders: PAYLOAD_HEADER, unsignableHeaders: PAYLOAD_HEADER })).query?.['X-Amz-Signature']
    : /Signature=([0-9a-f]+)/.exec(String((await signer.sign(signable, { signingDate })).headers['authorization']))?.[1];
  if (expected !== scope.signature) {
    throw new AwsError('SignatureDoesNotMatch', mismatchMessage, 403);
  }
}

async function signableRequest(request: HttpRequest, scope: SignatureScope): Promise<SignableRequest> {
  const headers: Record<string, string> = {};
  for (const name of scope.signedHeaders) {
    const value = header(request, name);
    if (value !== undefined) headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(request.rawQuery)) {
    if (scope.presigned && name === 'X-Amz-Signature') continue;
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  if (scope.presigned) presignedPayloadHash(query, headers);
  const streaming = scope.presigned || header(request, 'x-amz-content-sha256') !== undefined;
  const body = streaming ? undefined : await readBody(request, SIGNED_BODY_LIMIT);
  const [hostname, port] = (header(request, 'host') ?? '').split(':');
  return new SignableRequest({ method: request.method, protocol: 'http:', hostname, port: port ? Number(port) : undefined, path: request.rawPath, query, headers, body });
}

const PAYLOAD_HEADER = new Set(['x-amz-content-sha256']);

/**
 * The signer reads a presigned URL's payload hash from a header, which it must neither sign nor
 * hoist: the `X-Amz-Content-Sha256` query parameter already says it, and without one S3 presigned
 * URLs carry an unsigned payload.
 */
function presignedPayloadHash(query: Record<string, string | string[]>, headers: Record<string, string>): void {
  const name = Object.keys(query).find((key) => key.toLowerCase() === 'x-amz-content-sha256');
  headers['x-amz-content-sha256'] = name === undefined ? 'UNSIGNED-PAYLOAD' : String(query[name]);
}

function parseAmzDate(value: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) throw new AwsError('IncompleteSignature', `Invalid X-Amz-Date ${value}`, 403);
  const [, y, mo, d, h, mi, s] = match;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
}
