import type { Store } from '../../store/store.js';
import type { Metric } from './api.generated.js';
import { type Aggregate, aggregate, statisticOf } from './statistics.js';
import { type DatumRecord, datapoints, datumPrefix, metricKey, timeKey } from './state.js';

/** Every data point of one metric with start <= timestamp < end, in time order, of one unit if given. */
export async function readData(store: Store, account: string, region: string, metric: Metric, start: number, end: number, unit?: string): Promise<DatumRecord[]> {
  if (!metric.Namespace || !metric.MetricName) return [];
  const prefix = datumPrefix(metricKey(account, region, metric.Namespace, metric.MetricName, metric.Dimensions));
  const entries = await datapoints(store).list({ prefix, after: `${prefix}${timeKey(start - 1)}999999` });
  const data: DatumRecord[] = [];
  for (const { value } of entries) {
    if (value.timestamp >= end) break;
    if (value.timestamp >= start && (unit === undefined || value.unit === unit)) data.push(value);
  }
  return data;
}

/** Where CloudWatch starts counting periods: StartTime rounded down to the period (to the hour past an hour). */
export function alignStart(start: number, periodSeconds: number): number {
  const unit = Math.min(periodSeconds, 3600) * 1000;
  return Math.floor(start / unit) * unit;
}

/** Data points grouped into periods from `start`: period start → its data. */
export function periods(data: DatumRecord[], start: number, periodSeconds: number): Map<number, DatumRecord[]> {
  const period = periodSeconds * 1000;
  const grouped = new Map<number, DatumRecord[]>();
  for (const datum of data) {
    const at = start + Math.floor((datum.timestamp - start) / period) * period;
    let list = grouped.get(at);
    if (!list) grouped.set(at, (list = []));
    list.push(datum);
  }
  return grouped;
}

/** A time series: ascending timestamps (epoch ms) and their values. */
export interface Series {
  timestamps: number[];
  values: number[];
}

/** One statistic of a metric per period, the periods with no data (or no such statistic) left out. */
export async function statisticSeries(
  store: Store, account: string, region: string, metric: Metric, stat: string, periodSeconds: number, start: number, end: number, unit?: string,
): Promise<Series & { sampleCounts: number[] }> {
  const aligned = alignStart(start, periodSeconds);
  const grouped = periods(await readData(store, account, region, metric, aligned, end, unit), aligned, periodSeconds);
  const series = { timestamps: [] as number[], values: [] as number[], sampleCounts: [] as number[] };
  for (const at of [...grouped.keys()].sort((a, b) => a - b)) {
    const merged: Aggregate = aggregate(grouped.get(at)!);
    const value = statisticOf(stat, merged);
    if (value === undefined) continue;
    series.timestamps.push(at);
    series.values.push(value);
    series.sampleCounts.push(merged.sampleCount);
  }
  return series;
}
