import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import { isIssuedKey, RESOLVE_PRINCIPAL, type ResolvedPrincipal } from '../../common/policy/identity.js';
import type { IssuedSession, SessionRequest } from '../iam/sessions.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { parseWebIdentityToken } from './web-identity.js';

const DEFAULT_ACCOUNT = '000000000000';

/** STS: who the caller is, and temporary credentials, which IAM issues and keeps. */
export class StsProvider implements Partial<api.StsOperations> {
  constructor(private readonly deps: ServiceDeps) {}

  async getCallerIdentity(_input: api.GetCallerIdentityRequest, context: CallContext): Promise<api.GetCallerIdentityResponse> {
    // Only keys IAM issued name a user or role; any other key is its account's root, without loading IAM.
    const principal = isIssuedKey(context.accessKeyId)
      ? await this.deps.bus.request<ResolvedPrincipal | null>(RESOLVE_PRINCIPAL, { accessKeyId: context.accessKeyId })
      : null;
    if (!principal) return { UserId: context.account, Account: context.account, Arn: `arn:aws:iam::${context.account}:root` };
    return { UserId: principal.userId, Account: principal.account, Arn: principal.arn };
  }

  async assumeRole(input: api.AssumeRoleRequest, context: CallContext): Promise<api.AssumeRoleResponse> {
    assertSessionName(input.RoleSessionName);
    const session = await this.issue({
      kind: 'assume-role',
      callerKeyId: context.accessKeyId,
      callerAccount: context.account,
      roleArn: input.RoleArn,
      sessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds,
      policy: input.Policy,
      policyArns: (input.PolicyArns ?? []).flatMap((descriptor) => (descriptor.arn ? [descriptor.arn] : [])),
      tags: input.Tags,
    });
    return { Credentials: credentials(session), AssumedRoleUser: { AssumedRoleId: session.userId, Arn: session.arn }, PackedPolicySize: packedSize(input), SourceIdentity: input.SourceIdentity };
  }

  async assumeRoleWithWebIdentity(input: api.AssumeRoleWithWebIdentityRequest, context: CallContext): Promise<api.AssumeRoleWithWebIdentityResponse> {
    assertSessionName(input.RoleSessionName);
    const claims = parseWebIdentityToken(input.WebIdentityToken, this.deps.clock.now());
    const session = await this.issue({
      kind: 'web-identity',
      callerKeyId: context.accessKeyId,
      callerAccount: context.account,
      roleArn: input.RoleArn,
      sessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds,
      policy: input.Policy,
      policyArns: (input.PolicyArns ?? []).flatMap((descriptor) => (descriptor.arn ? [descriptor.arn] : [])),
      webIdentity: claims,
    });
    return {
      Credentials: credentials(session),
      SubjectFromWebIdentityToken: claims.subject,
      AssumedRoleUser: { AssumedRoleId: session.userId, Arn: session.arn },
      Provider: input.ProviderId ?? claims.provider,
      Audience: claims.audience,
      PackedPolicySize: input.Policy ? 6 : undefined,
    };
  }

  async getSessionToken(input: api.GetSessionTokenRequest, context: CallContext): Promise<api.GetSessionTokenResponse> {
    const session = await this.issue({ kind: 'session-token', callerKeyId: context.accessKeyId, callerAccount: context.account, durationSeconds: input.DurationSeconds });
    return { Credentials: credentials(session) };
  }

  async getFederationToken(input: api.GetFederationTokenRequest, context: CallContext): Promise<api.GetFederationTokenResponse> {
    if (!/^[\w+=,.@-]{2,32}$/.test(input.Name)) {
      throw new AwsError('ValidationError', `1 validation error detected: Value '${input.Name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`, 400);
    }
    const session = await this.issue({
      kind: 'federation-token',
      callerKeyId: context.accessKeyId,
      callerAccount: context.account,
      federatedName: input.Name,
      durationSeconds: input.DurationSeconds,
      policy: input.Policy,
      policyArns: (input.PolicyArns ?? []).flatMap((descriptor) => (descriptor.arn ? [descriptor.arn] : [])),
      tags: input.Tags,
    });
    return { Credentials: credentials(session), FederatedUser: { FederatedUserId: session.userId, Arn: session.arn }, PackedPolicySize: packedSize(input) };
  }

  /** The account an access key belongs to: IAM's for keys it issued, else the rule every other key follows. */
  async getAccessKeyInfo(input: api.GetAccessKeyInfoRequest, context: CallContext): Promise<api.GetAccessKeyInfoResponse> {
    const principal = isIssuedKey(input.AccessKeyId)
      ? await this.deps.bus.request<ResolvedPrincipal | null>(RESOLVE_PRINCIPAL, { accessKeyId: input.AccessKeyId })
      : null;
    if (principal) return { Account: principal.account };
    return { Account: /^\d{12}$/.test(input.AccessKeyId) ? input.AccessKeyId : context.accessKeyId === input.AccessKeyId ? context.account : DEFAULT_ACCOUNT };
  }

  private issue(request: SessionRequest): Promise<IssuedSession> {
    return this.deps.bus.request<IssuedSession>('iam.issue-session', request);
  }
}

function credentials(session: IssuedSession): api.Credentials {
  return { AccessKeyId: session.accessKeyId, SecretAccessKey: session.secretAccessKey, SessionToken: session.sessionToken, Expiration: new Date(session.expiration) };
}

/** STS reports how much of its packed-policy allowance session policies and tags used, as a percentage. */
function packedSize(input: Pick<api.AssumeRoleRequest, 'Policy' | 'Tags' | 'PolicyArns'>): number | undefined {
  if (!input.Policy && !input.Tags?.length && !input.PolicyArns?.length) return undefined;
  const size = (input.Policy?.length ?? 0) + JSON.stringify(input.Tags ?? []).length + (input.PolicyArns?.length ?? 0) * 64;
  return Math.max(1, Math.ceil((size / 2048) * 100));
}

function assertSessionName(name: string): void {
  if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
    throw new AwsError('ValidationError', `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`, 400);
  }
}
