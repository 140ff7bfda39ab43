import { FilterPatternError } from './filter-errors.js';

/** A comparison's right-hand side: a number, a string with `*` wildcards, or a `%regex%`. */
export type Operand =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'regex'; value: RegExp };

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=';

const OPERATORS: Operator[] = ['!=', '<=', '>=', '=', '<', '>'];
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Reads a filter pattern's conditions one piece at a time; the parsers ask for what they expect next. */
export class Lexer {
  position = 0;

  constructor(
    readonly text: string,
    private readonly stops: string,
  ) {}

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position]!)) this.position++;
  }

  peek(expected: string): boolean {
    this.skipSpace();
    return this.text.startsWith(expected, this.position);
  }

  /** Consumes `expected` when it is next (keywords only when a word boundary follows). */
  accept(expected: string): boolean {
    if (!this.peek(expected)) return false;
    const after = this.text[this.position + expected.length];
    if (/^[A-Z]+$/.test(expected) && after !== undefined && /\w/.test(after)) return false;
    this.position += expected.length;
    return true;
  }

  expect(expected: string): void {
    if (!this.accept(expected)) this.fail(`expected '${expected}'`);
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.position >= this.text.length;
  }

  operator(): Operator | undefined {
    this.skipSpace();
    return OPERATORS.find((op) => this.accept(op));
  }

  /** A bare word up to a space or a stop character: field names and `$.json.paths`. */
  word(): string {
    this.skipSpace();
    const start = this.position;
    while (this.position < this.text.length && !/\s/.test(this.text[this.position]!) && !this.isStop()) this.position++;
    if (this.position === start) this.fail('expected a name');
    return this.text.slice(start, this.position);
  }

  operand(): Operand {
    this.skipSpace();
    const first = this.text[this.position];
    if (first === '"') return { kind: 'string', value: this.quoted() };
    if (first === '%') {
      const end = this.text.indexOf('%', this.position + 1);
      if (end < 0) this.fail('unterminated regular expression');
      const source = this.text.slice(this.position + 1, end);
      this.position = end + 1;
      return { kind: 'regex', value: regex(source) };
    }
    const text = this.word();
    return NUMBER.test(text) ? { kind: 'number', value: Number(text), text } : { kind: 'string', value: text };
  }

  quoted(): string {
    this.skipSpace();
    if (this.text[this.position] !== '"') this.fail('expected a quoted string');
    let value = '';
    for (this.position++; this.position < this.text.length; this.position++) {
      const char = this.text[this.position]!;
      if (char === '\\' && this.position + 1 < this.text.length) value += this.text[++this.position];
      else if (char === '"') {
        this.position++;
        return value;
      } else value += char;
    }
    return this.fail('unterminated quoted string');
  }

  fail(reason: string): never {
    throw new FilterPatternError(`Invalid filter pattern '${this.text}': ${reason} at position ${this.position}`);
  }

  private isStop(): boolean {
    const rest = this.text.slice(this.position);
    return this.stops.includes(rest[0]!) || rest.startsWith('&&') || rest.startsWith('||') || OPERATORS.some((op) => rest.startsWith(op));
  }
}

export function regex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new FilterPatternError(`Invalid regular expression in filter pattern: %${source}%`);
  }
}

/** `*` matches any run of characters; everything else literally. */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`, 's').test(value);
}

/** Compares a field's value with an operand as metric filters do: numbers numerically, strings with wildcards. */
export function compare(value: unknown, operator: Operator, operand: Operand): boolean {
  if (value === undefined || value === null || typeof value === 'object') return false;
  const text = String(value);
  if (operand.kind === 'regex') return (operator === '!=') !== operand.value.test(text);
  if (operand.kind === 'number') {
    if (typeof value === 'boolean' || !NUMBER.test(text)) return operator === '!=';
    const number = Number(text);
    switch (operator) {
      case '=': return number === operand.value;
      case '!=': return number !== operand.value;
      case '<': return number < operand.value;
      case '<=': return number <= operand.value;
      case '>': return number > operand.value;
      case '>=': return number >= operand.value;
    }
  }
  if (operator === '=') return wildcardMatch(operand.value, text);
  if (operator === '!=') return !wildcardMatch(operand.value, text);
  throw new FilterPatternError(`Operator ${operator} needs a number`);
}
