/**
 * What IAM answers about an access key, in-process over the bus (`iam.resolve-principal`): the
 * gateway verifies signatures and authorizes with it, STS names callers with it.
 */
export interface ResolvedPrincipal {
  kind: 'root' | 'user' | 'assumed-role' | 'federated-user';
  account: string;
  arn: string;
  userId: string;
  /** For assumed-role sessions, the role's ARN. */
  roleArn?: string;
  /** `aws:username` for users. */
  userName?: string;
  secret: string;
  /** Temporary credentials only: the token clients send as `X-Amz-Security-Token`, and when they end (epoch ms). */
  sessionToken?: string;
  expiration?: number;
  issuedAt?: number;
  /** Inline and managed policies of the user (and its groups) or role, as JSON documents. */
  identityPolicies: Array<{ id: string; type: string; document: string }>;
  boundary?: { id: string; document: string };
  /** Session policies: the inline `Policy` and the documents of `PolicyArns` of AssumeRole. */
  sessionPolicies?: string[];
  /** `aws:PrincipalTag/*`: the user's or role's tags, overridden by session tags. */
  tags: Record<string, string>;
}

export const RESOLVE_PRINCIPAL = 'iam.resolve-principal';

/** Credentials IAM and STS issue look like AWS's: `AKIA…` long-term keys, `ASIA…` temporary ones. */
export function isIssuedKey(accessKeyId: string | undefined): boolean {
  return accessKeyId !== undefined && accessKeyId.length === 20 && (accessKeyId.startsWith('AKIA') || accessKeyId.startsWith('ASIA'));
}
