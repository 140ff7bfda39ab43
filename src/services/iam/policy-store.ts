import { awsManagedPolicy } from './aws-managed.js';
import { entities, type EntityKind } from './entities.js';
import { noSuchEntity } from './errors.js';
import { accountPrefix, entityKey, policies, type Collections, type ManagedPolicyRecord, type PrincipalEntity } from './state.js';

/** A managed policy as attachments see it: a customer's own (stored) or one of AWS's. */
export interface AttachablePolicy {
  arn: string;
  name: string;
  path: string;
  defaultDocument: string;
  record?: ManagedPolicyRecord;
}

const notAttachable = (arn: string) => noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);

export function policyKeyOf(arn: string): string | undefined {
  const match = /^arn:aws:iam::(\d{12}):policy\/(?:.*\/)?([^/]+)$/.exec(arn);
  return match ? entityKey(match[1]!, match[2]!) : undefined;
}

export async function findPolicy(source: Collections, arn: string): Promise<AttachablePolicy | undefined> {
  const managed = awsManagedPolicy(arn);
  if (managed) return { arn, name: managed.name, path: managed.path, defaultDocument: managed.document };
  const key = policyKeyOf(arn);
  const record = key ? await policies(source).get(key) : undefined;
  if (!record || record.arn !== arn) return undefined;
  const document = record.versions.find((version) => version.versionId === record.defaultVersionId)!.document;
  return { arn, name: record.name, path: record.path, defaultDocument: document, record };
}

export async function loadPolicy(source: Collections, arn: string): Promise<AttachablePolicy> {
  const policy = await findPolicy(source, arn);
  if (!policy) throw notAttachable(arn);
  return policy;
}

/** Customer managed policies are the caller's account's own; AWS's are read-only. */
export async function loadOwnPolicy(source: Collections, arn: string, account: string): Promise<ManagedPolicyRecord> {
  const policy = await findPolicy(source, arn);
  if (!policy?.record || policy.record.account !== account) throw noSuchEntity(`Policy ${arn} was not found.`);
  return policy.record;
}

/** Who a policy is attached to (as a permissions policy) and whose boundary it is. */
export async function policyUsage(source: Collections, account: string, arn: string): Promise<{ attached: Array<[EntityKind, PrincipalEntity]>; boundaries: Array<[EntityKind, PrincipalEntity]> }> {
  const attached: Array<[EntityKind, PrincipalEntity]> = [];
  const boundaries: Array<[EntityKind, PrincipalEntity]> = [];
  for (const kind of ['group', 'user', 'role'] as const) {
    for (const { value } of await entities(source, kind).list({ prefix: accountPrefix(account) })) {
      if (value.attached.includes(arn)) attached.push([kind, value]);
      if (value.permissionsBoundary === arn) boundaries.push([kind, value]);
    }
  }
  return { attached, boundaries };
}
