import { conditionsMatch } from './conditions.js';
import type { PolicyDocument, Principals, Statement } from './document.js';
import { actionMatches, arnMatches, substituteVariables, type ContextKeys } from './matching.js';

/** Who is asking, as resource policies name principals. */
export interface PrincipalRef {
  arn: string;
  account: string;
  /** For an assumed-role session, its role's ARN: resource policies may name the role instead of the session. */
  roleArn?: string;
}

export interface AuthorizationRequest {
  principal: PrincipalRef;
  action: string;
  resource: string;
  /** The account that owns the resource, when it differs from the caller's the resource policy must allow too. */
  resourceAccount?: string;
  /** Role trust policies and KMS key policies must allow the call themselves, even within one account. */
  resourcePolicyRequired?: boolean;
  keys: ContextKeys;
}

/** A policy and where it came from, so answers can name the statements that decided. */
export interface SourcedPolicy {
  id: string;
  type?: string;
  document: PolicyDocument;
}

/** Every policy that applies to one request. */
export interface PolicySet {
  identity: SourcedPolicy[];
  resource?: SourcedPolicy;
  /** The permissions boundary of the user or role, when it has one. */
  boundary?: SourcedPolicy;
  /** Session policies passed to AssumeRole and friends; each must allow. */
  session?: SourcedPolicy[];
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';
export type PolicyPlace = 'identity' | 'resource' | 'boundary' | 'session';

export interface MatchedStatement {
  policyId: string;
  policyType?: string;
  statement: number;
}

export interface Evaluation {
  decision: Decision;
  /** The kind of policy whose deny (explicit) or missing allow (implicit) decided. */
  decidedBy?: PolicyPlace;
  matched: MatchedStatement[];
}

/**
 * AWS's evaluation logic for one account or across two: an explicit deny anywhere wins; a resource
 * policy naming the caller itself allows on its own (same account); otherwise the identity policies
 * must allow, and the permissions boundary and every session policy must allow too. Across accounts
 * the resource policy must allow as well.
 */
export function evaluate(policies: PolicySet, request: AuthorizationRequest): Evaluation {
  const all: Array<[PolicyPlace, SourcedPolicy]> = [
    ...policies.identity.map((policy): [PolicyPlace, SourcedPolicy] => ['identity', policy]),
    ...(policies.resource ? [['resource', policies.resource] as [PolicyPlace, SourcedPolicy]] : []),
    ...(policies.boundary ? [['boundary', policies.boundary] as [PolicyPlace, SourcedPolicy]] : []),
    ...(policies.session ?? []).map((policy): [PolicyPlace, SourcedPolicy] => ['session', policy]),
  ];
  for (const [place, policy] of all) {
    const denies = matchingStatements(policy, request, 'Deny', place === 'resource');
    if (denies.length) return { decision: 'explicitDeny', decidedBy: place, matched: denies };
  }
  const identityAllows = policies.identity.flatMap((policy) => matchingStatements(policy, request, 'Allow', false));
  const resourceAllows = policies.resource ? matchingStatements(policies.resource, request, 'Allow', true) : [];
  const crossAccount = request.resourceAccount !== undefined && request.resourceAccount !== '' && request.resourceAccount !== request.principal.account;
  if (crossAccount) {
    if (!identityAllows.length) return { decision: 'implicitDeny', decidedBy: 'identity', matched: [] };
    if (!resourceAllows.length) return { decision: 'implicitDeny', decidedBy: 'resource', matched: [] };
    return limitedBy(policies, request, [...identityAllows, ...resourceAllows]);
  }
  if (request.resourcePolicyRequired && !resourceAllows.length) return { decision: 'implicitDeny', decidedBy: 'resource', matched: [] };
  const namingCaller = resourceAllows.filter((match) => namesCallerItself(policies.resource!.document.statements[match.statement]!, request));
  if (namingCaller.length) return { decision: 'allowed', matched: namingCaller };
  // A statement naming the account only delegates to it: its users still need an identity allow.
  const direct = resourceAllows.filter((match) => grantsBeyondAccount(policies.resource!.document.statements[match.statement]!, request.principal));
  if (!identityAllows.length && !direct.length) return { decision: 'implicitDeny', decidedBy: 'identity', matched: [] };
  return limitedBy(policies, request, [...identityAllows, ...resourceAllows]);
}

/** Whether an allowing resource statement reaches the caller by `*`, its own ARN or its role, not merely its account. */
function grantsBeyondAccount(statement: Statement, principal: PrincipalRef): boolean {
  if (statement.principal === undefined) return true;
  if (statement.principal === '*') return true;
  return (statement.principal['AWS'] ?? []).some((name) => name === '*' || name === principal.arn || (principal.roleArn !== undefined && name === principal.roleArn));
}

function limitedBy(policies: PolicySet, request: AuthorizationRequest, allows: MatchedStatement[]): Evaluation {
  if (policies.boundary && !matchingStatements(policies.boundary, request, 'Allow', false).length) {
    return { decision: 'implicitDeny', decidedBy: 'boundary', matched: [] };
  }
  for (const session of policies.session ?? []) {
    if (!matchingStatements(session, request, 'Allow', false).length) return { decision: 'implicitDeny', decidedBy: 'session', matched: [] };
  }
  return { decision: 'allowed', matched: allows };
}

/** An allowing resource statement that names the user or the role session itself (not its account or role) grants without identity policies. */
function namesCallerItself(statement: Statement, request: AuthorizationRequest): boolean {
  return statement.principal !== undefined && statement.principal !== '*' && (statement.principal['AWS'] ?? []).includes(request.principal.arn);
}

function matchingStatements(policy: SourcedPolicy, request: AuthorizationRequest, effect: 'Allow' | 'Deny', checkPrincipal: boolean): MatchedStatement[] {
  const matched: MatchedStatement[] = [];
  policy.document.statements.forEach((statement, index) => {
    if (statement.effect === effect && statementApplies(statement, request, checkPrincipal)) matched.push({ policyId: policy.id, policyType: policy.type, statement: index });
  });
  return matched;
}

export function statementApplies(statement: Statement, request: AuthorizationRequest, checkPrincipal: boolean): boolean {
  if (statement.action && !statement.action.some((pattern) => actionMatches(pattern, request.action))) return false;
  if (statement.notAction && statement.notAction.some((pattern) => actionMatches(pattern, request.action))) return false;
  if (statement.resource && !statement.resource.some((pattern) => resourceMatches(pattern, request))) return false;
  if (statement.notResource && statement.notResource.some((pattern) => resourceMatches(pattern, request))) return false;
  if (checkPrincipal) {
    if (statement.principal !== undefined && !principalMatches(statement.principal, request.principal)) return false;
    if (statement.notPrincipal !== undefined && principalMatches(statement.notPrincipal, request.principal)) return false;
  }
  return conditionsMatch(statement.condition, request.keys);
}

function resourceMatches(pattern: string, request: AuthorizationRequest): boolean {
  const resolved = substituteVariables(pattern, request.keys);
  return resolved !== undefined && arnMatches(resolved, request.resource);
}

/** `*`, an account (id or root ARN), the user or session ARN, or the role a session belongs to. */
export function principalMatches(principals: Principals, principal: PrincipalRef): boolean {
  if (principals === '*') return true;
  return (principals['AWS'] ?? []).some(
    (name) =>
      name === '*' ||
      name === principal.account ||
      name === `arn:aws:iam::${principal.account}:root` ||
      name === principal.arn ||
      (principal.roleArn !== undefined && name === principal.roleArn),
  );
}
