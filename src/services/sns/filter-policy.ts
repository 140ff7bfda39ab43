import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * SNS subscription filter policies: checking a policy as SNS does when it is set, and matching a
 * message against it. Independent of SNS state: it sees a policy and a document of values only.
 *
 * A policy is an object whose keys name message attributes (scope MessageAttributes) or body
 * properties (scope MessageBody, where objects nest). Every key must match (AND); a key matches
 * when any of its conditions does (OR); `$or` takes alternative policies. A value that is an
 * array (String.Array attributes, JSON arrays in a body) matches when any element does, except for
 * anything-but, which matches only when no element is excluded.
 */

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** A value a message offers to the matcher: a JSON value, or undefined when the key is absent. */
export type FilterValue = string | number | boolean | null | FilterValue[] | { [key: string]: FilterValue };

export type FilterPolicy = { [key: string]: unknown };

/** What SNS says about a policy it refuses; the caller words it as an InvalidParameter. */
export class FilterPolicyError extends Error {}

const MAX_KEYS = 5;
const MAX_COMBINATIONS = 150;
const NUMERIC_LIMIT = 1e9;
const OPERATORS = new Set(['prefix', 'suffix', 'anything-but', 'numeric', 'exists', 'equals-ignore-case', 'cidr']);
const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);

/** Parses and checks a policy; throws FilterPolicyError with SNS's reason. */
export function parseFilterPolicy(text: string, scope: FilterPolicyScope): FilterPolicy {
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    throw new FilterPolicyError('failed to parse JSON.');
  }
  if (!isObject(policy)) throw new FilterPolicyError('Filter policy must be a JSON object');
  const shape = { keys: 0, combinations: 1 };
  checkObject(policy, scope, shape);
  if (shape.keys > MAX_KEYS) throw new FilterPolicyError(`Filter policy can not have more than ${MAX_KEYS} keys`);
  if (shape.combinations > MAX_COMBINATIONS) throw new FilterPolicyError('Filter policy is too complex');
  return policy;
}

function checkObject(policy: FilterPolicy, scope: FilterPolicyScope, shape: { keys: number; combinations: number }): void {
  for (const [key, value] of Object.entries(policy)) {
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) {
        throw new FilterPolicyError('$or must be an array of at least two policy objects');
      }
      const before = shape.combinations;
      let total = 0;
      for (const alternative of value as FilterPolicy[]) {
        shape.combinations = 1;
        checkObject(alternative, scope, shape);
        total += shape.combinations;
      }
      shape.combinations = before * total;
    } else if (Array.isArray(value)) {
      if (!value.length) throw new FilterPolicyError(`Empty arrays are not allowed`);
      value.forEach(checkCondition);
      shape.keys++;
      shape.combinations *= value.length;
    } else if (isObject(value) && scope === 'MessageBody') {
      checkObject(value, scope, shape);
    } else {
      throw new FilterPolicyError(`"${key}" must be an object or an array`);
    }
  }
}

function checkCondition(condition: unknown): void {
  if (condition === null || typeof condition === 'string' || typeof condition === 'boolean') return;
  if (typeof condition === 'number') return checkNumber(condition);
  if (!isObject(condition)) throw new FilterPolicyError('Match value must be String, number, true, false, or null');
  const names = Object.keys(condition);
  const name = names[0];
  if (names.length !== 1 || !name || !OPERATORS.has(name)) throw new FilterPolicyError(`Unrecognized match type ${name ?? ''}`);
  const operand = condition[name];
  switch (name) {
    case 'prefix':
    case 'suffix':
    case 'equals-ignore-case':
      if (typeof operand !== 'string') throw new FilterPolicyError(`${name} match pattern must be a string`);
      return;
    case 'exists':
      if (typeof operand !== 'boolean') throw new FilterPolicyError('exists match pattern must be either true or false.');
      return;
    case 'cidr':
      if (typeof operand !== 'string' || !parseCidr(operand)) throw new FilterPolicyError('Malformed CIDR, one \'/\' required');
      return;
    case 'numeric':
      return checkNumeric(operand);
    case 'anything-but':
      return checkAnythingBut(operand);
  }
}

function checkNumber(value: number): void {
  if (Math.abs(value) > NUMERIC_LIMIT) throw new FilterPolicyError('Value of numeric must be between -1.0E9 and 1.0E9 inclusive');
}

function checkNumeric(operand: unknown): void {
  if (!Array.isArray(operand) || (operand.length !== 2 && operand.length !== 4)) {
    throw new FilterPolicyError('Value of numeric must be an array.');
  }
  for (let i = 0; i < operand.length; i += 2) {
    const [operator, value] = [operand[i], operand[i + 1]];
    if (typeof value !== 'number') throw new FilterPolicyError(`Value of ${String(operator)} must be numeric`);
    checkNumber(value);
    if (operator === '=' && operand.length === 2) continue;
    const valid = operand.length === 2 ? LOWER.has(operator) || UPPER.has(operator) : i === 0 ? LOWER.has(operator) : UPPER.has(operator);
    if (!valid) throw new FilterPolicyError(`Unrecognized numeric range operator: ${String(operator)}`);
  }
  if (operand.length === 4 && (operand[1] as number) >= (operand[3] as number)) {
    throw new FilterPolicyError('Bottom must be less than top');
  }
}

function checkAnythingBut(operand: unknown): void {
  if (typeof operand === 'string') return;
  if (typeof operand === 'number') return checkNumber(operand);
  if (Array.isArray(operand)) {
    if (!operand.length || !operand.every((item) => typeof item === 'string' || typeof item === 'number')) {
      throw new FilterPolicyError('Inside anything but list, start|null|boolean is not supported.');
    }
    return;
  }
  if (isObject(operand)) {
    const [name, ...rest] = Object.keys(operand);
    if (rest.length || (name !== 'prefix' && name !== 'suffix') || typeof operand[name] !== 'string') {
      throw new FilterPolicyError('Unsupported anything-but pattern');
    }
    return;
  }
  throw new FilterPolicyError('Value of anything-but must be an array or single string/number value.');
}

/** Whether a message's values satisfy a checked policy. */
export function matchesFilterPolicy(policy: FilterPolicy, document: { [key: string]: FilterValue }): boolean {
  return Object.entries(policy).every(([key, conditions]) => {
    if (key === '$or') return (conditions as FilterPolicy[]).some((alternative) => matchesFilterPolicy(alternative, document));
    const value = document[key];
    if (Array.isArray(conditions)) return conditions.some((condition) => matchesCondition(condition, value));
    const nested = conditions as FilterPolicy;
    if (isObject(value)) return matchesFilterPolicy(nested, value);
    if (Array.isArray(value)) return value.some((item) => isObject(item) && matchesFilterPolicy(nested, item));
    return matchesFilterPolicy(nested, {});
  });
}

function matchesCondition(condition: unknown, value: FilterValue | undefined): boolean {
  if (isObject(condition)) {
    const [name] = Object.keys(condition);
    const operand = condition[name!];
    if (name === 'exists') return operand === (value !== undefined);
    if (value === undefined) return false;
    if (name === 'anything-but') return leaves(value).every((item) => !excluded(operand, item));
    return leaves(value).some((item) => matchesOperator(name!, operand, item));
  }
  if (value === undefined) return false;
  return leaves(value).some((item) => item === condition);
}

function matchesOperator(name: string, operand: unknown, value: FilterValue): boolean {
  switch (name) {
    case 'prefix':
      return typeof value === 'string' && value.startsWith(operand as string);
    case 'suffix':
      return typeof value === 'string' && value.endsWith(operand as string);
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === (operand as string).toLowerCase();
    case 'numeric':
      return typeof value === 'number' && inRange(operand as unknown[], value);
    case 'cidr':
      return typeof value === 'string' && inCidr(operand as string, value);
    default:
      return false;
  }
}

/** Whether anything-but's operand excludes a value. */
function excluded(operand: unknown, value: FilterValue): boolean {
  if (Array.isArray(operand)) return operand.includes(value);
  if (isObject(operand)) {
    if (typeof value !== 'string') return false;
    return 'prefix' in operand ? value.startsWith(operand.prefix as string) : value.endsWith(operand.suffix as string);
  }
  return operand === value;
}

function inRange(operand: unknown[], value: number): boolean {
  for (let i = 0; i < operand.length; i += 2) {
    const bound = operand[i + 1] as number;
    const ok = { '=': value === bound, '>': value > bound, '>=': value >= bound, '<': value < bound, '<=': value <= bound }[operand[i] as string];
    if (!ok) return false;
  }
  return true;
}

function parseCidr(cidr: string): { network: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [network, bits, ...rest] = cidr.split('/');
  if (rest.length || !network || !bits || !/^\d+$/.test(bits)) return undefined;
  const family = isIPv4(network) ? 'ipv4' : isIPv6(network) ? 'ipv6' : undefined;
  const prefix = Number(bits);
  if (!family || prefix > (family === 'ipv4' ? 32 : 128)) return undefined;
  return { network, prefix, family };
}

function inCidr(cidr: string, address: string): boolean {
  const range = parseCidr(cidr)!;
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
  if (family !== range.family) return false;
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return list.check(address, family);
}

/** The values an array offers element by element; a scalar offers itself. */
function leaves(value: FilterValue): FilterValue[] {
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is { [key: string]: FilterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
