import { compare, Lexer, type Operand, type Operator } from './filter-lexer.js';

type FieldCondition =
  | { kind: 'and' | 'or'; left: FieldCondition; right: FieldCondition }
  | { kind: 'compare'; field: string; operator: Operator; operand: Operand };

/** One entry of `[ … ]`: `...` for any number of fields, or a named field with optional conditions. */
export type SpaceElement = { kind: 'ellipsis' } | { kind: 'field'; name: string; condition?: FieldCondition };

export function parseSpacePattern(text: string): SpaceElement[] {
  const lexer = new Lexer(text, ',[]()');
  lexer.expect('[');
  const elements: SpaceElement[] = [];
  if (!lexer.accept(']')) {
    do elements.push(element(lexer));
    while (lexer.accept(','));
    lexer.expect(']');
  }
  if (!lexer.atEnd()) lexer.fail('unexpected text after ]');
  return elements;
}

function element(lexer: Lexer): SpaceElement {
  if (lexer.accept('...')) return { kind: 'ellipsis' };
  const start = lexer.position;
  const name = lexer.word();
  if (lexer.peek(',') || lexer.peek(']')) return { kind: 'field', name };
  lexer.position = start;
  return { kind: 'field', name, condition: disjunction(lexer) };
}

function disjunction(lexer: Lexer): FieldCondition {
  let left = conjunction(lexer);
  while (lexer.accept('||')) left = { kind: 'or', left, right: conjunction(lexer) };
  return left;
}

function conjunction(lexer: Lexer): FieldCondition {
  let left = primary(lexer);
  while (lexer.accept('&&')) left = { kind: 'and', left, right: primary(lexer) };
  return left;
}

function primary(lexer: Lexer): FieldCondition {
  if (lexer.accept('(')) {
    const inner = disjunction(lexer);
    lexer.expect(')');
    return inner;
  }
  const field = lexer.word();
  const operator = lexer.operator();
  if (!operator) return lexer.fail(`expected a comparison after ${field}`);
  return { kind: 'compare', field, operator, operand: lexer.operand() };
}

/**
 * Splits a message into space-delimited fields; text inside double quotes or square brackets
 * is one field, without its delimiters.
 */
export function splitFields(message: string): string[] {
  const fields: string[] = [];
  let index = 0;
  while (index < message.length) {
    while (message[index] === ' ' || message[index] === '\t') index++;
    if (index >= message.length) break;
    const close = message[index] === '"' ? '"' : message[index] === '[' ? ']' : undefined;
    if (close) {
      const end = message.indexOf(close, index + 1);
      if (end >= 0) {
        fields.push(message.slice(index + 1, end));
        index = end + 1;
        continue;
      }
    }
    const start = index;
    while (index < message.length && message[index] !== ' ' && message[index] !== '\t') index++;
    fields.push(message.slice(start, index));
  }
  return fields;
}

/** Binds the pattern's names to the message's fields (backtracking over `...`), then checks every condition. */
export function matchSpacePattern(elements: SpaceElement[], message: string): Record<string, string> | undefined {
  const fields = splitFields(message);
  const bind = (e: number, f: number, bound: Record<string, string>): Record<string, string> | undefined => {
    if (e === elements.length) return f === fields.length && conditionsHold(elements, bound) ? bound : undefined;
    const current = elements[e]!;
    if (current.kind === 'ellipsis') {
      for (let skip = 0; f + skip <= fields.length; skip++) {
        const result = bind(e + 1, f + skip, bound);
        if (result) return result;
      }
      return undefined;
    }
    if (f >= fields.length) return undefined;
    return bind(e + 1, f + 1, { ...bound, [current.name]: fields[f]! });
  };
  return bind(0, 0, {});
}

function conditionsHold(elements: SpaceElement[], bound: Record<string, string>): boolean {
  return elements.every((element) => element.kind === 'ellipsis' || !element.condition || holds(element.condition, bound));
}

function holds(condition: FieldCondition, bound: Record<string, string>): boolean {
  switch (condition.kind) {
    case 'and': return holds(condition.left, bound) && holds(condition.right, bound);
    case 'or': return holds(condition.left, bound) || holds(condition.right, bound);
    case 'compare': return compare(bound[condition.field], condition.operator, condition.operand);
  }
}
