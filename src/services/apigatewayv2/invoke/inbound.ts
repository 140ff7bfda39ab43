import { readWebRequest, type WebRequest } from '../../../common/web-request.js';

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
  const { headers, body, domainName } = await readWebRequest(request, MAX_BODY);
  return {
    apiId, method: request.method.toUpperCase(), rawPath: request.rawPath, rawQueryString: request.query.toString(), query: request.query,
    headers, body, domainName, sourceIp,
  };
}
