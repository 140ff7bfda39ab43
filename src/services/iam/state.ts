import type { Collection } from '../../store/store.js';
import type { Tag } from './api.generated.js';

/** What users, groups and roles share: a path, an id, inline and attached policies. */
export interface PrincipalEntity {
  account: string;
  name: string;
  id: string;
  path: string;
  arn: string;
  createDate: number;
  tags: Tag[];
  /** Inline policies by name, documents as written. */
  inline: Record<string, string>;
  /** Attached managed policies' ARNs, in attach order. */
  attached: string[];
  permissionsBoundary?: string;
}

export interface UserRecord extends PrincipalEntity {
  /** Names of the groups the user belongs to. */
  groups: string[];
}

export type GroupRecord = PrincipalEntity;

export interface RoleRecord extends PrincipalEntity {
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  /** Service-linked roles can only be deleted through DeleteServiceLinkedRole. */
  serviceLinked?: boolean;
}

export interface PolicyVersionRecord {
  versionId: string;
  document: string;
  createDate: number;
}

export interface ManagedPolicyRecord {
  account: string;
  name: string;
  id: string;
  path: string;
  arn: string;
  description?: string;
  createDate: number;
  updateDate: number;
  defaultVersionId: string;
  versions: PolicyVersionRecord[];
  nextVersion: number;
  tags: Tag[];
}

export interface AccessKeyRecord {
  account: string;
  /** Absent for the account root's own keys. */
  userName?: string;
  accessKeyId: string;
  secretAccessKey: string;
  status: 'Active' | 'Inactive' | 'Expired';
  createDate: number;
}

export interface InstanceProfileRecord {
  account: string;
  name: string;
  id: string;
  path: string;
  arn: string;
  createDate: number;
  roles: string[];
  tags: Tag[];
}

/** Temporary credentials STS issued, kept by IAM so one resolver answers for every key. */
export interface SessionRecord {
  account: string;
  kind: 'assumed-role' | 'federated-user' | 'session';
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: number;
  issuedAt: number;
  arn: string;
  userId: string;
  roleName?: string;
  /** GetSessionToken and GetFederationToken: the user (or root) whose permissions the session carries. */
  userName?: string;
  sessionPolicies: string[];
  sessionTags: Record<string, string>;
}

export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export const users = (source: Collections) => source.collection<UserRecord>('iam.users');
export const groups = (source: Collections) => source.collection<GroupRecord>('iam.groups');
export const roles = (source: Collections) => source.collection<RoleRecord>('iam.roles');
export const policies = (source: Collections) => source.collection<ManagedPolicyRecord>('iam.policies');
export const instanceProfiles = (source: Collections) => source.collection<InstanceProfileRecord>('iam.instance-profiles');
/** Keyed by access key id alone: a key names its account. */
export const accessKeys = (source: Collections) => source.collection<AccessKeyRecord>('iam.access-keys');
export const sessions = (source: Collections) => source.collection<SessionRecord>('iam.sessions');

/** IAM names are unique per account regardless of case, and found regardless of case. */
export function entityKey(account: string, name: string): string {
  return `${account}/${name.toLowerCase()}`;
}

export function accountPrefix(account: string): string {
  return `${account}/`;
}
