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

const S3_HOST = /^(?:(.+)\.)?s3(?:[.-]([a-z0-9-]+))?\.localhost(?:\.localstack\.cloud)?$/;
const SERVICE_HOST = /^([a-z0-9-]+)\.([a-z]{2}(?:-[a-z]+)+-\d)\.localhost$/;
const QUEUE_PATH = /^\/\d{12}\/[^/]+$/;
const RPC_V2_PATH = /^\/service\/([^/]+)\/operation\/[^/]+$/;

/**
 * Which service a request is for, in the order DESIGN.md gives: the SigV4 credential scope,
 * `X-Amz-Target`, path rules, host rules, then a query form's `Action` and `Version`.
 */
export function identifyService(request: HttpRequest, scope: SignatureScope | undefined, form: URLSearchParams | undefined): ServiceMatch | undefined {
  indexes ??= buildIndexes();
  const host = (header(request, 'host') ?? '').replace(/:\d+$/, '').toLowerCase();
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

  if (s3Host) return { service: 's3', hostBucket, hostRegion };
  if (serviceHost && indexes.catalog[serviceHost[1]!]) return { service: serviceHost[1]!, protocol, hostRegion };

  const version = form?.get('Version');
  if (form?.has('Action') && version && indexes.byQueryVersion.has(version)) {
    return { service: indexes.byQueryVersion.get(version)!, protocol, hostRegion };
  }
  return undefined;
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
