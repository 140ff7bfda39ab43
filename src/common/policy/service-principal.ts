import { conditionsMatch } from './conditions.js';
import { parsePolicy, type Statement } from './document.js';
import { actionMatches, type ContextKeys } from './matching.js';

/** The call a service makes on a customer's behalf, as a resource policy sees it. */
export interface ServiceCall {
  /** The service principals that stand for the caller (`logs.amazonaws.com`, `logs.us-east-1.amazonaws.com`). */
  principals: string[];
  action: string;
  /** `aws:SourceArn`: the resource the call is for (a secret, a log group). */
  sourceArn: string;
  /** `aws:SourceAccount`: the account that owns it. */
  sourceAccount: string;
}

/**
 * Whether a resource policy (a Lambda function's, for instance) lets a service principal make a call:
 * an Allow naming the service (or everyone) whose conditions hold for the call's aws:SourceArn and
 * aws:SourceAccount, and no such Deny. A policy that does not parse allows nothing.
 */
export function servicePrincipalAllowed(policy: string | undefined, call: ServiceCall): boolean {
  const statements = policy === undefined ? [] : parsed(policy);
  const keys: ContextKeys = { 'aws:sourcearn': [call.sourceArn], 'aws:sourceaccount': [call.sourceAccount] };
  const applying = statements.filter((statement) => names(statement, call) && conditionsMatch(statement.condition, keys));
  return applying.some((statement) => statement.effect === 'Allow') && !applying.some((statement) => statement.effect === 'Deny');
}

function parsed(policy: string): Statement[] {
  try {
    return parsePolicy(policy, 'resource').statements;
  } catch {
    return [];
  }
}

function names(statement: Statement, call: ServiceCall): boolean {
  const principal = statement.principal;
  const named = principal === '*' || (principal?.['Service'] ?? []).some((service) => call.principals.includes(service)) || (principal?.['AWS'] ?? []).includes('*');
  return named && (statement.action ?? []).some((action) => actionMatches(action, call.action));
}
