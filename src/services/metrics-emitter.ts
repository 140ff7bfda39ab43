import type { Timer } from '../clock/clock.js';
import type { ServiceDeps } from './service-deps.js';

/** The bus topic CloudWatch stores metric data from (`PUT_METRIC_DATA` in cloudwatch/metric-data.ts). */
const PUT_METRIC_DATA = 'cloudwatch.put-metric-data';
const MINUTE = 60_000;
/** PutMetricData's limits: 1,000 data per call, 150 distinct values per datum. */
const MAX_DATA = 1000;
const MAX_VALUES = 150;

export type MetricUnit = 'Count' | 'Milliseconds' | 'Seconds' | 'Bytes';

export interface MetricDimension {
  Name: string;
  Value: string;
}

/** Where a metric belongs: its account and region, and the dimensions AWS publishes it under. */
export interface MetricOwner {
  account: string;
  region: string;
}

/** One gauge reading taken at a minute boundary (ApproximateNumberOfMessagesVisible …). */
export interface GaugeReading extends MetricOwner {
  metricName: string;
  dimensions: MetricDimension[];
  value: number;
  unit: MetricUnit;
}

interface Bucket extends MetricOwner {
  metricName: string;
  dimensions: MetricDimension[];
  unit: MetricUnit;
  minute: number;
  /** value → how many times it was seen; a datum's Values and Counts. */
  counts: Map<number, number>;
}

interface Datum {
  MetricName: string;
  Dimensions: MetricDimension[];
  Unit: MetricUnit;
  Timestamp: number;
  Values: number[];
  Counts: number[];
}

type Sampler = () => Promise<GaugeReading[]>;

/**
 * A service's standard metrics (AWS/SQS, AWS/Lambda …). Events are counted in memory, per minute of
 * the Nimbus clock, and each minute boundary sends what the past minutes gathered to CloudWatch
 * through the outbox, one delivery per account and region; gauges are read at the same moment.
 * Counting costs a map update, so the hot paths (SendMessage) pay nothing noticeable.
 */
export class ServiceMetrics {
  private readonly buckets = new Map<string, Bucket>();
  private readonly samplers: Sampler[] = [];
  private timer: Timer | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Set as `stop` begins: no further minute is armed while the last one is sent. */
  private closing = false;

  constructor(
    private readonly deps: ServiceDeps,
    readonly namespace: string,
  ) {}

  /** Adds `value` to a metric for the current minute, under each set of dimensions given. */
  record(owner: MetricOwner, metricName: string, dimensionSets: MetricDimension[][], value: number, unit: MetricUnit = 'Count'): void {
    if (this.stopped) return;
    const minute = Math.floor(this.deps.clock.now() / MINUTE) * MINUTE;
    for (const dimensions of dimensionSets) {
      const key = `${owner.account}\n${owner.region}\n${minute}\n${metricName}\n${dimensions.map((d) => `${d.Name}=${d.Value}`).join('\n')}`;
      let bucket = this.buckets.get(key);
      if (!bucket) {
        bucket = { account: owner.account, region: owner.region, metricName, dimensions, unit, minute, counts: new Map() };
        this.buckets.set(key, bucket);
      }
      bucket.counts.set(value, (bucket.counts.get(value) ?? 0) + 1);
    }
    this.arm();
  }

  /** Registers a reading taken at every minute boundary for as long as the service runs. */
  sampleEachMinute(sampler: Sampler): void {
    this.samplers.push(sampler);
    this.arm();
  }

  /**
   * Stops the minute ticks. A persistent store first gets what has been gathered, as an outbox entry
   * CloudWatch receives after the next start; an ephemeral one is about to be dropped anyway.
   */
  async stop(): Promise<void> {
    this.closing = true;
    this.timer?.cancel();
    this.timer = undefined;
    if (this.deps.store.backend !== 'memory') await this.tick(Infinity);
    this.stopped = true;
  }

  /**
   * The next boundary is armed only after a tick has finished, so a clock advanced by days sends one
   * tick's worth of readings rather than one per minute passed.
   */
  private arm(): void {
    if (this.timer || this.closing || (!this.buckets.size && !this.samplers.length)) return;
    const at = Math.floor(this.deps.clock.now() / MINUTE) * MINUTE + MINUTE;
    this.timer = this.deps.clock.at(at, () => {
      void this.tick(at).finally(() => {
        this.timer = undefined;
        this.arm();
      });
    });
  }

  private tick(boundary: number): Promise<void> {
    this.flushing = this.flushing.then(() => this.send(boundary)).catch((error: unknown) => {
      if (!this.stopped) console.error(`nimbus: publishing ${this.namespace} metrics failed`, error);
    });
    return this.flushing;
  }

  private async send(boundary: number): Promise<void> {
    const data = new Map<string, { owner: MetricOwner; data: Datum[] }>();
    const add = (owner: MetricOwner, datum: Datum) => {
      const key = `${owner.account}/${owner.region}`;
      const entry = data.get(key) ?? { owner: { account: owner.account, region: owner.region }, data: [] };
      entry.data.push(datum);
      data.set(key, entry);
    };
    for (const [key, bucket] of this.buckets) {
      if (bucket.minute >= boundary) continue;
      this.buckets.delete(key);
      for (const datum of datumsOf(bucket)) add(bucket, datum);
    }
    const sampledAt = Math.floor(this.deps.clock.now() / MINUTE) * MINUTE;
    for (const sampler of this.samplers) {
      for (const reading of await sampler()) {
        add(reading, { MetricName: reading.metricName, Dimensions: reading.dimensions, Unit: reading.unit, Timestamp: sampledAt, Values: [reading.value], Counts: [1] });
      }
    }
    if (!data.size || this.stopped) return;
    await this.deps.store.transaction(async (tx) => {
      for (const { owner, data: all } of data.values()) {
        for (let i = 0; i < all.length; i += MAX_DATA) {
          await this.deps.bus.enqueue(tx, PUT_METRIC_DATA, { ...owner, namespace: this.namespace, metricData: all.slice(i, i + MAX_DATA) });
        }
      }
    });
  }
}

/** A bucket as PutMetricData data: its values and how often each was seen, 150 values per datum. */
function datumsOf(bucket: Bucket): Datum[] {
  const entries = [...bucket.counts];
  const data: Datum[] = [];
  for (let i = 0; i < entries.length; i += MAX_VALUES) {
    const slice = entries.slice(i, i + MAX_VALUES);
    data.push({
      MetricName: bucket.metricName, Dimensions: bucket.dimensions, Unit: bucket.unit, Timestamp: bucket.minute,
      Values: slice.map(([value]) => value), Counts: slice.map(([, count]) => count),
    });
  }
  return data;
}

const registry = new WeakMap<object, Map<string, ServiceMetrics>>();

/** The one ServiceMetrics of a namespace in this Nimbus (keyed by its bus, so test instances stay apart). */
export function serviceMetrics(deps: ServiceDeps, namespace: string): ServiceMetrics {
  let byNamespace = registry.get(deps.bus);
  if (!byNamespace) registry.set(deps.bus, (byNamespace = new Map()));
  let metrics = byNamespace.get(namespace);
  if (!metrics) byNamespace.set(namespace, (metrics = new ServiceMetrics(deps, namespace)));
  return metrics;
}

/** A metric published under one dimension, as most are (QueueName, TopicName, StreamName). */
export function dimension(name: string, value: string): MetricDimension[] {
  return [{ Name: name, Value: value }];
}
