import type { Collection } from '../../store/store.js';
import type { Dimension, MetricDataQuery, StandardUnit, StateValue, Tag } from './api.generated.js';

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

/** A metric: namespace, name and dimensions (sorted by name), and when data last arrived. */
export interface MetricRecord {
  account: string;
  region: string;
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  /** Epoch milliseconds of the latest PutMetricData, for ListMetrics RecentlyActive. */
  lastPutAt: number;
}

/** One datum as put: a statistic set, plus the values themselves when they were given (for percentiles). */
export interface DatumRecord {
  timestamp: number;
  unit: StandardUnit;
  storageResolution: number;
  sampleCount: number;
  sum: number;
  minimum: number;
  maximum: number;
  values?: number[];
  counts?: number[];
}

export type AlarmType = 'MetricAlarm' | 'CompositeAlarm';

/** The alarm's state and what the last evaluation saw. */
export interface AlarmState {
  value: StateValue;
  reason: string;
  reasonData?: string;
  updatedAt: number;
  transitionedAt: number;
}

/** A metric or composite alarm as stored: its configuration as put, and its state. */
export interface AlarmRecord {
  account: string;
  region: string;
  type: AlarmType;
  name: string;
  arn: string;
  description?: string;
  actionsEnabled: boolean;
  okActions: string[];
  alarmActions: string[];
  insufficientDataActions: string[];
  configurationUpdatedAt: number;
  state: AlarmState;
  tags: Tag[];
  metric?: MetricAlarmConfiguration;
  composite?: CompositeAlarmConfiguration;
}

export interface MetricAlarmConfiguration {
  metricName?: string;
  namespace?: string;
  statistic?: string;
  extendedStatistic?: string;
  dimensions: Dimension[];
  period?: number;
  unit?: StandardUnit;
  evaluationPeriods: number;
  datapointsToAlarm?: number;
  threshold?: number;
  comparisonOperator: string;
  treatMissingData?: string;
  evaluateLowSampleCountPercentile?: string;
  metrics?: MetricDataQuery[];
  thresholdMetricId?: string;
}

export interface CompositeAlarmConfiguration {
  alarmRule: string;
  actionsSuppressor?: string;
  actionsSuppressorWaitPeriod?: number;
  actionsSuppressorExtensionPeriod?: number;
}

export interface HistoryRecord {
  alarmName: string;
  alarmType: AlarmType;
  timestamp: number;
  historyItemType: 'ConfigurationUpdate' | 'StateUpdate' | 'Action';
  historySummary: string;
  historyData: string;
}

export interface DashboardRecord {
  name: string;
  body: string;
  lastModified: number;
}

export interface AnomalyDetectorRecord {
  account: string;
  region: string;
  namespace?: string;
  metricName?: string;
  dimensions?: Dimension[];
  stat?: string;
  metricDataQueries?: MetricDataQuery[];
  configuration?: unknown;
  metricCharacteristics?: unknown;
}

const SEPARATOR = '\n';

export function regionPrefix(account: string, region: string): string {
  return `${account}/${region}/`;
}

/** Dimensions in the order CloudWatch keeps them: by name. */
export function sortDimensions(dimensions: Dimension[] | undefined): Dimension[] {
  return [...(dimensions ?? [])].map((d) => ({ Name: d.Name, Value: d.Value })).sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

/** Metrics sort by namespace, then name; a namespace is a key prefix. */
export function metricKey(account: string, region: string, namespace: string, metricName: string, dimensions: Dimension[] | undefined): string {
  return `${regionPrefix(account, region)}${namespace}${SEPARATOR}${metricName}${SEPARATOR}${JSON.stringify(sortDimensions(dimensions).map((d) => [d.Name, d.Value]))}`;
}

export function namespacePrefix(account: string, region: string, namespace: string): string {
  return `${regionPrefix(account, region)}${namespace}${SEPARATOR}`;
}

/** A metric's data points, in time order. */
export function datumPrefix(key: string): string {
  return `${key}${SEPARATOR}@`;
}

let sequence = 0;

export function datumKey(key: string, timestamp: number): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${datumPrefix(key)}${timeKey(timestamp)}${String(sequence).padStart(6, '0')}`;
}

/** The key bound for data points at or after `timestamp`. */
export function timeKey(timestamp: number): string {
  return String(Math.max(0, timestamp)).padStart(15, '0');
}

export const alarmKey = (account: string, region: string, name: string) => `${regionPrefix(account, region)}${name}`;
/** History entries sort by alarm, then time. */
export const historyKey = (account: string, region: string, timestamp: number, seq: number) =>
  `${regionPrefix(account, region)}${timeKey(timestamp)}${String(seq).padStart(6, '0')}`;
/** Dashboards are global: one set per account. */
export const dashboardKey = (account: string, name: string) => `${account}/${name}`;

export const metrics = (source: Collections) => source.collection<MetricRecord>('cloudwatch.metrics');
export const datapoints = (source: Collections) => source.collection<DatumRecord>('cloudwatch.datapoints');
export const alarms = (source: Collections) => source.collection<AlarmRecord>('cloudwatch.alarms');
export const history = (source: Collections) => source.collection<HistoryRecord>('cloudwatch.alarm-history');
export const dashboards = (source: Collections) => source.collection<DashboardRecord>('cloudwatch.dashboards');
export const anomalyDetectors = (source: Collections) => source.collection<AnomalyDetectorRecord>('cloudwatch.anomaly-detectors');
