import { callFunction } from './functions.js';
import type { Expression } from './parser.js';
import { array, combine, type MathValue, MathError, mapValues, scalar, series, seriesOf, type TimeSeries } from './values.js';

/** What an evaluation needs from its surroundings: other queries' results, stored metrics, the time grid. */
export interface MathEnvironment {
  /** The result of another query of the request, by id. */
  resolve(id: string): MathValue | undefined;
  /** Every query result of the request whose query reads a metric (METRICS()). */
  metrics(): TimeSeries[];
  /** SEARCH: stored metrics matching a search expression, one series per metric. */
  search(query: string, stat: string, period: number): Promise<TimeSeries[]>;
  /** The period of the expression's result, in seconds. */
  period: number;
  /** Every period start in the requested range: the timestamps FILL fills. */
  grid(): number[];
}

export async function evaluate(expression: Expression, env: MathEnvironment): Promise<MathValue> {
  switch (expression.type) {
    case 'number':
      return scalar(expression.value);
    case 'string':
      return { kind: 'string', value: expression.value };
    case 'keyword':
      return { kind: 'keyword', name: expression.name };
    case 'ref': {
      const value = env.resolve(expression.id);
      if (!value) throw new MathError(`Unknown metric or expression id: ${expression.id}`);
      return value;
    }
    case 'array': {
      const items: TimeSeries[] = [];
      for (const item of expression.items) items.push(...seriesOf(await evaluate(item, env), 'An array element'));
      return array(items);
    }
    case 'unary': {
      const operand = await evaluate(expression.operand, env);
      return unary(expression.op, operand);
    }
    case 'binary':
      return binary(expression.op, await evaluate(expression.left, env), await evaluate(expression.right, env));
    case 'call': {
      const args: MathValue[] = [];
      for (const arg of expression.args) args.push(await evaluate(arg, env));
      return callFunction(expression.name, args, env);
    }
  }
}

const BINARY: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
  '>': (a, b) => Number(a > b),
  '<': (a, b) => Number(a < b),
  '>=': (a, b) => Number(a >= b),
  '<=': (a, b) => Number(a <= b),
  '==': (a, b) => Number(a === b),
  '!=': (a, b) => Number(a !== b),
  '&&': (a, b) => Number(a !== 0 && b !== 0),
  '||': (a, b) => Number(a !== 0 || b !== 0),
};

function unary(op: '-' | '!', operand: MathValue): MathValue {
  const apply = op === '-' ? (v: number) => -v : (v: number) => Number(v === 0);
  if (operand.kind === 'scalar') return scalar(apply(operand.value));
  if (operand.kind === 'series') return series(mapValues(operand.series, apply));
  if (operand.kind === 'array') return array(operand.items.map((s) => mapValues(s, apply)));
  throw new MathError(`Operator ${op} needs a number or a time series`);
}

/** Scalars broadcast; a series with an array applies to each of its series; two arrays must match in size. */
export function binary(op: string, left: MathValue, right: MathValue): MathValue {
  const apply = BINARY[op];
  if (!apply) throw new MathError(`Unknown operator ${op}`);
  if (left.kind === 'scalar' && right.kind === 'scalar') return scalar(apply(left.value, right.value));
  if (left.kind === 'scalar') return withSeries(right, (s) => mapValues(s, (v) => apply(left.value, v)));
  if (right.kind === 'scalar') return withSeries(left, (s) => mapValues(s, (v) => apply(v, right.value)));
  if (left.kind === 'series' && right.kind === 'series') return series(combine(left.series, right.series, apply, left.series.label));
  if (left.kind === 'array' && right.kind === 'array') {
    if (left.items.length !== right.items.length) throw new MathError('Arrays in an operation must have the same size');
    return array(left.items.map((s, i) => combine(s, right.items[i]!, apply, s.label)));
  }
  if (left.kind === 'array' && right.kind === 'series') return array(left.items.map((s) => combine(s, right.series, apply, s.label)));
  if (left.kind === 'series' && right.kind === 'array') return array(right.items.map((s) => combine(left.series, s, apply, s.label)));
  throw new MathError(`Operator ${op} needs numbers or time series`);
}

function withSeries(value: MathValue, transform: (s: TimeSeries) => TimeSeries): MathValue {
  if (value.kind === 'series') return series(transform(value.series));
  if (value.kind === 'array') return array(value.items.map(transform));
  throw new MathError('An operand must be a number or a time series');
}
