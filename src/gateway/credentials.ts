import { header, type HttpRequest } from '../protocol/http-message.js';

/** What a SigV4 signature says about the caller, from the Authorization header or a presigned URL. */
export interface SignatureScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  presigned: boolean;
}

const AUTH_HEADER = /^AWS4-HMAC-SHA256\s+Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request,\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]+)/;

export function signatureScope(request: HttpRequest): SignatureScope | undefined {
  const authorization = header(request, 'authorization');
  if (authorization) {
    const match = AUTH_HEADER.exec(authorization);
    if (!match) return undefined;
    const [, accessKeyId, date, region, service, signedHeaders, signature] = match;
    return { accessKeyId: accessKeyId!, date: date!, region: region!, service: service!, signedHeaders: signedHeaders!.split(';'), signature: signature!, presigned: false };
  }
  const credential = request.query.get('X-Amz-Credential');
  if (!credential) return undefined;
  const [accessKeyId, date, region, service] = credential.split('/');
  if (!accessKeyId || !date || !region || !service) return undefined;
  return {
    accessKeyId,
    date,
    region,
    service,
    signedHeaders: (request.query.get('X-Amz-SignedHeaders') ?? 'host').split(';'),
    signature: request.query.get('X-Amz-Signature') ?? '',
    presigned: true,
  };
}

const DEFAULT_ACCOUNT = '000000000000';

/** A 12-digit access key id is its own account; every other key belongs to the default account. */
export function accountOf(accessKeyId: string | undefined): string {
  return accessKeyId && /^\d{12}$/.test(accessKeyId) ? accessKeyId : DEFAULT_ACCOUNT;
}
