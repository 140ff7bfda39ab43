import type { Collection } from '../../store/store.js';

/** A layer as a function configuration refers to it. */
export interface LayerRef {
  arn: string;
  codeSize: number;
  blobId: string;
}

/** Code and configuration: what `$LATEST` holds and what PublishVersion freezes. */
export interface FunctionSnapshot {
  runtime: string;
  role: string;
  handler: string;
  description: string;
  timeout: number;
  memorySize: number;
  variables?: Record<string, string>;
  layers: LayerRef[];
  deadLetterTargetArn?: string;
  architectures: string[];
  ephemeralStorageSize: number;
  tracingMode: string;
  codeBlob: string;
  /** Base64 SHA-256 of the deployment package, as Lambda reports it. */
  codeSha256: string;
  codeSize: number;
  /** Epoch milliseconds. */
  lastModified: number;
  revisionId: string;
  /** Created: `State` is Pending until this clock time. */
  activeAt: number;
  /** Updated: `LastUpdateStatus` is InProgress until this clock time. */
  updatedAt?: number;
}

export interface EventInvokeConfigRecord {
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  onSuccess?: string;
  onFailure?: string;
  lastModified: number;
}

export interface ProvisionedConcurrencyRecord {
  requested: number;
  /** Epoch milliseconds. */
  lastModified: number;
  /** `Status` is IN_PROGRESS until this clock time, then READY. */
  readyAt: number;
}

/** One `Statement` of a function's resource-based policy. */
export type PolicyStatement = Record<string, unknown> & { Sid: string };

export interface FunctionRecord {
  account: string;
  region: string;
  name: string;
  latest: FunctionSnapshot;
  tags: Record<string, string>;
  /** By qualifier; the unqualified function's policy under ''. */
  policies: Record<string, PolicyStatement[]>;
  reservedConcurrency?: number;
  /** By qualifier ($LATEST, a version or an alias). */
  eventInvokeConfigs: Record<string, EventInvokeConfigRecord>;
  /** By qualifier (a version or an alias). */
  provisionedConcurrency?: Record<string, ProvisionedConcurrencyRecord>;
  lastPublished: number;
}

export interface VersionRecord {
  version: string;
  snapshot: FunctionSnapshot;
  /** The `$LATEST` revision it was published from: publishing an unchanged function returns this version again. */
  fromRevision: string;
}

export interface AliasRecord {
  name: string;
  functionVersion: string;
  description: string;
  additionalVersionWeights?: Record<string, number>;
  revisionId: string;
}

export interface LayerVersionRecord {
  account: string;
  region: string;
  layerName: string;
  version: number;
  description: string;
  blobId: string;
  codeSha256: string;
  codeSize: number;
  compatibleRuntimes?: string[];
  compatibleArchitectures?: string[];
  licenseInfo?: string;
  createdDate: number;
}

/** An asynchronous invocation waiting in Lambda's own event queue. */
export interface QueuedEvent {
  functionArn: string;
  qualifier?: string;
  payload: string;
  requestId: string;
  endpoint?: string;
  attempts: number;
  enqueuedAt: number;
  dueAt: number;
}

export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export const functions = (source: Collections) => source.collection<FunctionRecord>('lambda.functions');
export const versions = (source: Collections) => source.collection<VersionRecord>('lambda.versions');
export const aliases = (source: Collections) => source.collection<AliasRecord>('lambda.aliases');
export const layerVersions = (source: Collections) => source.collection<LayerVersionRecord>('lambda.layer-versions');
export const eventQueue = (source: Collections) => source.collection<QueuedEvent>('lambda.event-queue');

/** The function without what it kept for one version or alias: for when that qualifier is deleted. */
export function withoutQualifier(fn: FunctionRecord, qualifier: string): FunctionRecord {
  const { [qualifier]: _config, ...eventInvokeConfigs } = fn.eventInvokeConfigs;
  const { [qualifier]: _provisioned, ...provisionedConcurrency } = fn.provisionedConcurrency ?? {};
  const { [qualifier]: _policy, ...policies } = fn.policies;
  return { ...fn, eventInvokeConfigs, provisionedConcurrency, policies };
}

export const functionKey = (ref: { account: string; region: string; name: string }) => `${ref.account}/${ref.region}/${ref.name}`;
export const functionsPrefix = (account: string, region: string) => `${account}/${region}/`;
/** Versions sort numerically under their function. */
export const versionKey = (ref: { account: string; region: string; name: string }, version: number | string) =>
  `${functionKey(ref)}/${String(version).padStart(10, '0')}`;
export const aliasKey = (ref: { account: string; region: string; name: string }, alias: string) => `${functionKey(ref)}/${alias}`;
export const layerVersionKey = (account: string, region: string, layerName: string, version: number) =>
  `${account}/${region}/${layerName}/${String(version).padStart(10, '0')}`;
