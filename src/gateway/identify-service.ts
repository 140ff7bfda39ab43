import { header, type HttpRequest } from '../protocol/http-message.js';
import { loadCatalog, type CatalogEntry, type ProtocolName } from '../protocol/model.js';
import type { SignatureScope } from './credentials.js';

export interface ServiceMatch {
  service: string;
  /** Set when the request itself says which of the service's protocols it speaks. */
  protocol?: ProtocolName;
  /** S3 virtual-hosted style: the bucket named by the host. */
  hostBucket?: string;
  /** The region a host name carries (`sqs.<region>.localhost`). */
  hostRegion?: string;
  /** Addressed to S3's website endpoint: served as pages, not as the API; `base` is the browser's path before the bucket's. */
  website?: { base: string };
  /** The path to serve instead of the one sent (the website path form names its bucket). */
  rewrittenPath?: string;
}

interface Indexes {
  bySigningName: Map<string, string[]>;
  byTargetPrefix: Map<string, string>;
  byQueryVersion: Map<string, string>;
  catalog: Record<string, CatalogEntry>;
}

let indexes: Indexes | undefined;

function buildIndexes(): Indexes {
  const catalog = loadCatalog();
  const bySigningName = new Map<string, string[]>();
  const byTargetPrefix = new Map<string, string>();
  const byQueryVersion = new Map<string, string>();
  for (const [service, entry] of Object.entries(catalog)) {
    bySigningName.set(entry.signingName, [...(bySigningName.get(entry.signingName) ?? []), service]);
    if (entry.targetPrefix) byTargetPrefix.set(entry.targetPrefix, service);
    if (entry.protocols.includes('query') || entry.protocols.includes('ec2')) byQueryVersion.set(entry.apiVersion, service);
  }
  return { bySigningName, byTargetPrefix, byQueryVersion, catalog };
}

const S3_WEBSITE_HOST = /^(.+)\.s3-website(?:[.-]([a-z]{2}(?:-[a-z]+)+-\d))?\.localhost$/;
const S3_WEBSITE_PATH = /^\/_nimbus\/s3-website\/([^/]+)(\/.*)?$/;
const S3_HOST = /^(?:(.+)\.)?s3(?:[.-]([a-z0-9-]+))?\.localhost(?:\.localstack\.cloud)?$/;
const SERVICE_HOST = /^([a-z0-9-]+)\.([a-z]{2}(?:-[a-z]+)+-\d)\.localhost$/;
const QUEUE_PATH = /^\/\d{12}\/[^/]+$/;
const RPC_V2_PATH = /^\/service\/([^/]+)\/operation\/[^/]+$/;
const EXECUTE_API_HOST = /^[a-z0-9]+\.execute-api(?:\.[a-z0-9-]+)*\.localhost$/;
const EXECUTE_API_PATH = /^\/restapis\/[^/]+\/[^/]+\/_user_request_(?:\/|$)/;
const LAMBDA_URL_HOST = /^[a-z0-9]+\.lambda-url\.[a-z0-9-]+\.localhost$/;

/**
 * Which service a request is for, in the order DESIGN.md gives: the SigV4 credential scope,
 * `X-Amz-Target`, path rules, host rules, then a query form's `Action` and `Version`.
 */
export function identifyService(request: HttpRequest, scope: SignatureScope | undefined, form: URLSearchParams | undefined): ServiceMatch | undefined {
  indexes ??= buildIndexes();
  const host = (header(request, 'host') ?? '').replace(/:\d+$/, '').toLowerCase();
  const website = websiteMatch(request, host);
  if (website) return website;
  const s3Host = S3_HOST.exec(host);
  const hostBucket = s3Host?.[1];
  const serviceHost = SERVICE_HOST.exec(host);
  const hostRegion = s3Host?.[2] ?? serviceHost?.[2];
  const target = header(request, 'x-amz-target');
  const protocol = protocolOf(request, target);

  const fromScope = scope && byScope(scope.service, request, target);
  if (fromScope) return { service: fromScope, protocol, hostBucket: fromScope === 's3' ? hostBucket : undefined, hostRegion };

  if (target) {
    const service = indexes.byTargetPrefix.get(target.slice(0, target.lastIndexOf('.')));
    if (service) return { service, protocol, hostRegion };
  }
  const rpc = RPC_V2_PATH.exec(request.rawPath);
  if (rpc && indexes.byTargetPrefix.has(rpc[1]!)) return { service: indexes.byTargetPrefix.get(rpc[1]!)!, protocol, hostRegion };
  if (form?.has('Action') && QUEUE_PATH.test(request.rawPath)) return { service: 'sqs', protocol: 'query', hostRegion };
  // API Gateway's invoke endpoints: unsigned, or signed for execute-api, which no model is named after.
  if (EXECUTE_API_PATH.test(request.rawPath) || EXECUTE_API_HOST.test(host)) return { service: 'apigateway', hostRegion };
  if (LAMBDA_URL_HOST.test(host)) return { service: 'lambda', hostRegion };

  if (s3Host) return { service: 's3', hostBucket, hostRegion };
  if (serviceHost && indexes.catalog[serviceHost[1]!]) return { service: serviceHost[1]!, protocol, hostRegion };
  if (isBrowserUpload(request) || isPreflight(request) || isSigV2Presigned(request)) return { service: 's3', hostRegion };

  const version = form?.get('Version');
  if (form?.has('Action') && version && indexes.byQueryVersion.has(version)) {
    return { service: indexes.byQueryVersion.get(version)!, protocol, hostRegion };
  }
  return undefined;
}

/** S3 website endpoints: `<bucket>.s3-website[-.<region>].localhost`, or the path form `/_nimbus/s3-website/<bucket>/…`. */
function websiteMatch(request: HttpRequest, host: string): ServiceMatch | undefined {
  const byHost = S3_WEBSITE_HOST.exec(host);
  if (byHost) return { service: 's3', hostBucket: byHost[1], hostRegion: byHost[2], website: { base: '' } };
  const byPath = S3_WEBSITE_PATH.exec(request.rawPath);
  if (byPath) return { service: 's3', website: { base: `/_nimbus/s3-website/${byPath[1]}` }, rewrittenPath: `/${byPath[1]}${byPath[2] ?? '/'}` };
  return undefined;
}

/** Whether a path under `/_nimbus/` belongs to a service rather than to Nimbus itself. */
export function isServicePath(path: string): boolean {
  return S3_WEBSITE_PATH.test(path);
}

/** An HTML form's upload (S3 POST Object) carries its signature in the form, not in a header. */
function isBrowserUpload(request: HttpRequest): boolean {
  return request.method === 'POST' && (header(request, 'content-type') ?? '').startsWith('multipart/form-data');
}

/** A SigV2 query-string presigned link (`aws s3 presign` in us-east-1): S3 alone still takes them. */
export function isSigV2Presigned(request: HttpRequest): boolean {
  return request.query.has('AWSAccessKeyId') && request.query.has('Signature') && request.query.has('Expires') && !request.query.has('Action');
}

/** A browser's CORS preflight at the bare endpoint asks S3, the one service addressed there by path. */
function isPreflight(request: HttpRequest): boolean {
  return request.method === 'OPTIONS';
}

function byScope(signingName: string, request: HttpRequest, target: string | undefined): string | undefined {
  const candidates = indexes!.bySigningName.get(signingName) ?? (indexes!.catalog[signingName] ? [signingName] : []);
  if (candidates.length <= 1) return candidates[0];
  if (target) {
    const byTarget = indexes!.byTargetPrefix.get(target.slice(0, target.lastIndexOf('.')));
    if (byTarget && candidates.includes(byTarget)) return byTarget;
  }
  // API Gateway's two APIs share a signing name; HTTP APIs live under /v2/.
  if (signingName === 'apigateway') return request.rawPath.startsWith('/v2/') ? 'apigatewayv2' : 'apigateway';
  return candidates[0];
}

/** The protocol a request declares by its headers, for services served in several. */
function protocolOf(request: HttpRequest, target: string | undefined): ProtocolName | undefined {
  if (header(request, 'smithy-protocol') === 'rpc-v2-cbor') return 'smithy-rpc-v2-cbor';
  const type = header(request, 'content-type') ?? '';
  if (target || type.startsWith('application/x-amz-json')) return 'json';
  if (type.startsWith('application/x-www-form-urlencoded')) return 'query';
  return undefined;
}
