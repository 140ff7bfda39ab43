import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Dimension, MetricDatum, PutMetricDataInput, StandardUnit } from './api.generated.js';
import { invalidParameterCombination, invalidParameterValue, missingParameter } from './errors.js';
import { type DatumRecord, datapoints, datumKey, metricKey, metrics, sortDimensions } from './state.js';

const MAX_METRICS = 1000;
const MAX_VALUES = 150;
const MAX_DIMENSIONS = 30;
/** Values must lie within ±2^360; NaN and infinities are refused. */
const VALUE_LIMIT = 2 ** 360;
const TWO_WEEKS_MS = 14 * 24 * 3600_000;
const TWO_HOURS_MS = 2 * 3600_000;

/** The bus topic other services enqueue to publish their standard metrics (AWS/SQS, AWS/Lambda …). */
export const PUT_METRIC_DATA = 'cloudwatch.put-metric-data';

/** What a service enqueues on `cloudwatch.put-metric-data`. */
export interface PutMetricDataDelivery {
  account: string;
  region: string;
  namespace: string;
  metricData: Array<{ MetricName: string; Dimensions?: Dimension[]; Value?: number; Values?: number[]; Counts?: number[]; Unit?: StandardUnit; Timestamp?: string | number }>;
}

/** PutMetricData: each datum checked as CloudWatch checks it, then stored beside its metric. */
export class MetricData {
  constructor(private readonly deps: ServiceDeps) {}

  async putMetricData(input: PutMetricDataInput, context: CallContext): Promise<void> {
    if (input.Namespace.startsWith('AWS/')) throw invalidParameterValue('The value AWS/ for parameter Namespace is invalid.');
    const data = [...(input.MetricData ?? []), ...(input.EntityMetricData ?? []).flatMap((entity) => entity.MetricData ?? [])];
    if (!input.MetricData && !input.EntityMetricData) throw missingParameter('The parameter MetricData is required.');
    if (data.length > MAX_METRICS) throw invalidParameterValue(`The collection MetricData must not have a size greater than ${MAX_METRICS}.`);
    const now = this.deps.clock.now();
    const checked = data.map((datum, index) => checkDatum(datum, `MetricData.member.${index + 1}`, now));
    await this.deps.store.transaction((tx) => this.store(tx, context.account, context.region, input.Namespace, checked, now));
  }

  /** Stores checked data (also what other services deliver on the bus, AWS/ namespaces included). */
  async store(tx: Transaction, account: string, region: string, namespace: string, data: CheckedDatum[], now: number): Promise<void> {
    for (const { datum, record } of data) {
      const key = metricKey(account, region, namespace, datum.MetricName, datum.Dimensions);
      await metrics(tx).put(key, { account, region, namespace, metricName: datum.MetricName, dimensions: sortDimensions(datum.Dimensions), lastPutAt: now });
      await datapoints(tx).put(datumKey(key, record.timestamp), record);
    }
  }
}

export interface CheckedDatum {
  datum: MetricDatum;
  record: DatumRecord;
}

export function checkDatum(datum: MetricDatum, path: string, now: number): CheckedDatum {
  const dimensions = datum.Dimensions ?? [];
  if (dimensions.length > MAX_DIMENSIONS) throw invalidParameterValue(`The collection ${path}.Dimensions must not have a size greater than ${MAX_DIMENSIONS}.`);
  const names = new Set<string>();
  for (const dimension of dimensions) {
    if (names.has(dimension.Name)) throw invalidParameterValue(`No Metric may specify the same dimension name twice: ${dimension.Name}`);
    names.add(dimension.Name);
  }
  const timestamp = datum.Timestamp ? datum.Timestamp.getTime() : now;
  if (timestamp < now - TWO_WEEKS_MS || timestamp > now + TWO_HOURS_MS) {
    throw invalidParameterValue(`The parameter ${path}.Timestamp must specify a time no more than two weeks in the past and no more than two hours in the future.`);
  }
  const resolution = datum.StorageResolution ?? 60;
  if (resolution !== 1 && resolution !== 60) throw invalidParameterValue(`The value ${resolution} for parameter ${path}.StorageResolution is invalid.`);
  const base = { timestamp, unit: datum.Unit ?? 'None', storageResolution: resolution } as const;
  const given = [datum.Value !== undefined, datum.StatisticValues !== undefined, datum.Values !== undefined].filter(Boolean).length;
  if (given > 1) {
    const [first, second] = [['Value', datum.Value], ['StatisticValues', datum.StatisticValues], ['Values', datum.Values]].filter(([, v]) => v !== undefined).map(([n]) => `${path}.${n as string}`);
    throw invalidParameterCombination(`The parameters ${first} and ${second} are mutually exclusive and you have specified both.`);
  }
  if (datum.StatisticValues) return { datum, record: { ...base, ...statisticSet(datum.StatisticValues, `${path}.StatisticValues`) } };
  if (datum.Values) return { datum, record: { ...base, ...valueArray(datum.Values, datum.Counts, path) } };
  if (datum.Value === undefined) throw missingParameter(`The parameter ${path}.Value is required.`);
  checkValue(datum.Value, `${path}.Value`);
  return { datum, record: { ...base, sampleCount: 1, sum: datum.Value, minimum: datum.Value, maximum: datum.Value, values: [datum.Value], counts: [1] } };
}

function checkValue(value: number, name: string): void {
  if (!Number.isFinite(value) || Math.abs(value) > VALUE_LIMIT) throw invalidParameterValue(`The value ${formatValue(value)} for parameter ${name} is invalid.`);
}

function formatValue(value: number): string {
  return Number.isNaN(value) ? 'NaN' : value === Infinity ? 'Infinity' : value === -Infinity ? '-Infinity' : String(value);
}

function statisticSet(set: { SampleCount: number; Sum: number; Minimum: number; Maximum: number }, path: string) {
  for (const name of ['SampleCount', 'Sum', 'Minimum', 'Maximum'] as const) checkValue(set[name], `${path}.${name}`);
  if (set.SampleCount <= 0) throw invalidParameterValue(`The value ${set.SampleCount} for parameter ${path}.SampleCount is invalid.`);
  if (set.Minimum > set.Maximum) throw invalidParameterValue(`The parameter ${path}.Minimum must be less than or equal to the parameter ${path}.Maximum.`);
  return { sampleCount: set.SampleCount, sum: set.Sum, minimum: set.Minimum, maximum: set.Maximum };
}

function valueArray(values: number[], counts: number[] | undefined, path: string) {
  if (values.length > MAX_VALUES) throw invalidParameterValue(`The collection ${path}.Values must not have a size greater than ${MAX_VALUES}.`);
  if (counts && counts.length !== values.length) throw invalidParameterValue(`The parameters ${path}.Values and ${path}.Counts must be of the same size.`);
  values.forEach((value, index) => checkValue(value, `${path}.Values.member.${index + 1}`));
  const weights = counts ?? values.map(() => 1);
  weights.forEach((count, index) => {
    if (!Number.isFinite(count) || count < 0) throw invalidParameterValue(`The value ${count} for parameter ${path}.Counts.member.${index + 1} is invalid.`);
  });
  let sampleCount = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sampleCount += weights[i]!;
    sum += values[i]! * weights[i]!;
  }
  return { sampleCount, sum, minimum: Math.min(...values), maximum: Math.max(...values), values: [...values], counts: weights };
}

/** Registers `cloudwatch.put-metric-data`: metrics other services emit, stored without the AWS/ check. */
export function registerMetricDelivery(deps: ServiceDeps, metricData: MetricData): void {
  deps.bus.handle(PUT_METRIC_DATA, async (payload) => {
    const delivery = payload as PutMetricDataDelivery;
    const now = deps.clock.now();
    const checked: CheckedDatum[] = [];
    for (const item of delivery.metricData) {
      const datum: MetricDatum = {
        MetricName: item.MetricName,
        Dimensions: item.Dimensions,
        ...(item.Values ? { Values: item.Values, Counts: item.Counts } : { Value: item.Value ?? 0 }),
        Unit: item.Unit,
        Timestamp: item.Timestamp !== undefined ? new Date(item.Timestamp) : undefined,
      };
      try {
        checked.push(checkDatum(datum, 'MetricData', now));
      } catch {
        // A datum CloudWatch would refuse is dropped; the others still count.
      }
    }
    if (checked.length) await deps.store.transaction((tx) => metricData.store(tx, delivery.account, delivery.region, delivery.namespace, checked, now));
  });
}
