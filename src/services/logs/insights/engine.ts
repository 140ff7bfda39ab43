import { AGGREGATES, aggregate } from './aggregates.js';
import { callFunction, toNumber, type Value } from './functions.js';
import type { Command, Expr, Projection } from './parser.js';
import { QuerySyntaxError } from './tokens.js';

/** An event as a query sees it. */
export interface QueryEvent {
  account: string;
  logGroupName: string;
  logStreamName: string;
  timestamp: number;
  ingestionTime: number;
  message: string;
  eventId: string;
}

export interface QueryOutcome {
  results: Array<Array<{ field: string; value: string }>>;
  statistics: { recordsMatched: number; recordsScanned: number; bytesScanned: number };
}

type Row = Record<string, Value>;

const DEFAULT_COLUMNS = ['@timestamp', '@message', '@logStream', '@log'];

/** Runs parsed commands over events in time order and renders the rows as GetQueryResults does. */
export function runQuery(commands: Command[], events: QueryEvent[], maxResults: number): QueryOutcome {
  const isStats = commands.some((command) => command.kind === 'stats');
  // Without a sort, Insights shows the newest events first.
  const ordered = isStats || commands.some((command) => command.kind === 'sort') ? events : [...events].reverse();
  let rows: Row[] = ordered.map(toRow);
  const bytesScanned = events.reduce((sum, event) => sum + Buffer.byteLength(event.message), 0);
  const timeColumns = new Set(['@timestamp', '@ingestionTime']);
  let columns: string[] | undefined;
  let displayed: string[] | undefined;
  let recordsMatched: number | undefined;
  for (const command of commands) {
    switch (command.kind) {
      case 'fields':
        for (const row of rows) for (const { expr, name } of command.projections) row[name] = evaluate(expr, row);
        columns = [...new Set([...(columns ?? []), ...command.projections.map((p) => p.name)])];
        break;
      case 'display':
        for (const row of rows) for (const { expr, name } of command.projections) if (expr.kind !== 'field' || expr.name !== name) row[name] = evaluate(expr, row);
        displayed = command.projections.map((p) => p.name);
        break;
      case 'filter':
        rows = rows.filter((row) => truthy(evaluate(command.expr, row)));
        break;
      case 'parse':
        for (const row of rows) parseInto(row, command);
        break;
      case 'stats':
        recordsMatched = rows.length;
        rows = stats(rows, command.aggregates, command.groups);
        for (const group of command.groups) if (group.expr.kind === 'call' && group.expr.name === 'bin') timeColumns.add(group.name);
        columns = [...command.groups, ...command.aggregates].map((p) => p.name);
        displayed = undefined;
        break;
      case 'sort':
        rows = sortRows(rows, command.keys);
        break;
      case 'limit':
        rows = rows.slice(0, command.count);
        break;
      case 'dedup': {
        const seen = new Set<string>();
        rows = rows.filter((row) => {
          const key = JSON.stringify(command.fields.map((field) => evaluate(field, row) ?? null));
          return !seen.has(key) && Boolean(seen.add(key));
        });
        break;
      }
    }
  }
  const output = displayed ?? columns ?? DEFAULT_COLUMNS;
  const results = rows.slice(0, maxResults).map((row) => {
    const fields = output.filter((name) => row[name] !== undefined && row[name] !== null).map((name) => ({ field: name, value: render(row[name], timeColumns.has(name)) }));
    if (!isStats) fields.push({ field: '@ptr', value: String(row['@ptr']) });
    return fields;
  });
  return { results, statistics: { recordsMatched: recordsMatched ?? rows.length, recordsScanned: events.length, bytesScanned } };
}

function toRow(event: QueryEvent): Row {
  const row: Row = {
    '@timestamp': event.timestamp, '@message': event.message, '@logStream': event.logStreamName,
    '@log': `${event.account}:${event.logGroupName}`, '@ingestionTime': event.ingestionTime,
    '@ptr': Buffer.from(`${event.account}:${event.logGroupName}:${event.eventId}`).toString('base64'),
  };
  if (event.message.trimStart().startsWith('{')) {
    try {
      flatten(JSON.parse(event.message) as unknown, '', row);
    } catch {
      // Not JSON after all: only the built-in fields are discovered.
    }
  }
  return row;
}

/** Insights discovers the fields of JSON events, nested ones joined with dots. */
function flatten(value: unknown, prefix: string, row: Row): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, row);
  } else if (prefix && !(prefix in row)) {
    row[prefix] = value as Value;
  }
}

function parseInto(row: Row, command: Extract<Command, { kind: 'parse' }>): void {
  const source = evaluate(command.source, row);
  if (source === undefined || source === null) return;
  const match = command.regex.exec(String(source));
  if (!match) return;
  if (match.groups) for (const name of command.names) row[name] = match.groups[name];
  else command.names.forEach((name, index) => (row[name] = match[index + 1]));
}

export function evaluate(expr: Expr, row: Row): Value {
  switch (expr.kind) {
    case 'literal': return expr.value;
    case 'field': return row[expr.name];
    case 'duration': return expr.ms;
    case 'regex': return expr.value.source;
    case 'unary': {
      const value = evaluate(expr.operand, row);
      return expr.op === 'not' ? !truthy(value) : -(toNumber(value) ?? NaN);
    }
    case 'in': {
      const value = evaluate(expr.value, row);
      const found = expr.list.some((item) => equal(value, evaluate(item, row)));
      return expr.negated ? !found : found;
    }
    case 'call':
      if (expr.name === 'bin') {
        const size = expr.args[0] ? Number(evaluate(expr.args[0], row)) : 0;
        const timestamp = Number(row['@timestamp']);
        return size > 0 ? Math.floor(timestamp / size) * size : timestamp;
      }
      if (AGGREGATES.has(expr.name)) throw new QuerySyntaxError(`${expr.name} can only be used in stats`);
      return callFunction(expr.name, expr.args.map((arg) => evaluate(arg, row)));
    case 'binary': return binary(expr, row);
  }
}

function binary(expr: Extract<Expr, { kind: 'binary' }>, row: Row): Value {
  if (expr.op === 'and') return truthy(evaluate(expr.left, row)) && truthy(evaluate(expr.right, row));
  if (expr.op === 'or') return truthy(evaluate(expr.left, row)) || truthy(evaluate(expr.right, row));
  const left = evaluate(expr.left, row);
  if (expr.op === 'like' || expr.op === '=~') {
    if (left === undefined || left === null) return false;
    return expr.right.kind === 'regex' ? expr.right.value.test(String(left)) : String(left).includes(String(evaluate(expr.right, row)));
  }
  const right = evaluate(expr.right, row);
  if (expr.op === '=') return equal(left, right);
  if (expr.op === '!=') return left !== undefined && left !== null && !equal(left, right);
  const a = toNumber(left);
  const b = toNumber(right);
  switch (expr.op) {
    case '+': return a !== undefined && b !== undefined ? a + b : undefined;
    case '-': return a !== undefined && b !== undefined ? a - b : undefined;
    case '*': return a !== undefined && b !== undefined ? a * b : undefined;
    case '/': return a !== undefined && b !== undefined && b !== 0 ? a / b : undefined;
    case '%': return a !== undefined && b !== undefined && b !== 0 ? a % b : undefined;
  }
  if (left === undefined || left === null || right === undefined || right === null) return false;
  const [x, y] = a !== undefined && b !== undefined ? [a, b] : [String(left), String(right)];
  switch (expr.op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
  }
  throw new QuerySyntaxError(`unknown operator ${expr.op}`);
}

function equal(left: Value, right: Value): boolean {
  if (left === undefined || left === null) return false;
  const a = toNumber(left);
  const b = toNumber(right);
  return a !== undefined && b !== undefined ? a === b : String(left) === String(right);
}

function truthy(value: Value): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

function stats(rows: Row[], aggregates: Projection[], groups: Projection[]): Row[] {
  const buckets = new Map<string, { keys: Value[]; rows: Row[] }>();
  for (const row of rows) {
    const keys = groups.map((group) => evaluate(group.expr, row));
    const id = JSON.stringify(keys.map((key) => key ?? null));
    let bucket = buckets.get(id);
    if (!bucket) buckets.set(id, (bucket = { keys, rows: [] }));
    bucket.rows.push(row);
  }
  if (!groups.length && !buckets.size) buckets.set('[]', { keys: [], rows: [] });
  return [...buckets.values()].map(({ keys, rows: members }) => {
    const out: Row = {};
    groups.forEach((group, index) => (out[group.name] = keys[index]));
    for (const { expr, name } of aggregates) {
      if (expr.kind !== 'call' || !AGGREGATES.has(expr.name)) throw new QuerySyntaxError(`stats needs an aggregate function, not ${name}`);
      const [argument, ...extra] = expr.args;
      const values = members.map((row) => (argument && !(argument.kind === 'literal' && argument.value === '*') ? evaluate(argument, row) : 1));
      out[name] = aggregate(expr.name, values, extra.map((arg) => evaluate(arg, {})));
    }
    return out;
  });
}

function sortRows(rows: Row[], keys: Array<{ expr: Expr; descending: boolean }>): Row[] {
  const keyed = rows.map((row) => ({ row, values: keys.map((key) => evaluate(key.expr, row)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const order = compareValues(a.values[i], b.values[i]);
      if (order) return keys[i]!.descending ? -order : order;
    }
    return 0;
  });
  return keyed.map((entry) => entry.row);
}

function compareValues(a: Value, b: Value): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  return String(a) < String(b) ? -1 : 1;
}

/** Timestamps print as `2024-01-02 03:04:05.678`; numbers without trailing noise. */
function render(value: Value, isTime: boolean): string {
  if (isTime && typeof value === 'number') return new Date(value).toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'number') return String(Number.isInteger(value) ? value : Number(value.toPrecision(15)));
  return String(value);
}
