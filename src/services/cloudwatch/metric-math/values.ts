/** A time series as metric math sees it: a label, ascending timestamps (epoch ms) and their values. */
export interface TimeSeries {
  label: string;
  timestamps: number[];
  values: number[];
}

/** What an expression evaluates to. */
export type MathValue =
  | { kind: 'scalar'; value: number }
  | { kind: 'series'; series: TimeSeries }
  | { kind: 'array'; items: TimeSeries[] }
  | { kind: 'string'; value: string }
  | { kind: 'keyword'; name: string };

/** An evaluation error: CloudWatch reports it against the query whose expression failed. */
export class MathError extends Error {}

export const scalar = (value: number): MathValue => ({ kind: 'scalar', value });
export const series = (value: TimeSeries): MathValue => ({ kind: 'series', series: value });
export const array = (items: TimeSeries[]): MathValue => ({ kind: 'array', items });

/** Series of a value: one for a series, each of an array. */
export function seriesOf(value: MathValue, what: string): TimeSeries[] {
  if (value.kind === 'series') return [value.series];
  if (value.kind === 'array') return value.items;
  throw new MathError(`${what} must be a time series or an array of time series`);
}

/** Applies `transform` to each series of a series or array, keeping the shape. */
export function mapSeries(value: MathValue, what: string, transform: (s: TimeSeries) => TimeSeries): MathValue {
  if (value.kind === 'series') return series(transform(value.series));
  if (value.kind === 'array') return array(value.items.map(transform));
  throw new MathError(`${what} must be a time series or an array of time series`);
}

/** Point by point: only the timestamps both series have a value for. */
export function combine(left: TimeSeries, right: TimeSeries, op: (a: number, b: number) => number, label: string): TimeSeries {
  const rightAt = new Map(right.timestamps.map((t, i) => [t, right.values[i]!]));
  const result: TimeSeries = { label, timestamps: [], values: [] };
  left.timestamps.forEach((t, i) => {
    const other = rightAt.get(t);
    if (other === undefined) return;
    pushFinite(result, t, op(left.values[i]!, other));
  });
  return result;
}

export function mapValues(input: TimeSeries, op: (v: number, i: number) => number, label = input.label): TimeSeries {
  const result: TimeSeries = { label, timestamps: [], values: [] };
  input.timestamps.forEach((t, i) => pushFinite(result, t, op(input.values[i]!, i)));
  return result;
}

/** Division by zero and other undefined results leave the point out, as CloudWatch does. */
export function pushFinite(target: TimeSeries, timestamp: number, value: number): void {
  if (!Number.isFinite(value)) return;
  target.timestamps.push(timestamp);
  target.values.push(value);
}

/** Every timestamp of any series, ascending. */
export function unionTimestamps(list: TimeSeries[]): number[] {
  return [...new Set(list.flatMap((s) => s.timestamps))].sort((a, b) => a - b);
}
