import { readWebRequest, safeDecode, type WebRequest } from '../../../common/web-request.js';

const EXECUTE_API_HOST = /^([a-z0-9]+)\.execute-api(?:\.[a-z0-9-]+)*\.localhost(?::\d+)?$/i;
const USER_REQUEST_PATH = /^\/restapis\/([^/]+)\/([^/]+)\/_user_request_(\/.*)?$/;
const MAX_BODY = 10 * 1024 * 1024;

/** A client's request to an invoke URL, read whole (API Gateway payloads are at most 10 MB). */
export interface InboundRequest {
  apiId: string;
  stageName: string;
  method: string;
  /** The path after the stage, decoded (`/users/42`). */
  path: string;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Every header line as sent, names in their own case: REST APIs hand them on so to a proxy integration's function. */
  sentHeaders: Array<[name: string, value: string]>;
  body: Buffer;
  domainName: string;
  sourceIp: string;
}

/** Which API and stage an invoke URL names, in either form; undefined for the API Gateway API itself. */
export function invokeTarget(request: WebRequest): { apiId: string; stageName: string; rest: string } | undefined {
  const host = request.headers.host ?? '';
  const byHost = EXECUTE_API_HOST.exec(host);
  if (byHost) {
    const [, stageName = '', ...rest] = request.rawPath.split('/');
    return { apiId: byHost[1]!, stageName: decodeURIComponent(stageName), rest: `/${rest.join('/')}` };
  }
  const byPath = USER_REQUEST_PATH.exec(request.rawPath);
  if (byPath) return { apiId: byPath[1]!, stageName: decodeURIComponent(byPath[2]!), rest: byPath[3] ?? '/' };
  return undefined;
}

export async function readInbound(request: WebRequest, target: { apiId: string; stageName: string; rest: string }, sourceIp: string): Promise<InboundRequest> {
  const { headers, body, domainName } = await readWebRequest(request, MAX_BODY);
  return {
    apiId: target.apiId, stageName: target.stageName, method: request.method.toUpperCase(),
    path: safeDecode(target.rest), query: request.query, headers, sentHeaders: sentHeadersOf(request, headers), body, domainName, sourceIp,
  };
}

function sentHeadersOf(request: WebRequest, headers: Record<string, string>): Array<[string, string]> {
  const raw = request.rawHeaders;
  if (!raw) return Object.entries(headers);
  const sent: Array<[string, string]> = [];
  // HTTP/2 pseudo-headers (`:path`…) are not headers of the request.
  for (let i = 0; i + 1 < raw.length; i += 2) if (!raw[i]!.startsWith(':')) sent.push([raw[i]!, raw[i + 1]!]);
  return sent;
}
