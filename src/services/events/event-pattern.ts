/**
 * The EventBridge event pattern language: `parseEventPattern` checks a pattern as PutRule does and
 * `matchesPattern` tests an event against it. Independent of the rest of the service.
 *
 * A pattern is an object of fields; a nested object descends into the event, an array lists the
 * values or comparisons one of which must match, and `$or` lists alternative sub-patterns. An event
 * field holding an array matches when any element does.
 */
import { isIP } from 'node:net';

export type EventPattern = { [field: string]: PatternNode };
type PatternNode = EventPattern | Matcher[] | EventPattern[];
type Matcher = string | number | boolean | null | Record<string, unknown>;

/** A pattern PutRule, TestEventPattern or CreateArchive refuses; the provider turns it into InvalidEventPatternException. */
export class InvalidPatternError extends Error {}

const OPERATORS = new Set(['prefix', 'suffix', 'anything-but', 'numeric', 'exists', 'equals-ignore-case', 'cidr', 'wildcard']);
const NUMERIC_OPERATORS = new Set(['<', '<=', '=', '>', '>=']);

/** Parses and validates a pattern's JSON text. */
export function parseEventPattern(text: string): EventPattern {
  let pattern: unknown;
  try {
    pattern = JSON.parse(text);
  } catch {
    throw new InvalidPatternError('Event pattern is not valid. Reason: Filter is not valid JSON');
  }
  if (!isObject(pattern)) throw new InvalidPatternError('Event pattern is not valid. Reason: Filter is not an object');
  validateObject(pattern, '');
  return pattern as EventPattern;
}

function validateObject(pattern: Record<string, unknown>, path: string): void {
  for (const [field, node] of Object.entries(pattern)) {
    const where = path ? `${path}.${field}` : field;
    if (field === '$or') {
      if (!Array.isArray(node) || node.length < 2 || !node.every(isObject)) fail(`"$or" must list at least two objects at ${where}`);
      for (const alternative of node as Array<Record<string, unknown>>) validateObject(alternative, path);
    } else if (Array.isArray(node)) {
      if (node.length === 0) fail(`Empty arrays are not allowed at ${where}`);
      for (const matcher of node) validateMatcher(matcher, where);
    } else if (isObject(node)) {
      validateObject(node, where);
    } else {
      fail(`Match value must be String, number, true, false, or null at ${where}`);
    }
  }
}

function validateMatcher(matcher: unknown, where: string): void {
  if (!isObject(matcher)) {
    if (Array.isArray(matcher)) fail(`Match value must be String, number, true, false, or null at ${where}`);
    return;
  }
  const operators = Object.keys(matcher);
  if (operators.length !== 1) fail(`Only one key allowed in match expression at ${where}`);
  const operator = operators[0]!;
  const operand = matcher[operator];
  if (!OPERATORS.has(operator)) fail(`Unrecognized match type ${operator} at ${where}`);
  switch (operator) {
    case 'prefix':
    case 'suffix':
      return validateAffix(operator, operand, where);
    case 'equals-ignore-case':
      if (typeof operand !== 'string') fail(`equals-ignore-case match pattern must be a string at ${where}`);
      return;
    case 'exists':
      if (typeof operand !== 'boolean') fail(`exists match pattern must be either true or false at ${where}`);
      return;
    case 'numeric':
      return validateNumeric(operand, where);
    case 'cidr':
      if (typeof operand !== 'string' || !parseCidr(operand)) fail(`Malformed CIDR, one '/' required at ${where}`);
      return;
    case 'wildcard':
      if (typeof operand !== 'string' || operand.includes('**')) fail(`Consecutive wildcard characters at pos ${String(operand).indexOf('**') + 1} at ${where}`);
      return;
    default:
      return validateAnythingBut(operand, where);
  }
}

function validateAffix(operator: string, operand: unknown, where: string): void {
  if (typeof operand === 'string') return;
  if (isObject(operand) && Object.keys(operand).length === 1 && typeof operand['equals-ignore-case'] === 'string') return;
  fail(`${operator} match pattern must be a string at ${where}`);
}

function validateAnythingBut(operand: unknown, where: string): void {
  if (Array.isArray(operand)) {
    if (operand.length === 0 || !operand.every((value) => typeof value === 'string' || typeof value === 'number')) {
      fail(`Inside anything but list, start|null|boolean is not supported at ${where}`);
    }
    return;
  }
  if (typeof operand === 'string' || typeof operand === 'number') return;
  if (!isObject(operand) || Object.keys(operand).length !== 1) fail(`Value of anything-but must be an array or single string/number value at ${where}`);
  const [inner, value] = Object.entries(operand)[0]!;
  if (inner === 'prefix' || inner === 'suffix' || inner === 'wildcard') {
    if (typeof value !== 'string' || value === '') fail(`${inner} match pattern must be a non-empty string at ${where}`);
  } else if (inner === 'equals-ignore-case') {
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0 || !values.every((item) => typeof item === 'string')) fail(`Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported at ${where}`);
  } else {
    fail(`Unsupported anything-but pattern: ${inner} at ${where}`);
  }
}

function validateNumeric(operand: unknown, where: string): void {
  if (!Array.isArray(operand) || operand.length === 0 || operand.length % 2 !== 0 || operand.length > 4) {
    fail(`Value of numeric must be an array of one or two comparisons at ${where}`);
  }
  const pairs = operand as unknown[];
  for (let i = 0; i < pairs.length; i += 2) {
    const operator = pairs[i];
    if (typeof operator !== 'string' || !NUMERIC_OPERATORS.has(operator)) fail(`Unrecognized numeric range operator: ${String(operator)} at ${where}`);
    if (typeof pairs[i + 1] !== 'number') fail(`Value of ${operator} must be numeric at ${where}`);
  }
  if (pairs.length === 4) {
    const [first, low, second, high] = pairs as [string, number, string, number];
    if (!first.startsWith('>') || !second.startsWith('<') || low >= high) fail(`Bad numeric range at ${where}`);
  }
}

function fail(reason: string): never {
  throw new InvalidPatternError(`Event pattern is not valid. Reason: ${reason}`);
}

/** Whether `event` (a parsed JSON object) matches `pattern`. */
export function matchesPattern(pattern: EventPattern, event: unknown): boolean {
  return matchObject(pattern, isObject(event) ? event : undefined);
}

function matchObject(pattern: EventPattern, event: Record<string, unknown> | undefined): boolean {
  return Object.entries(pattern).every(([field, node]) => {
    if (field === '$or') return (node as EventPattern[]).some((alternative) => matchObject(alternative, event));
    const value = event ? event[field] : undefined;
    return Array.isArray(node) ? matchLeaf(node as Matcher[], value) : matchNested(node as EventPattern, value);
  });
}

function matchNested(pattern: EventPattern, value: unknown): boolean {
  if (Array.isArray(value)) {
    const objects = value.filter(isObject);
    return objects.length ? objects.some((element) => matchObject(pattern, element)) : matchObject(pattern, undefined);
  }
  return matchObject(pattern, isObject(value) ? value : undefined);
}

/** An absent field (or an empty array) matches only `exists: false`; everything else needs a present value. */
function matchLeaf(matchers: Matcher[], value: unknown): boolean {
  const present = value !== undefined && !(Array.isArray(value) && value.length === 0);
  return matchers.some((matcher) => {
    if (isObject(matcher) && 'exists' in matcher) return matcher.exists === present;
    if (!present) return false;
    const values = Array.isArray(value) ? value : [value];
    return values.some((one) => !isObject(one) && !Array.isArray(one) && matchValue(matcher, one as Scalar));
  });
}

type Scalar = string | number | boolean | null;

function matchValue(matcher: Matcher, value: Scalar): boolean {
  if (!isObject(matcher)) return equalValues(matcher, value);
  const [operator, operand] = Object.entries(matcher)[0]!;
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && affix(operand, value, (text, part) => text.startsWith(part));
    case 'suffix':
      return typeof value === 'string' && affix(operand, value, (text, part) => text.endsWith(part));
    case 'equals-ignore-case':
      return typeof value === 'string' && foldCase(value) === foldCase(operand as string);
    case 'numeric':
      return typeof value === 'number' && inRange(operand as Array<string | number>, value);
    case 'cidr':
      return typeof value === 'string' && inCidr(operand as string, value);
    case 'wildcard':
      return typeof value === 'string' && wildcard(operand as string, value);
    default:
      return anythingBut(operand, value);
  }
}

function equalValues(expected: Scalar, value: Scalar): boolean {
  return expected === value;
}

function affix(operand: unknown, value: string, test: (text: string, part: string) => boolean): boolean {
  if (typeof operand === 'string') return test(value, operand);
  const part = (operand as Record<string, string>)['equals-ignore-case']!;
  return test(foldCase(value), foldCase(part));
}

function anythingBut(operand: unknown, value: Scalar): boolean {
  if (Array.isArray(operand)) return !operand.some((excluded) => equalValues(excluded as Scalar, value));
  if (!isObject(operand)) return !equalValues(operand as Scalar, value);
  const [inner, excluded] = Object.entries(operand)[0]!;
  if (typeof value !== 'string') return true;
  switch (inner) {
    case 'prefix':
      return !value.startsWith(excluded as string);
    case 'suffix':
      return !value.endsWith(excluded as string);
    case 'wildcard':
      return !wildcard(excluded as string, value);
    default: {
      const list = (Array.isArray(excluded) ? excluded : [excluded]) as string[];
      return !list.some((item) => foldCase(item) === foldCase(value));
    }
  }
}

function inRange(comparisons: Array<string | number>, value: number): boolean {
  for (let i = 0; i < comparisons.length; i += 2) {
    const bound = comparisons[i + 1] as number;
    const ok =
      comparisons[i] === '<' ? value < bound
      : comparisons[i] === '<=' ? value <= bound
      : comparisons[i] === '=' ? value === bound
      : comparisons[i] === '>' ? value > bound
      : value >= bound;
    if (!ok) return false;
  }
  return true;
}

/** `*` stands for any run of characters; `\*` and `\\` are literal. */
function wildcard(pattern: string, value: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else source += char === '*' ? '.*' : escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, 's').test(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function foldCase(text: string): string {
  return text.toLowerCase();
}

interface Cidr {
  bytes: number[];
  bits: number;
}

function parseCidr(text: string): Cidr | undefined {
  const [address, bitsText, ...rest] = text.split('/');
  if (rest.length || bitsText === undefined || !/^\d+$/.test(bitsText)) return undefined;
  const bytes = addressBytes(address!);
  const bits = Number(bitsText);
  if (!bytes || bits > bytes.length * 8) return undefined;
  return { bytes, bits };
}

function inCidr(cidrText: string, value: string): boolean {
  const cidr = parseCidr(cidrText)!;
  const bytes = addressBytes(value);
  if (!bytes || bytes.length !== cidr.bytes.length) return false;
  for (let bit = 0; bit < cidr.bits; bit++) {
    const mask = 0x80 >> bit % 8;
    if ((bytes[bit >> 3]! & mask) !== (cidr.bytes[bit >> 3]! & mask)) return false;
  }
  return true;
}

function addressBytes(address: string): number[] | undefined {
  const version = isIP(address);
  if (version === 4) return address.split('.').map(Number);
  if (version !== 6) return undefined;
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  const all = tail === undefined ? left : [...left, ...Array<string>(missing).fill('0'), ...right];
  return all.flatMap((group) => {
    const word = parseInt(group, 16);
    return [word >> 8, word & 0xff];
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
