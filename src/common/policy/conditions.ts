import { arnMatches, contextValues, substituteVariables, wildcardMatch, type ContextKeys } from './matching.js';
import type { Conditions } from './document.js';

type Compare = (requestValue: string, policyValue: string) => boolean;

interface Operator {
  compare: Compare;
  /** Negated operators match when no policy value matches (and when the key is absent). */
  negated: boolean;
}

const number = (value: string) => (value.trim() === '' ? NaN : Number(value));
const date = (value: string) => (/^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value));

const COMPARE: Record<string, Compare> = {
  StringEquals: (a, b) => a === b,
  StringEqualsIgnoreCase: (a, b) => a.toLowerCase() === b.toLowerCase(),
  StringLike: (a, b) => wildcardMatch(b, a),
  NumericEquals: (a, b) => number(a) === number(b),
  NumericLessThan: (a, b) => number(a) < number(b),
  NumericLessThanEquals: (a, b) => number(a) <= number(b),
  NumericGreaterThan: (a, b) => number(a) > number(b),
  NumericGreaterThanEquals: (a, b) => number(a) >= number(b),
  DateEquals: (a, b) => date(a) === date(b),
  DateLessThan: (a, b) => date(a) < date(b),
  DateLessThanEquals: (a, b) => date(a) <= date(b),
  DateGreaterThan: (a, b) => date(a) > date(b),
  DateGreaterThanEquals: (a, b) => date(a) >= date(b),
  Bool: (a, b) => a.toLowerCase() === b.toLowerCase(),
  BinaryEquals: (a, b) => a === b,
  IpAddress: (a, b) => ipInCidr(a, b),
  ArnEquals: (a, b) => arnMatches(b, a),
  ArnLike: (a, b) => arnMatches(b, a),
};

const NEGATIONS: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

function operatorNamed(name: string): Operator | undefined {
  if (COMPARE[name]) return { compare: COMPARE[name]!, negated: false };
  const positive = NEGATIONS[name];
  return positive ? { compare: COMPARE[positive]!, negated: true } : undefined;
}

/** Whether every condition of a statement holds for the request: operators and keys AND, values OR. */
export function conditionsMatch(conditions: Conditions | undefined, keys: ContextKeys): boolean {
  if (!conditions) return true;
  for (const [written, block] of Object.entries(conditions)) {
    for (const [key, policyValues] of Object.entries(block)) {
      if (!conditionHolds(written, contextValues(keys, key), resolveValues(policyValues, keys))) return false;
    }
  }
  return true;
}

function resolveValues(values: string[], keys: ContextKeys): string[] {
  return values.flatMap((value) => substituteVariables(value, keys) ?? []);
}

function conditionHolds(written: string, requestValues: string[] | undefined, policyValues: string[]): boolean {
  let name = written;
  let set: 'any' | 'all' | undefined;
  if (name.startsWith('ForAnyValue:')) [set, name] = ['any', name.slice('ForAnyValue:'.length)];
  else if (name.startsWith('ForAllValues:')) [set, name] = ['all', name.slice('ForAllValues:'.length)];
  if (name === 'Null') return (requestValues === undefined || requestValues.length === 0) === (policyValues[0]?.toLowerCase() === 'true');
  const ifExists = name.endsWith('IfExists');
  if (ifExists) name = name.slice(0, -'IfExists'.length);
  const operator = operatorNamed(name);
  if (!operator) return false;
  const present = requestValues !== undefined && requestValues.length > 0;
  if (!present) {
    if (set === 'all') return true;
    if (set === 'any') return false;
    return ifExists || operator.negated;
  }
  const matchesOne = (value: string) => {
    const hit = policyValues.some((policyValue) => operator.compare(value, policyValue));
    return operator.negated ? !hit : hit;
  };
  if (set === 'all') return requestValues.every(matchesOne);
  if (set === 'any') return requestValues.some(matchesOne);
  return operator.negated ? requestValues.every(matchesOne) : requestValues.some(matchesOne);
}

function ipInCidr(ip: string, cidr: string): boolean {
  const [network, bitsText] = cidr.split('/');
  const address = ipv4(ip.replace(/^::ffff:/, ''));
  const base = ipv4(network!);
  if (address === undefined || base === undefined) return ip === cidr;
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((address & mask) >>> 0) === ((base & mask) >>> 0);
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}
