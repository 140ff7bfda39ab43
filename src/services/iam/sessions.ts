import { AwsError } from '../../common/aws-error.js';
import { conditionsMatch } from '../../common/policy/conditions.js';
import { MalformedPolicy, parsePolicy } from '../../common/policy/document.js';
import { actionMatches } from '../../common/policy/matching.js';
import type { ServiceDeps } from '../service-deps.js';
import { resolvePrincipal } from './callers.js';
import { accessKeyId, secretAccessKey, sessionToken } from './ids.js';
import { findPolicy } from './policy-store.js';
import { entityKey, roles, sessions, type RoleRecord, type SessionRecord } from './state.js';

/** What STS asks IAM for (`iam.issue-session`): temporary credentials for a role or for the caller itself. */
export interface SessionRequest {
  kind: 'assume-role' | 'web-identity' | 'session-token' | 'federation-token';
  callerKeyId: string;
  callerAccount: string;
  roleArn?: string;
  sessionName?: string;
  /** GetFederationToken: the federated user's name. */
  federatedName?: string;
  durationSeconds?: number;
  policy?: string;
  policyArns?: string[];
  tags?: Array<{ Key: string; Value: string }>;
  /** Web identity: the token's claims, which the role's trust policy must accept. */
  webIdentity?: { provider: string; audience: string; subject: string };
}

export interface IssuedSession {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: number;
  arn: string;
  userId: string;
}

const NO_PERMISSIONS = JSON.stringify({ Version: '2012-10-17', Statement: [] });
const accessDenied = (message: string) => new AwsError('AccessDenied', message, 403);
const validation = (message: string) => new AwsError('ValidationError', message, 400);

/** Issues STS's temporary credentials and keeps them, so they resolve like any other key. */
export class SessionIssuer {
  constructor(private readonly deps: ServiceDeps) {}

  async issue(request: SessionRequest): Promise<IssuedSession> {
    const caller = await resolvePrincipal(this.deps.store, request.callerKeyId);
    const now = this.deps.clock.now();
    let record: SessionRecord;
    if (request.kind === 'session-token') {
      if (caller && caller.kind !== 'user' && caller.kind !== 'root') throw accessDenied('Cannot call GetSessionToken with session credentials');
      const root = !caller || caller.kind === 'root';
      const duration = this.duration(request.durationSeconds, 43200, root ? 3600 : 129600, 'The requested DurationSeconds exceeds the 1 hour session limit for roots.');
      const account = caller?.account ?? request.callerAccount;
      record = this.newSession(account, 'session', now, duration, caller?.arn ?? `arn:aws:iam::${account}:root`, caller?.userId ?? account);
      record.userName = caller?.userName;
    } else if (request.kind === 'federation-token') {
      if (caller && caller.kind !== 'user' && caller.kind !== 'root') throw accessDenied('Cannot call GetFederationToken with session credentials');
      const root = !caller || caller.kind === 'root';
      const duration = this.duration(request.durationSeconds, root ? 3600 : 43200, root ? 3600 : 129600, 'The requested DurationSeconds exceeds the 1 hour session limit for roots.');
      const account = caller?.account ?? request.callerAccount;
      const name = request.federatedName!;
      record = this.newSession(account, 'federated-user', now, duration, `arn:aws:sts::${account}:federated-user/${name}`, `${account}:${name}`);
      record.userName = caller?.userName;
      // Without a session policy a federated user may do nothing: an empty policy stands for that.
      const policies = await this.sessionPolicies(request);
      record.sessionPolicies = policies.length ? policies : [NO_PERMISSIONS];
      record.sessionTags = Object.fromEntries((request.tags ?? []).map((tag) => [tag.Key, tag.Value]));
    } else {
      const role = await this.role(request, caller?.arn ?? `arn:aws:iam::${request.callerAccount}:root`);
      if (request.webIdentity) this.assertTrustsWebIdentity(role, request.webIdentity);
      const chained = caller?.kind === 'assumed-role';
      const limit = chained ? Math.min(3600, role.maxSessionDuration) : role.maxSessionDuration;
      const duration = this.duration(request.durationSeconds, 3600, limit, `The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`);
      const name = request.sessionName!;
      record = this.newSession(role.account, 'assumed-role', now, duration, `arn:aws:sts::${role.account}:assumed-role/${role.name}/${name}`, `${role.id}:${name}`);
      record.roleName = role.name;
      record.sessionPolicies = await this.sessionPolicies(request);
      record.sessionTags = Object.fromEntries((request.tags ?? []).map((tag) => [tag.Key, tag.Value]));
    }
    await sessions(this.deps.store).put(record.accessKeyId, record);
    return { accessKeyId: record.accessKeyId, secretAccessKey: record.secretAccessKey, sessionToken: record.sessionToken, expiration: record.expiration, arn: record.arn, userId: record.userId };
  }

  private async role(request: SessionRequest, callerArn: string): Promise<RoleRecord> {
    const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(request.roleArn ?? '');
    const role = match ? await roles(this.deps.store).get(entityKey(match[1]!, match[2]!)) : undefined;
    if (!role || role.arn !== request.roleArn) {
      if (request.kind === 'web-identity') throw accessDenied('Not authorized to perform sts:AssumeRoleWithWebIdentity');
      throw accessDenied(`User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${request.roleArn}`);
    }
    return role;
  }

  private duration(requested: number | undefined, fallback: number, limit: number, tooLong: string): number {
    const seconds = requested ?? Math.min(fallback, limit);
    if (seconds < 900) throw validation(`1 validation error detected: Value '${seconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`);
    if (seconds > limit) throw validation(tooLong);
    return seconds;
  }

  private async sessionPolicies(request: SessionRequest): Promise<string[]> {
    const documents: string[] = [];
    if (request.policy !== undefined) {
      try {
        parsePolicy(request.policy);
      } catch (error) {
        if (error instanceof MalformedPolicy) throw new AwsError('MalformedPolicyDocument', error.message, 400);
        throw error;
      }
      documents.push(request.policy);
    }
    for (const arn of request.policyArns ?? []) {
      const policy = await findPolicy(this.deps.store, arn);
      if (!policy) throw new AwsError('InvalidParameterValue', `Policy ${arn} does not exist or is not attachable.`, 400);
      documents.push(policy.defaultDocument);
    }
    return documents;
  }

  /** The trust policy must allow the identity provider, with its `aud`/`sub` conditions. */
  private assertTrustsWebIdentity(role: RoleRecord, identity: NonNullable<SessionRequest['webIdentity']>): void {
    const trust = parsePolicy(role.assumeRolePolicyDocument, 'trust');
    const keys = {
      [`${identity.provider}:aud`.toLowerCase()]: [identity.audience],
      [`${identity.provider}:sub`.toLowerCase()]: [identity.subject],
      'aws:federatedprovider': [identity.provider],
    };
    const names = (federated: string[]) => federated.some((name) => name === identity.provider || name.endsWith(`:oidc-provider/${identity.provider}`));
    const allows = trust.statements.some(
      (statement) =>
        statement.effect === 'Allow' &&
        (statement.action ?? []).some((pattern) => actionMatches(pattern, 'sts:AssumeRoleWithWebIdentity')) &&
        statement.principal !== undefined &&
        (statement.principal === '*' || names(statement.principal['Federated'] ?? [])) &&
        conditionsMatch(statement.condition, keys),
    );
    if (!allows) throw accessDenied('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  }

  private newSession(account: string, kind: SessionRecord['kind'], now: number, duration: number, arn: string, userId: string): SessionRecord {
    return {
      account,
      kind,
      accessKeyId: accessKeyId('ASIA'),
      secretAccessKey: secretAccessKey(),
      sessionToken: sessionToken(),
      issuedAt: now,
      expiration: now + duration * 1000,
      arn,
      userId,
      sessionPolicies: [],
      sessionTags: {},
    };
  }
}
