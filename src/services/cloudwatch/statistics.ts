import type { DatumRecord } from './state.js';

/** Data points of one period, merged: the statistic set plus the values that percentiles need. */
export interface Aggregate {
  sampleCount: number;
  sum: number;
  minimum: number;
  maximum: number;
  /** Value → count, when every datum carried its values. */
  values?: Map<number, number>;
}

export function aggregate(data: DatumRecord[]): Aggregate {
  const result: Aggregate = { sampleCount: 0, sum: 0, minimum: Infinity, maximum: -Infinity, values: new Map() };
  for (const datum of data) {
    result.sampleCount += datum.sampleCount;
    result.sum += datum.sum;
    result.minimum = Math.min(result.minimum, datum.minimum);
    result.maximum = Math.max(result.maximum, datum.maximum);
    if (!datum.values || !result.values) {
      delete result.values;
      continue;
    }
    datum.values.forEach((value, index) => result.values!.set(value, (result.values!.get(value) ?? 0) + (datum.counts?.[index] ?? 1)));
  }
  return result;
}

const PERCENTILE = /^p(\d{1,2}(\.\d{1,2})?|100)$/;
const TRIMMED = /^(tm|wm|tc|ts)\(?(\d{1,2}(\.\d{1,2})?)?%?:?(\d{1,2}(\.\d{1,2})?)?%?\)?$/i;

/** Whether a statistic name is one CloudWatch accepts: the five, pNN.NN, or the trimmed family. */
export function isStatistic(stat: string): boolean {
  return ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'].includes(stat) || isExtendedStatistic(stat);
}

export function isExtendedStatistic(stat: string): boolean {
  return PERCENTILE.test(stat) || (TRIMMED.test(stat) && /\d/.test(stat)) || stat === 'IQM';
}

/** One statistic of an aggregate; undefined when the data cannot give it (percentiles of statistic sets). */
export function statisticOf(stat: string, data: Aggregate): number | undefined {
  switch (stat) {
    case 'SampleCount':
      return data.sampleCount;
    case 'Sum':
      return data.sum;
    case 'Minimum':
      return data.minimum;
    case 'Maximum':
      return data.maximum;
    case 'Average':
      return data.sampleCount ? data.sum / data.sampleCount : undefined;
  }
  const percentile = PERCENTILE.exec(stat);
  if (percentile) return data.values ? percentileOf(sortedValues(data.values), Number(percentile[1])) : undefined;
  const trimmed = TRIMMED.exec(stat);
  if (trimmed && data.values) return trimmedStatistic(trimmed[1]!.toLowerCase(), sortedValues(data.values), trimmed, false);
  if (stat === 'IQM' && data.values) return trimmedStatistic('tm', sortedValues(data.values), /x/.exec('x')!, true);
  return undefined;
}

type Weighted = Array<[value: number, count: number]>;

function sortedValues(values: Map<number, number>): Weighted {
  return [...values.entries()].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
}

/** The nearest-rank percentile: the smallest value with at least p% of the samples at or below it. */
export function percentileOf(sorted: Weighted, p: number): number | undefined {
  const total = sorted.reduce((sum, [, count]) => sum + count, 0);
  if (!total) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [value, count] of sorted) {
    seen += count;
    if (seen >= rank) return value;
  }
  return sorted[sorted.length - 1]![0];
}

function trimmedStatistic(kind: string, sorted: Weighted, match: RegExpExecArray, iqm: boolean): number | undefined {
  const [low, high] = iqm ? [25, 75] : bounds(match);
  const lowValue = low > 0 ? percentileOf(sorted, low)! : -Infinity;
  const highValue = percentileOf(sorted, high)!;
  if (kind === 'wm') {
    const clamped: Weighted = sorted.map(([value, count]) => [Math.min(highValue, Math.max(lowValue, value)), count]);
    return trimmedMean(clamped, -Infinity, Infinity);
  }
  const inside = sorted.filter(([value]) => value > lowValue && value <= highValue);
  const count = inside.reduce((sum, [, c]) => sum + c, 0);
  const sum = inside.reduce((total, [value, c]) => total + value * c, 0);
  if (kind === 'tc') return count;
  if (kind === 'ts') return sum;
  return count ? sum / count : undefined;
}

/** `tm90` is tm(0%:90%); `tm(10%:90%)` names both bounds. */
function bounds(match: RegExpExecArray): [number, number] {
  const first = match[2] !== undefined ? Number(match[2]) : 0;
  if (match[4] !== undefined) return [first, Number(match[4])];
  return [0, first];
}

function trimmedMean(sorted: Weighted, lowValue: number, highValue: number): number | undefined {
  const inside = sorted.filter(([value]) => value > lowValue && value <= highValue);
  const count = inside.reduce((sum, [, c]) => sum + c, 0);
  return count ? inside.reduce((total, [value, c]) => total + value * c, 0) / count : undefined;
}
