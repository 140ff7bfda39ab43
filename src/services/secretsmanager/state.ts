import type { Collection } from '../../store/store.js';
import type { ReplicaRegionType, RotationRulesType, Tag } from './api.generated.js';

/** One version of a secret's value; binary values as base64, since records are JSON. */
export interface VersionRecord {
  versionId: string;
  stages: string[];
  secretString?: string;
  secretBinary?: string;
  createdDate: number;
  lastAccessedDate?: number;
}

export interface RotationRecord {
  enabled: boolean;
  lambdaArn?: string;
  rules?: RotationRulesType;
  lastRotatedDate?: number;
  /** The end of the next rotation window, as DescribeSecret reports it. */
  nextRotationDate?: number;
  /** When the next rotation window opens: Nimbus rotates then. */
  nextWindowStart?: number;
}

export interface SecretRecord {
  account: string;
  region: string;
  arn: string;
  name: string;
  description?: string;
  kmsKeyId?: string;
  type?: string;
  tags: Tag[];
  createdDate: number;
  lastChangedDate: number;
  lastAccessedDate?: number;
  /** Set while the secret waits for deletion; `deletionDate` is when it goes for good. */
  deletedDate?: number;
  deletionDate?: number;
  versions: Record<string, VersionRecord>;
  rotation: RotationRecord;
  resourcePolicy?: string;
  replicas: ReplicaRegionType[];
}

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export function secrets(source: Collections): Collection<SecretRecord> {
  return source.collection<SecretRecord>('secretsmanager.secrets');
}

export function secretKey(account: string, region: string, name: string): string {
  return `${account}/${region}/${name}`;
}

export const AWSCURRENT = 'AWSCURRENT';
export const AWSPREVIOUS = 'AWSPREVIOUS';
export const AWSPENDING = 'AWSPENDING';

/** The version holding `stage`, if any. */
export function versionWithStage(secret: SecretRecord, stage: string): VersionRecord | undefined {
  return Object.values(secret.versions).find((version) => version.stages.includes(stage));
}

/** Days as AWS reports access dates: truncated to midnight UTC. */
export function dayOf(epochMs: number): number {
  return epochMs - (epochMs % 86_400_000);
}
