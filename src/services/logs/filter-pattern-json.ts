import { compare, Lexer, type Operand, type Operator } from './filter-lexer.js';

/** A parsed `{ … }` pattern: a tree of conditions over JSON selectors joined by `&&` and `||`. */
export type JsonCondition =
  | { kind: 'and' | 'or'; left: JsonCondition; right: JsonCondition }
  | { kind: 'compare'; selector: string; operator: Operator; operand: Operand }
  | { kind: 'is'; selector: string; test: 'NULL' | 'TRUE' | 'FALSE' | 'NOT EXISTS' | 'EXISTS' };

/** Parses the body of `{ … }`; `text` is the whole pattern, braces included. */
export function parseJsonPattern(text: string): JsonCondition {
  const lexer = new Lexer(text, '(){}');
  lexer.expect('{');
  const condition = disjunction(lexer);
  lexer.expect('}');
  if (!lexer.atEnd()) lexer.fail('unexpected text after }');
  return condition;
}

function disjunction(lexer: Lexer): JsonCondition {
  let left = conjunction(lexer);
  while (lexer.accept('||')) left = { kind: 'or', left, right: conjunction(lexer) };
  return left;
}

function conjunction(lexer: Lexer): JsonCondition {
  let left = primary(lexer);
  while (lexer.accept('&&')) left = { kind: 'and', left, right: primary(lexer) };
  return left;
}

function primary(lexer: Lexer): JsonCondition {
  if (lexer.accept('(')) {
    const inner = disjunction(lexer);
    lexer.expect(')');
    return inner;
  }
  const selector = lexer.word();
  if (!selector.startsWith('$')) lexer.fail(`a JSON selector starts with $, not '${selector}'`);
  if (lexer.accept('IS')) {
    for (const test of ['NULL', 'TRUE', 'FALSE'] as const) if (lexer.accept(test)) return { kind: 'is', selector, test };
    lexer.fail('expected NULL, TRUE or FALSE after IS');
  }
  if (lexer.accept('NOT')) {
    lexer.expect('EXISTS');
    return { kind: 'is', selector, test: 'NOT EXISTS' };
  }
  if (lexer.accept('EXISTS')) return { kind: 'is', selector, test: 'EXISTS' };
  const operator = lexer.operator();
  if (!operator) return lexer.fail('expected a comparison operator');
  return { kind: 'compare', selector, operator, operand: lexer.operand() };
}

const MISSING = Symbol('missing');

/** The values a selector reaches: one, or several through `[*]` and `$.*`-style wildcards. */
export function select(document: unknown, selector: string): unknown[] {
  const steps = selector.replace(/^\$/, '').match(/\.[^.[\]]+|\[\d+\]|\[\*\]|\.\*/g) ?? [];
  let values: unknown[] = [document];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of values) {
      if (value === null || typeof value !== 'object') continue;
      if (step === '[*]' || step === '.*') next.push(...Object.values(value as object));
      else {
        const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1);
        if (Object.hasOwn(value as object, key)) next.push((value as Record<string | number, unknown>)[key]);
      }
    }
    values = next;
  }
  return values;
}

export function evaluateJson(condition: JsonCondition, document: unknown): boolean {
  switch (condition.kind) {
    case 'and': return evaluateJson(condition.left, document) && evaluateJson(condition.right, document);
    case 'or': return evaluateJson(condition.left, document) || evaluateJson(condition.right, document);
    case 'compare': {
      const values = select(document, condition.selector);
      return values.some((value) => compare(value, condition.operator, condition.operand));
    }
    case 'is': {
      const values = select(document, condition.selector);
      const value = values.length ? values[0] : MISSING;
      if (condition.test === 'NOT EXISTS') return value === MISSING;
      if (condition.test === 'EXISTS') return value !== MISSING;
      if (condition.test === 'NULL') return value === null;
      return value === (condition.test === 'TRUE');
    }
  }
}
