import type { Collection } from '../../store/store.js';
import type { GrantConstraints, GrantOperation, KeySpec, KeyState, KeyUsageType, Tag } from './api.generated.js';

/** A KMS key as stored. Key material never leaves the service except as a public key. */
export interface KeyRecord {
  account: string;
  region: string;
  keyId: string;
  arn: string;
  description: string;
  keyUsage: KeyUsageType;
  keySpec: KeySpec;
  keyState: KeyState;
  keyManager: 'CUSTOMER' | 'AWS';
  creationDate: number;
  /** When PendingDeletion ends; the key is gone once the clock passes it. */
  deletionDate?: number;
  pendingWindowInDays?: number;
  /** base64 of the secret bytes (symmetric, HMAC) or PKCS#8 DER of the private key (RSA, ECC). */
  material: string;
  /** SubjectPublicKeyInfo DER, base64, for asymmetric keys. */
  publicKey?: string;
  policy: string;
  tags: Tag[];
  rotationEnabled: boolean;
  rotationPeriodInDays?: number;
  multiRegion: boolean;
}

export interface AliasRecord {
  aliasName: string;
  aliasArn: string;
  targetKeyId: string;
  creationDate: number;
  lastUpdatedDate: number;
}

/** A grant, stored under its key (`account/region/keyId/grantId`). */
export interface GrantRecord {
  keyArn: string;
  grantId: string;
  name?: string;
  creationDate: number;
  granteePrincipal: string;
  retiringPrincipal?: string;
  issuingAccount: string;
  operations: GrantOperation[];
  constraints?: GrantConstraints;
}

export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export function keys(source: Collections): Collection<KeyRecord> {
  return source.collection<KeyRecord>('kms.keys');
}

export function aliases(source: Collections): Collection<AliasRecord> {
  return source.collection<AliasRecord>('kms.aliases');
}

export function grants(source: Collections): Collection<GrantRecord> {
  return source.collection<GrantRecord>('kms.grants');
}

export function scopedKey(account: string, region: string, id: string): string {
  return `${account}/${region}/${id}`;
}

export function defaultKeyPolicy(account: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
  }, null, 2);
}
