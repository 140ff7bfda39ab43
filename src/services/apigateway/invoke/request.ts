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
    path: safeDecode(target.rest), query: request.query, headers, body, domainName, sourceIp,
  };
}
