import type { Collection } from '../../store/store.js';
import type { ParameterTier, ParameterType, Tag } from './api.generated.js';

/** One version of a parameter. SecureString values are stored sealed (base64), never in clear. */
export interface ParameterVersionRecord {
  version: number;
  value: string;
  type: ParameterType;
  keyId?: string;
  description?: string;
  allowedPattern?: string;
  tier: ParameterTier;
  policies?: string;
  dataType: string;
  labels: string[];
  lastModifiedDate: number;
  lastModifiedUser: string;
}

export interface ParameterRecord {
  account: string;
  region: string;
  name: string;
  versions: ParameterVersionRecord[];
  tags: Tag[];
}

export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export function parameters(source: Collections): Collection<ParameterRecord> {
  return source.collection<ParameterRecord>('ssm.parameters');
}

export function parameterKey(account: string, region: string, name: string): string {
  return `${account}/${region}/${name}`;
}

export function latest(parameter: ParameterRecord): ParameterVersionRecord {
  return parameter.versions[parameter.versions.length - 1]!;
}

export function parameterArn(account: string, region: string, name: string): string {
  return `arn:aws:ssm:${region}:${account}:parameter${name.startsWith('/') ? '' : '/'}${name}`;
}
