import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { ListMetricsInput, ListMetricsOutput, Metric } from './api.generated.js';
import { invalidNextToken } from './errors.js';
import { type MetricRecord, metrics, namespacePrefix, regionPrefix } from './state.js';

const PAGE_SIZE = 500;
const RECENT_MS = 3 * 3600_000;
/** ListMetrics shows metrics that received data in the past two weeks. */
const LISTED_MS = 14 * 24 * 3600_000;

/** ListMetrics: namespace, name and dimension filters, RecentlyActive, 500 a page. */
export class MetricList {
  constructor(private readonly deps: ServiceDeps) {}

  async listMetrics(input: ListMetricsInput, context: CallContext): Promise<ListMetricsOutput> {
    const prefix = input.Namespace !== undefined ? namespacePrefix(context.account, context.region, input.Namespace) : regionPrefix(context.account, context.region);
    const after = input.NextToken !== undefined ? decodeToken(input.NextToken, prefix) : undefined;
    const now = this.deps.clock.now();
    const found: Array<{ key: string; value: MetricRecord }> = [];
    let cursor = after;
    for (;;) {
      const batch = await metrics(this.deps.store).list({ prefix, after: cursor, limit: 1000 });
      for (const entry of batch) {
        if (matches(entry.value, input, now)) found.push(entry);
        if (found.length > PAGE_SIZE) break;
      }
      if (found.length > PAGE_SIZE || batch.length < 1000) break;
      cursor = batch[batch.length - 1]!.key;
    }
    const page = found.slice(0, PAGE_SIZE);
    const output: ListMetricsOutput = { Metrics: page.map(({ value }) => toMetric(value)) };
    if (found.length > PAGE_SIZE) output.NextToken = Buffer.from(page[page.length - 1]!.key).toString('base64');
    return output;
  }
}

function matches(metric: MetricRecord, input: ListMetricsInput, now: number): boolean {
  if (metric.lastPutAt < now - LISTED_MS) return false;
  if (input.RecentlyActive === 'PT3H' && metric.lastPutAt < now - RECENT_MS) return false;
  if (input.MetricName !== undefined && metric.metricName !== input.MetricName) return false;
  return (input.Dimensions ?? []).every((filter) => metric.dimensions.some((d) => d.Name === filter.Name && (filter.Value === undefined || d.Value === filter.Value)));
}

export function toMetric(metric: MetricRecord): Metric {
  return { Namespace: metric.namespace, MetricName: metric.metricName, Dimensions: metric.dimensions };
}

function decodeToken(token: string, prefix: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (!key.startsWith(prefix)) throw invalidNextToken();
  return key;
}
