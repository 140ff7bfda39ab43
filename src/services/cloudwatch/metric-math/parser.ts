/**
 * The metric math language of GetMetricData and alarms, parsed into a tree: numbers, query ids,
 * strings, function calls, arrays, arithmetic (+ - * / ^), comparisons and logical operators.
 */
export type Expression =
  | { type: 'number'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'string'; value: string }
  | { type: 'keyword'; name: string }
  | { type: 'call'; name: string; args: Expression[] }
  | { type: 'array'; items: Expression[] }
  | { type: 'unary'; op: '-' | '!'; operand: Expression }
  | { type: 'binary'; op: string; left: Expression; right: Expression };

/** A syntax error, with the character position CloudWatch reports. */
export class MathSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
  }
}

interface Token {
  kind: 'number' | 'name' | 'string' | 'op' | 'end';
  text: string;
  position: number;
}

const OPERATORS = ['>=', '<=', '==', '!=', '&&', '||', '+', '-', '*', '/', '^', '(', ')', ',', '[', ']', '>', '<', '!'];
const KEYWORDS = new Set(['REPEAT', 'LINEAR']);

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (number) tokens.push({ kind: 'number', text: number[0], position: i });
    else if (name) tokens.push({ kind: 'name', text: name[0], position: i });
    else if (rest[0] === '"' || rest[0] === "'") {
      const { value, length } = readString(source, i);
      tokens.push({ kind: 'string', text: value, position: i });
      i += length;
      continue;
    } else {
      const op = OPERATORS.find((candidate) => rest.startsWith(candidate));
      if (!op) throw new MathSyntaxError(`Unexpected character '${rest[0]}'`, i);
      tokens.push({ kind: 'op', text: op, position: i });
    }
    i += tokens[tokens.length - 1]!.text.length;
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

function readString(source: string, start: number): { value: string; length: number } {
  const quote = source[start]!;
  let value = '';
  for (let i = start + 1; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\' && i + 1 < source.length) {
      value += source[++i];
    } else if (char === quote) {
      return { value, length: i - start + 1 };
    } else {
      value += char;
    }
  }
  throw new MathSyntaxError('Unterminated string', start);
}

/** Binding power of each binary operator: logical below comparison below arithmetic. */
const PRECEDENCE: Record<string, number> = {
  '||': 1, OR: 1, '&&': 2, AND: 2,
  '>': 3, '<': 3, '>=': 3, '<=': 3, '==': 3, '!=': 3,
  '+': 4, '-': 4, '*': 5, '/': 5, '^': 7,
};

export function parseExpression(source: string): Expression {
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index]!;
  const next = () => tokens[index++]!;
  const expect = (text: string) => {
    const token = next();
    if (token.text !== text) throw new MathSyntaxError(`Expected '${text}' but found '${token.text || 'end of expression'}'`, token.position);
  };
  const binaryOp = (token: Token) => (token.kind === 'op' || (token.kind === 'name' && /^(AND|OR)$/.test(token.text)) ? token.text : undefined);

  const parse = (minimum: number): Expression => {
    let left = primary();
    for (;;) {
      const op = binaryOp(peek());
      const power = op !== undefined ? PRECEDENCE[op] : undefined;
      if (op === undefined || power === undefined || power < minimum) return left;
      next();
      // ^ binds to the right; the others to the left.
      const right = parse(op === '^' ? power : power + 1);
      left = { type: 'binary', op: op === 'AND' ? '&&' : op === 'OR' ? '||' : op, left, right };
    }
  };

  const list = (close: string): Expression[] => {
    const items: Expression[] = [];
    if (peek().text === close) {
      next();
      return items;
    }
    for (;;) {
      items.push(parse(0));
      const token = next();
      if (token.text === close) return items;
      if (token.text !== ',') throw new MathSyntaxError(`Expected ',' or '${close}'`, token.position);
    }
  };

  const primary = (): Expression => {
    const token = next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: Number(token.text) };
      case 'string':
        return { type: 'string', value: token.text };
      case 'name':
        if (peek().text === '(') {
          next();
          return { type: 'call', name: token.text.toUpperCase(), args: list(')') };
        }
        if (token.text === 'NOT') return { type: 'unary', op: '!', operand: parse(6) };
        if (KEYWORDS.has(token.text)) return { type: 'keyword', name: token.text };
        return { type: 'ref', id: token.text };
      case 'op':
        if (token.text === '(') {
          const inner = parse(0);
          expect(')');
          return inner;
        }
        if (token.text === '[') return { type: 'array', items: list(']') };
        if (token.text === '-' || token.text === '!') return { type: 'unary', op: token.text, operand: parse(6) };
        break;
      case 'end':
        throw new MathSyntaxError('Unexpected end of expression', token.position);
    }
    throw new MathSyntaxError(`Unexpected '${token.text}'`, token.position);
  };

  const tree = parse(0);
  if (peek().kind !== 'end') throw new MathSyntaxError(`Unexpected '${peek().text}'`, peek().position);
  return tree;
}

/** The query ids an expression refers to, so queries can be evaluated in dependency order. */
export function referencesOf(expression: Expression): string[] {
  switch (expression.type) {
    case 'ref':
      return [expression.id];
    case 'call':
      return expression.args.flatMap(referencesOf);
    case 'array':
      return expression.items.flatMap(referencesOf);
    case 'unary':
      return referencesOf(expression.operand);
    case 'binary':
      return [...referencesOf(expression.left), ...referencesOf(expression.right)];
    default:
      return [];
  }
}
