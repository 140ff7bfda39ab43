/**
 * IAM policy documents: parsed once into a normal form (every list a list, every key as written),
 * with the grammar errors IAM reports as MalformedPolicyDocument.
 */
export type Effect = 'Allow' | 'Deny';

/** `"*"` or principals by kind (`AWS`, `Service`, `Federated`, `CanonicalUser`). */
export type Principals = '*' | Record<string, string[]>;

/** Condition operator → condition key → values, as written. */
export type Conditions = Record<string, Record<string, string[]>>;

export interface Statement {
  sid?: string;
  effect: Effect;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  principal?: Principals;
  notPrincipal?: Principals;
  condition?: Conditions;
}

export interface PolicyDocument {
  version?: string;
  statements: Statement[];
}

/** What a document is for: identity policies must name resources and no principal; resource policies must name principals. */
export type PolicyKind = 'identity' | 'resource' | 'trust';

export class MalformedPolicy extends Error {}

export function parsePolicy(text: string, kind: PolicyKind = 'identity'): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MalformedPolicy('Syntax errors in policy.');
  }
  if (!isObject(raw)) throw new MalformedPolicy('Syntax errors in policy.');
  const version = raw['Version'];
  if (version !== undefined && version !== '2012-10-17' && version !== '2008-10-17') throw new MalformedPolicy('The policy failed legacy parsing');
  const statements = raw['Statement'];
  if (statements === undefined) throw new MalformedPolicy('Missing required field Statement');
  const list = Array.isArray(statements) ? statements : [statements];
  return { version: version as string | undefined, statements: list.map((statement) => parseStatement(statement, kind)) };
}

function parseStatement(raw: unknown, kind: PolicyKind): Statement {
  if (!isObject(raw)) throw new MalformedPolicy('Syntax errors in policy.');
  const effect = raw['Effect'];
  if (effect === undefined) throw new MalformedPolicy('Missing required field Effect');
  if (effect !== 'Allow' && effect !== 'Deny') throw new MalformedPolicy(`Invalid effect: ${String(effect)}`);
  const statement: Statement = { effect };
  if (raw['Sid'] !== undefined) statement.sid = String(raw['Sid']);
  statement.action = strings(raw['Action'], 'Action');
  statement.notAction = strings(raw['NotAction'], 'NotAction');
  if (!statement.action && !statement.notAction) throw new MalformedPolicy('Policy statement must contain actions.');
  statement.resource = strings(raw['Resource'], 'Resource');
  statement.notResource = strings(raw['NotResource'], 'NotResource');
  statement.principal = principals(raw['Principal']);
  statement.notPrincipal = principals(raw['NotPrincipal']);
  statement.condition = conditions(raw['Condition']);
  const namesPrincipal = statement.principal !== undefined || statement.notPrincipal !== undefined;
  if (kind === 'identity') {
    if (namesPrincipal) throw new MalformedPolicy('Policy document should not specify a principal.');
    if (!statement.resource && !statement.notResource) throw new MalformedPolicy('Policy statement must contain resources.');
    for (const action of [...(statement.action ?? []), ...(statement.notAction ?? [])]) assertActionForm(action);
  } else if (!namesPrincipal) {
    throw new MalformedPolicy('Missing required field Principal');
  }
  return statement;
}

function assertActionForm(action: string): void {
  if (action !== '*' && !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]*$/.test(action)) throw new MalformedPolicy(`Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.`);
}

function strings(value: unknown, field: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.some((item) => typeof item !== 'string')) throw new MalformedPolicy(`Syntax errors in policy: ${field} must be strings.`);
  return list as string[];
}

function principals(value: unknown): Principals | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return '*';
  if (!isObject(value)) throw new MalformedPolicy('Invalid principal in policy');
  const result: Record<string, string[]> = {};
  for (const [kind, names] of Object.entries(value)) result[kind] = strings(names, 'Principal') ?? [];
  return result;
}

function conditions(value: unknown): Conditions | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new MalformedPolicy('Syntax errors in policy: Condition must be an object.');
  const result: Conditions = {};
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) throw new MalformedPolicy('Syntax errors in policy: a condition operator takes an object.');
    result[operator] = {};
    for (const [key, values] of Object.entries(block)) {
      const list = Array.isArray(values) ? values : [values];
      result[operator]![key] = list.map((item) => String(item));
    }
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
