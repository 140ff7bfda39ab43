import type { CallContext } from '../../common/call-context.js';
import type { ResolvedPrincipal } from '../../common/policy/identity.js';
import type { ServiceDeps } from '../service-deps.js';
import { findPolicy } from './policy-store.js';
import { accessKeys, entityKey, groups, roles, sessions, users, type Collections, type PrincipalEntity, type SessionRecord } from './state.js';

type PolicySource = ResolvedPrincipal['identityPolicies'][number];

/** What a root account may do, for sessions made from root credentials. */
const ROOT_POLICY: PolicySource = { id: 'root', type: 'root', document: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) };

/**
 * Who an access key belongs to, with everything authorization needs: its account, ARN and unique
 * id, secret, the policies of the user (and its groups) or role, boundary, session policies and
 * tags. Undefined for keys IAM never issued.
 */
export async function resolvePrincipal(source: Collections, accessKeyId: string): Promise<(ResolvedPrincipal & { inactive?: boolean }) | undefined> {
  const key = await accessKeys(source).get(accessKeyId);
  if (key) {
    const base = key.userName ? await userPrincipal(source, key.account, key.userName) : rootPrincipal(key.account);
    return base && { ...base, secret: key.secretAccessKey, inactive: key.status === 'Inactive' || undefined };
  }
  const session = await sessions(source).get(accessKeyId);
  return session && sessionPrincipal(source, session);
}

/** The caller of an IAM operation: an IAM principal, or the root of the account for keys IAM does not know. */
export async function callerOf(deps: ServiceDeps, context: CallContext): Promise<ResolvedPrincipal> {
  return (await resolvePrincipal(deps.store, context.accessKeyId)) ?? { ...rootPrincipal(context.account), secret: '' };
}

export function rootPrincipal(account: string): Omit<ResolvedPrincipal, 'secret'> {
  return { kind: 'root', account, arn: `arn:aws:iam::${account}:root`, userId: account, identityPolicies: [], tags: {} };
}

async function userPrincipal(source: Collections, account: string, name: string): Promise<Omit<ResolvedPrincipal, 'secret'> | undefined> {
  const user = await users(source).get(entityKey(account, name));
  if (!user) return undefined;
  const identityPolicies = await policiesOf(source, user, 'user');
  for (const groupName of user.groups) {
    const group = await groups(source).get(entityKey(account, groupName));
    if (group) identityPolicies.push(...(await policiesOf(source, group, 'group')));
  }
  return {
    kind: 'user',
    account,
    arn: user.arn,
    userId: user.id,
    userName: user.name,
    identityPolicies,
    boundary: await boundaryOf(source, user),
    tags: Object.fromEntries(user.tags.map((tag) => [tag.Key, tag.Value])),
  };
}

async function sessionPrincipal(source: Collections, session: SessionRecord): Promise<ResolvedPrincipal> {
  const temporary = { secret: session.secretAccessKey, sessionToken: session.sessionToken, expiration: session.expiration, issuedAt: session.issuedAt };
  if (session.kind === 'session') {
    const base = session.userName ? await userPrincipal(source, session.account, session.userName) : rootPrincipal(session.account);
    return { ...(base ?? rootPrincipal(session.account)), ...temporary };
  }
  if (session.kind === 'federated-user') {
    // The user's (or, for root, every) permission, narrowed by the session policies; aws:username is not the user's.
    const base = (session.userName ? await userPrincipal(source, session.account, session.userName) : undefined) ?? { ...rootPrincipal(session.account), identityPolicies: [ROOT_POLICY] };
    return {
      ...base, kind: 'federated-user', arn: session.arn, userId: session.userId, userName: undefined,
      sessionPolicies: session.sessionPolicies, tags: { ...base.tags, ...session.sessionTags }, ...temporary,
    };
  }
  const role = session.roleName ? await roles(source).get(entityKey(session.account, session.roleName)) : undefined;
  return {
    kind: session.kind,
    account: session.account,
    arn: session.arn,
    userId: session.userId,
    roleArn: role?.arn,
    identityPolicies: role ? await policiesOf(source, role, 'role') : [],
    boundary: role ? await boundaryOf(source, role) : undefined,
    sessionPolicies: session.sessionPolicies.length ? session.sessionPolicies : undefined,
    tags: { ...Object.fromEntries((role?.tags ?? []).map((tag) => [tag.Key, tag.Value])), ...session.sessionTags },
    ...temporary,
  };
}

/** Inline policies, then attached managed policies (their default versions). */
export async function policiesOf(source: Collections, entity: PrincipalEntity, kind: 'user' | 'group' | 'role'): Promise<PolicySource[]> {
  const found: PolicySource[] = Object.entries(entity.inline).map(([name, document]) => ({ id: name, type: kind, document }));
  for (const arn of entity.attached) {
    const policy = await findPolicy(source, arn);
    if (policy) found.push({ id: arn, type: policy.record ? 'user-managed' : 'aws-managed', document: policy.defaultDocument });
  }
  return found;
}

async function boundaryOf(source: Collections, entity: PrincipalEntity): Promise<ResolvedPrincipal['boundary']> {
  if (!entity.permissionsBoundary) return undefined;
  const policy = await findPolicy(source, entity.permissionsBoundary);
  return policy && { id: policy.arn, document: policy.defaultDocument };
}
