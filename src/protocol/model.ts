import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../common/package-root.js';

/** C2J service model types: the subset of the AWS model format the codecs read. */
export interface ServiceModel {
  metadata: ServiceMetadata;
  operations: Record<string, OperationModel>;
  shapes: Record<string, Shape>;
}

export interface ServiceMetadata {
  apiVersion: string;
  endpointPrefix: string;
  protocol: string;
  protocols?: string[];
  jsonVersion?: string;
  targetPrefix?: string;
  signingName?: string;
  serviceId: string;
  xmlNamespace?: string;
  awsQueryCompatible?: Record<string, never>;
}

export interface OperationModel {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: ShapeRef;
  output?: ShapeRef & { resultWrapper?: string };
  errors?: ShapeRef[];
  httpChecksum?: { requestChecksumRequired?: boolean; requestAlgorithmMember?: string };
  /** Replaced by a newer operation, which may share its HTTP binding (S3's PutBucketNotification). */
  deprecated?: boolean;
}

export type Location = 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode';

export interface ShapeRef {
  shape: string;
  location?: Location;
  locationName?: string;
  queryName?: string;
  flattened?: boolean;
  xmlNamespace?: { prefix?: string; uri: string };
  xmlAttribute?: boolean;
  timestampFormat?: TimestampFormat;
  jsonvalue?: boolean;
  streaming?: boolean;
  idempotencyToken?: boolean;
  hostLabel?: boolean;
  eventpayload?: boolean;
  eventheader?: boolean;
}

export type TimestampFormat = 'iso8601' | 'rfc822' | 'unixTimestamp';

export type ShapeType =
  | 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'float' | 'double'
  | 'boolean' | 'timestamp' | 'blob' | 'bigdecimal' | 'biginteger' | 'byte' | 'short';

export interface Shape {
  type: ShapeType;
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  enum?: string[];
  min?: number;
  max?: number;
  pattern?: string;
  flattened?: boolean;
  payload?: string;
  locationName?: string;
  xmlNamespace?: { prefix?: string; uri: string };
  timestampFormat?: TimestampFormat;
  streaming?: boolean;
  requiresLength?: boolean;
  exception?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  event?: boolean;
  eventstream?: boolean;
  union?: boolean;
  document?: boolean;
  sensitive?: boolean;
}

export type ProtocolName = 'query' | 'ec2' | 'json' | 'rest-json' | 'rest-xml' | 'smithy-rpc-v2-cbor';

/** What `models/index.json` says of each service: enough to identify it without loading the model. */
export interface CatalogEntry {
  apiVersion: string;
  protocols: ProtocolName[];
  signingName: string;
  endpointPrefix: string;
  targetPrefix?: string;
  serviceId: string;
  operations: number;
}

const loaded = new Map<string, ServiceModel>();
let catalog: Record<string, CatalogEntry> | undefined;

/** Loads a service model on first use; models are large, so nothing is read until a service is called. */
export function loadModel(service: string): ServiceModel {
  let model = loaded.get(service);
  if (!model) {
    model = JSON.parse(readFileSync(join(packageRoot(), 'models', `${service}.json`), 'utf8')) as ServiceModel;
    loaded.set(service, model);
  }
  return model;
}

export function loadCatalog(): Record<string, CatalogEntry> {
  catalog ??= JSON.parse(readFileSync(join(packageRoot(), 'models', 'index.json'), 'utf8')) as Record<string, CatalogEntry>;
  return catalog;
}

export function shapeOf(model: ServiceModel, ref: ShapeRef): Shape {
  const shape = model.shapes[ref.shape];
  if (!shape) throw new Error(`model ${model.metadata.serviceId} has no shape ${ref.shape}`);
  return shape;
}
