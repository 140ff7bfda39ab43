import { Cursor, QuerySyntaxError, tokenize, type Token } from './tokens.js';

export type Expr =
  | { kind: 'literal'; value: string | number }
  | { kind: 'field'; name: string }
  | { kind: 'regex'; value: RegExp }
  | { kind: 'duration'; ms: number; text: string }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'unary'; op: 'not' | '-'; operand: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'in'; value: Expr; list: Expr[]; negated: boolean };

export interface Projection {
  expr: Expr;
  name: string;
}

export type Command =
  | { kind: 'fields' | 'display'; projections: Projection[] }
  | { kind: 'filter'; expr: Expr }
  | { kind: 'parse'; source: Expr; regex: RegExp; names: string[] }
  | { kind: 'stats'; aggregates: Projection[]; groups: Projection[] }
  | { kind: 'sort'; keys: Array<{ expr: Expr; descending: boolean }> }
  | { kind: 'limit'; count: number }
  | { kind: 'dedup'; fields: Expr[] };

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, hr: 3_600_000, d: 86_400_000, w: 604_800_000 };
const PRECEDENCE: Array<string[]> = [['=', '!=', '<', '<=', '>', '>=', '=~', 'like'], ['+', '-'], ['*', '/', '%']];

/** Parses a Logs Insights query (QL dialect) into commands; throws QuerySyntaxError. */
export function parseQuery(query: string): Command[] {
  const commands: Command[] = [];
  let current: Token[] = [];
  for (const token of [...tokenize(query), { kind: 'pipe', text: '|' } as Token]) {
    if (token.kind !== 'pipe') {
      current.push(token);
      continue;
    }
    if (current.length) commands.push(command(new Cursor(current), query));
    current = [];
  }
  if (!commands.length) throw new QuerySyntaxError('the query is empty');
  return commands;
}

function command(cursor: Cursor, query: string): Command {
  const word = cursor.next().text.toLowerCase();
  let parsed: Command;
  switch (word) {
    case 'fields':
    case 'display':
      parsed = { kind: word, projections: projections(cursor) };
      break;
    case 'filter':
      parsed = { kind: 'filter', expr: expression(cursor) };
      break;
    case 'parse':
      parsed = parseCommand(cursor);
      break;
    case 'stats':
      parsed = statsCommand(cursor);
      break;
    case 'sort':
      parsed = { kind: 'sort', keys: list(cursor, () => ({ expr: additive(cursor), descending: cursor.accept('desc') || (cursor.accept('asc') && false) })) };
      break;
    case 'limit': {
      const token = cursor.next();
      if (token.kind !== 'number') throw new QuerySyntaxError('limit needs a number');
      parsed = { kind: 'limit', count: Number(token.text) };
      break;
    }
    case 'dedup':
      parsed = { kind: 'dedup', fields: list(cursor, () => additive(cursor)) };
      break;
    default:
      throw new QuerySyntaxError(`unknown command '${word}' in query: ${query}`);
  }
  if (!cursor.done()) throw new QuerySyntaxError(`unexpected '${cursor.peek()!.text}' in ${word}`);
  return parsed;
}

function list<T>(cursor: Cursor, item: () => T): T[] {
  const items = [item()];
  while (cursor.accept(',')) items.push(item());
  return items;
}

function projections(cursor: Cursor): Projection[] {
  return list(cursor, () => {
    const start = cursor.peek();
    const expr = expression(cursor);
    const name = cursor.accept('as') ? cursor.next().text : nameOf(expr, start);
    return { expr, name };
  });
}

function parseCommand(cursor: Cursor): Command {
  const source: Expr = cursor.peek()?.kind === 'name' ? { kind: 'field', name: cursor.next().text } : { kind: 'field', name: '@message' };
  const pattern = cursor.next();
  if (pattern.kind === 'regex') {
    const regex = new RegExp(pattern.text, pattern.flags?.replace(/[^imsu]/g, ''));
    const names = [...pattern.text.matchAll(/\(\?<([A-Za-z_]\w*)>/g)].map((match) => match[1]!);
    return { kind: 'parse', source, regex, names };
  }
  if (pattern.kind !== 'string') throw new QuerySyntaxError('parse needs a glob string or a regular expression');
  cursor.expect('as');
  const names = list(cursor, () => cursor.next().text);
  const parts = pattern.text.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'));
  const source2 = parts.map((part, i) => (i === 0 ? part : `${i === parts.length - 1 ? '(.*)' : '(.*?)'}${part}`)).join('');
  return { kind: 'parse', source, regex: new RegExp(source2, 's'), names };
}

function statsCommand(cursor: Cursor): Command {
  const aggregates = projections(cursor);
  const groups = cursor.accept('by') ? projections(cursor) : [];
  return { kind: 'stats', aggregates, groups };
}

export function expression(cursor: Cursor): Expr {
  let left = conjunction(cursor);
  while (cursor.accept('or') || cursor.accept('||')) left = { kind: 'binary', op: 'or', left, right: conjunction(cursor) };
  return left;
}

function conjunction(cursor: Cursor): Expr {
  let left = negation(cursor);
  while (cursor.accept('and') || cursor.accept('&&')) left = { kind: 'binary', op: 'and', left, right: negation(cursor) };
  return left;
}

function negation(cursor: Cursor): Expr {
  if (cursor.accept('not') || cursor.accept('!')) return { kind: 'unary', op: 'not', operand: negation(cursor) };
  return comparison(cursor);
}

function comparison(cursor: Cursor): Expr {
  const left = additive(cursor);
  const negated = cursor.peek()?.text.toLowerCase() === 'not' && cursor.peek(1)?.text.toLowerCase() === 'in' ? (cursor.next(), true) : false;
  if (cursor.accept('in')) {
    cursor.expect('[');
    const items = list(cursor, () => additive(cursor));
    cursor.expect(']');
    return { kind: 'in', value: left, list: items, negated };
  }
  const op = PRECEDENCE[0]!.find((candidate) => cursor.accept(candidate));
  return op ? { kind: 'binary', op, left, right: additive(cursor) } : left;
}

function additive(cursor: Cursor, level = 1): Expr {
  if (level >= PRECEDENCE.length) return unary(cursor);
  let left = additive(cursor, level + 1);
  for (let op = PRECEDENCE[level]!.find((c) => cursor.accept(c)); op; op = PRECEDENCE[level]!.find((c) => cursor.accept(c))) {
    left = { kind: 'binary', op, left, right: additive(cursor, level + 1) };
  }
  return left;
}

function unary(cursor: Cursor): Expr {
  if (cursor.accept('-')) return { kind: 'unary', op: '-', operand: unary(cursor) };
  const token = cursor.next();
  switch (token.kind) {
    case 'string': return { kind: 'literal', value: token.text };
    case 'number': return { kind: 'literal', value: Number(token.text) };
    case 'regex': return { kind: 'regex', value: new RegExp(token.text, token.flags?.replace(/[^imsu]/g, '')) };
    case 'duration': {
      const match = /^([\d.]+)([a-z]+)$/.exec(token.text)!;
      const unit = UNITS[match[2]!];
      if (!unit) throw new QuerySyntaxError(`unknown time unit in ${token.text}`);
      return { kind: 'duration', ms: Number(match[1]) * unit, text: token.text };
    }
    case 'name':
      if (cursor.accept('(')) {
        const args = cursor.peek()?.text === ')' ? [] : list(cursor, () => (cursor.accept('*') ? { kind: 'literal', value: '*' } as Expr : expression(cursor)));
        cursor.expect(')');
        return { kind: 'call', name: token.text.toLowerCase(), args };
      }
      return { kind: 'field', name: token.text };
    default:
      if (token.text === '(') {
        const inner = expression(cursor);
        cursor.expect(')');
        return inner;
      }
      throw new QuerySyntaxError(`unexpected '${token.text}'`);
  }
}

/** The column name Insights gives an unnamed expression: a field's name, or the expression as written. */
function nameOf(expr: Expr, start: Token | undefined): string {
  if (expr.kind === 'field') return expr.name;
  return render(expr) ?? start?.text ?? 'expr';
}

function render(expr: Expr): string {
  switch (expr.kind) {
    case 'field': return expr.name;
    case 'literal': return typeof expr.value === 'string' ? (expr.value === '*' ? '*' : `"${expr.value}"`) : String(expr.value);
    case 'duration': return expr.text;
    case 'regex': return `/${expr.value.source}/`;
    case 'call': return `${expr.name}(${expr.args.map(render).join(',')})`;
    case 'unary': return `${expr.op === 'not' ? 'not ' : '-'}${render(expr.operand)}`;
    case 'binary': return `${render(expr.left)}${expr.op}${render(expr.right)}`;
    case 'in': return `${render(expr.value)} in [${expr.list.map(render).join(',')}]`;
  }
}
