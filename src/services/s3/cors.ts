import { AwsError } from '../../common/aws-error.js';
import type { WebRequest, WebResponse } from '../../common/web-request.js';
import type * as Api from './api.generated.js';
import type { S3State } from './state.js';
import type { BucketSubresources } from './subresources.js';

const VARY = 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method';

/** Browsers' cross-origin access to a bucket: OPTIONS preflights and the headers of actual answers, from the bucket's CORS rules. */
export class BucketCors {
  constructor(
    private readonly state: S3State,
    private readonly configs: BucketSubresources,
  ) {}

  async preflight(request: WebRequest): Promise<WebResponse> {
    const origin = request.headers.origin;
    const method = request.headers['access-control-request-method'];
    if (!origin) throw badRequest('Insufficient information. Origin request header needed.');
    if (!method) throw badRequest(`Invalid Access-Control-Request-Method: ${method ?? 'null'}`);
    const { bucket, key } = addressOf(request.rawPath);
    const resourceType = key ? 'OBJECT' : 'BUCKET';
    const rules = bucket && (await this.state.buckets().get(bucket)) ? await this.rulesOf(bucket) : undefined;
    if (!rules) throw forbidden('CORSResponse: CORS is not enabled for this bucket.', method, resourceType);
    const requested = (request.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean);
    const rule = rules.find((candidate) => allows(candidate, origin, method) && requested.every((name) => (candidate.AllowedHeaders ?? []).some((allowed) => wildcardMatch(allowed.toLowerCase(), name))));
    if (!rule) {
      throw forbidden(
        "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
        method,
        resourceType,
      );
    }
    const headers = grantedHeaders(rule, origin);
    if (requested.length) headers['access-control-allow-headers'] = requested.join(', ');
    return { status: 200, headers };
  }

  /** The headers of an actual cross-origin answer: those of the first rule that allows its origin and method. */
  async responseHeaders(request: WebRequest): Promise<Record<string, string>> {
    const origin = request.headers.origin!;
    const { bucket } = addressOf(request.rawPath);
    if (!bucket || request.method === 'OPTIONS') return {};
    const rules = await this.rulesOf(bucket);
    const rule = rules?.find((candidate) => allows(candidate, origin, request.method));
    return rule ? grantedHeaders(rule, origin) : {};
  }

  private async rulesOf(bucket: string): Promise<Api.CORSRule[] | undefined> {
    return (await this.configs.get<Api.CORSConfiguration>(bucket, 'cors'))?.CORSRules;
  }
}

/** The bucket and key of a path-style path. */
export function addressOf(rawPath: string): { bucket?: string; key?: string } {
  const [, bucket, ...rest] = rawPath.split('/');
  const key = rest.join('/');
  return { bucket: bucket ? decodeURIComponent(bucket) : undefined, key: key ? decodeURIComponent(key) : undefined };
}

function allows(rule: Api.CORSRule, origin: string, method: string): boolean {
  return rule.AllowedMethods.includes(method) && rule.AllowedOrigins.some((allowed) => wildcardMatch(allowed, origin));
}

function grantedHeaders(rule: Api.CORSRule, origin: string): Record<string, string> {
  const anyOrigin = rule.AllowedOrigins.includes('*');
  const headers: Record<string, string> = {
    'access-control-allow-origin': anyOrigin ? '*' : origin,
    'access-control-allow-methods': rule.AllowedMethods.join(', '),
    vary: VARY,
  };
  if (!anyOrigin) headers['access-control-allow-credentials'] = 'true';
  if (rule.ExposeHeaders?.length) headers['access-control-expose-headers'] = rule.ExposeHeaders.join(', ');
  if (rule.MaxAgeSeconds !== undefined) headers['access-control-max-age'] = String(rule.MaxAgeSeconds);
  return headers;
}

/** CORS patterns hold at most one `*`, which stands for any run of characters. */
function wildcardMatch(pattern: string, value: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === value;
  const head = pattern.slice(0, star);
  const tail = pattern.slice(star + 1);
  return value.length >= head.length + tail.length && value.startsWith(head) && value.endsWith(tail);
}

function badRequest(message: string): AwsError {
  return new AwsError('BadRequest', message, 400);
}

function forbidden(message: string, method: string, resourceType: string): AwsError {
  return new AwsError('AccessForbidden', message, 403, { fields: { Method: method, ResourceType: resourceType } });
}
