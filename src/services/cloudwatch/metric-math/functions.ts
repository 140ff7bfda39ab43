import type { MathEnvironment } from './evaluate.js';
import { array, type MathValue, MathError, mapSeries, mapValues, pushFinite, scalar, series, type TimeSeries, unionTimestamps } from './values.js';

type MathFunction = (args: MathValue[], env: MathEnvironment) => MathValue | Promise<MathValue>;

/** The metric math functions Nimbus knows, by name. */
const FUNCTIONS: Record<string, MathFunction> = {
  SUM: (args) => reduce('SUM', args, (values) => values.reduce((a, b) => a + b, 0)),
  AVG: (args) => reduce('AVG', args, (values) => values.reduce((a, b) => a + b, 0) / values.length),
  MIN: (args) => reduce('MIN', args, (values) => Math.min(...values)),
  MAX: (args) => reduce('MAX', args, (values) => Math.max(...values)),
  STDDEV: (args) => reduce('STDDEV', args, standardDeviation),
  ABS: (args) => elementwise('ABS', args, Math.abs),
  CEIL: (args) => elementwise('CEIL', args, Math.ceil),
  FLOOR: (args) => elementwise('FLOOR', args, Math.floor),
  LOG: (args) => elementwise('LOG', args, Math.log),
  LOG10: (args) => elementwise('LOG10', args, Math.log10),
  FILL: (args, env) => fill(args, env),
  RATE: (args) => mapSeries(one('RATE', args), 'RATE', (s) => change(s, (delta, seconds) => delta / seconds)),
  DIFF: (args) => mapSeries(one('DIFF', args), 'DIFF', (s) => change(s, (delta) => delta)),
  IF: (args) => conditional(args),
  PERIOD: (args, env) => {
    one('PERIOD', args);
    return scalar(env.period);
  },
  METRICS: (args, env) => {
    const filter = args[0];
    if (filter && filter.kind !== 'string') throw new MathError('METRICS takes an optional string');
    return array(env.metrics().filter((s) => !filter || s.label.includes(filter.value)));
  },
  SEARCH: (args, env) => search(args, env),
  ANOMALY_DETECTION_BAND: (args) => anomalyBand(args),
};

export async function callFunction(name: string, args: MathValue[], env: MathEnvironment): Promise<MathValue> {
  const fn = FUNCTIONS[name];
  if (!fn) throw new MathError(`Unknown function ${name}`);
  return fn(args, env);
}

function one(name: string, args: MathValue[]): MathValue {
  if (args.length !== 1) throw new MathError(`${name} takes exactly one argument`);
  return args[0]!;
}

/** A single series reduces to a scalar; an array reduces across its series at each timestamp. */
function reduce(name: string, args: MathValue[], op: (values: number[]) => number): MathValue {
  const arg = one(name, args);
  if (arg.kind === 'series') return arg.series.values.length ? scalar(op(arg.series.values)) : series({ ...arg.series });
  if (arg.kind !== 'array') throw new MathError(`${name} needs a time series or an array of time series`);
  const result: TimeSeries = { label: name, timestamps: [], values: [] };
  for (const at of unionTimestamps(arg.items)) {
    const values = arg.items.flatMap((s) => {
      const index = s.timestamps.indexOf(at);
      return index < 0 ? [] : [s.values[index]!];
    });
    pushFinite(result, at, op(values));
  }
  return series(result);
}

function standardDeviation(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}

function elementwise(name: string, args: MathValue[], op: (v: number) => number): MathValue {
  const arg = one(name, args);
  if (arg.kind === 'scalar') return scalar(op(arg.value));
  return mapSeries(arg, name, (s) => mapValues(s, op));
}

/** Change between consecutive points; the first point has none and is left out. */
function change(input: TimeSeries, per: (delta: number, seconds: number) => number): TimeSeries {
  const result: TimeSeries = { label: input.label, timestamps: [], values: [] };
  for (let i = 1; i < input.timestamps.length; i++) {
    const seconds = (input.timestamps[i]! - input.timestamps[i - 1]!) / 1000;
    pushFinite(result, input.timestamps[i]!, per(input.values[i]! - input.values[i - 1]!, seconds));
  }
  return result;
}

/** FILL(x, value | REPEAT | LINEAR): every period of the range gets a value. */
function fill(args: MathValue[], env: MathEnvironment): MathValue {
  if (args.length !== 2) throw new MathError('FILL takes two arguments');
  const [input, how] = args as [MathValue, MathValue];
  return mapSeries(input, 'FILL', (s) => {
    const known = new Map(s.timestamps.map((t, i) => [t, s.values[i]!]));
    const grid = unionTimestamps([{ label: '', timestamps: env.grid(), values: [] }, s]);
    const result: TimeSeries = { label: s.label, timestamps: [], values: [] };
    grid.forEach((at) => {
      const value = known.get(at) ?? filler(how, s, at);
      if (value !== undefined) pushFinite(result, at, value);
    });
    return result;
  });
}

function filler(how: MathValue, input: TimeSeries, at: number): number | undefined {
  if (how.kind === 'scalar') return how.value;
  if (how.kind !== 'keyword') throw new MathError('FILL takes a number, REPEAT or LINEAR');
  const after = input.timestamps.findIndex((t) => t > at);
  const before = (after < 0 ? input.timestamps.length : after) - 1;
  if (how.name === 'REPEAT') return before >= 0 ? input.values[before] : after >= 0 ? input.values[after] : undefined;
  if (before < 0 || after < 0) return before >= 0 ? input.values[before] : after >= 0 ? input.values[after] : undefined;
  const [t0, t1, v0, v1] = [input.timestamps[before]!, input.timestamps[after]!, input.values[before]!, input.values[after]!];
  return v0 + ((v1 - v0) * (at - t0)) / (t1 - t0);
}

/** IF(condition, then[, else]): where the condition holds, `then`; elsewhere `else`, or nothing. */
function conditional(args: MathValue[]): MathValue {
  if (args.length < 2 || args.length > 3) throw new MathError('IF takes two or three arguments');
  const [condition, whenTrue, whenFalse] = args as [MathValue, MathValue, MathValue | undefined];
  const valueAt = (value: MathValue | undefined, at: number): number | undefined => {
    if (!value) return undefined;
    if (value.kind === 'scalar') return value.value;
    if (value.kind === 'series') return value.series.values[value.series.timestamps.indexOf(at)];
    throw new MathError('IF takes numbers and time series');
  };
  if (condition.kind === 'scalar') {
    const chosen = condition.value !== 0 ? whenTrue : whenFalse;
    if (!chosen) return array([]);
    return chosen;
  }
  return mapSeries(condition, 'IF', (s) => {
    const result: TimeSeries = { label: s.label, timestamps: [], values: [] };
    s.timestamps.forEach((at, i) => {
      const value = valueAt(s.values[i] !== 0 ? whenTrue : whenFalse, at);
      if (value !== undefined) pushFinite(result, at, value);
    });
    return result;
  });
}

async function search(args: MathValue[], env: MathEnvironment): Promise<MathValue> {
  const [query, stat, period] = args;
  if (query?.kind !== 'string' || stat?.kind !== 'string') throw new MathError("SEARCH takes a search expression, a statistic and an optional period: SEARCH(' {Namespace} MetricName=\"name\" ', 'Average', 300)");
  if (period && period.kind !== 'scalar') throw new MathError('The period of SEARCH must be a number');
  return array(await env.search(query.value, stat.value, period?.kind === 'scalar' ? period.value : env.period));
}

/** A band of the series' mean ± k standard deviations: lower and upper, for anomaly detection alarms. */
function anomalyBand(args: MathValue[]): MathValue {
  const [input, width] = args;
  if (!input || input.kind !== 'series') throw new MathError('ANOMALY_DETECTION_BAND needs a time series');
  const k = width?.kind === 'scalar' ? width.value : 2;
  const values = input.series.values;
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  const spread = values.length ? standardDeviation(values) * k : 0;
  const band = (sign: number, suffix: string) => mapValues(input.series, () => mean + sign * spread, `${input.series.label} (${suffix})`);
  return array([band(-1, 'lower'), band(1, 'upper')]);
}

export const FUNCTION_NAMES = Object.keys(FUNCTIONS);
