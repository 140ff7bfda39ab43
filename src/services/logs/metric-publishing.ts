import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { MetricTransformation } from './api.generated.js';
import { parseFilterPattern, type FilterMatch } from './filter-pattern.js';
import { childrenPrefix, metricFilters, type GroupAddress, type LogEventRecord } from './state.js';

export const PUT_METRIC_DATA = 'cloudwatch.put-metric-data';

interface Datum {
  MetricName: string;
  Dimensions?: Array<{ Name: string; Value: string }>;
  Value: number;
  Unit?: string;
  Timestamp: number;
}

/** A metric value or dimension: a number, or `$.selector` / `$field` read from the event. */
export function resolveValue(expression: string, match: FilterMatch): string | undefined {
  return expression.startsWith('$') ? match.valueOf(expression) : expression;
}

function datum(transformation: MetricTransformation, match: FilterMatch, timestamp: number): Datum | undefined {
  const value = Number(resolveValue(transformation.metricValue, match));
  if (!Number.isFinite(value)) return undefined;
  const dimensions: Array<{ Name: string; Value: string }> = [];
  for (const [name, expression] of Object.entries(transformation.dimensions ?? {})) {
    const dimensionValue = resolveValue(expression, match);
    if (dimensionValue === undefined || dimensionValue === '') return undefined;
    dimensions.push({ Name: name, Value: dimensionValue });
  }
  return { MetricName: transformation.metricName, Dimensions: dimensions.length ? dimensions : undefined, Value: value, Unit: transformation.unit, Timestamp: timestamp };
}

/**
 * Runs a group's metric filters over newly stored events and sends what they extract to
 * CloudWatch through the outbox; a filter that matches nothing reports its default value.
 */
export async function publishMetrics(deps: ServiceDeps, tx: Transaction, address: GroupAddress, records: LogEventRecord[]): Promise<void> {
  for (const { value: filter } of await metricFilters(tx).list({ prefix: childrenPrefix(address) })) {
    const pattern = parseFilterPattern(filter.filterPattern);
    for (const transformation of filter.metricTransformations) {
      const data: Datum[] = [];
      for (const record of records) {
        const match = pattern.match(record.message);
        const point = match && datum(transformation, match, record.timestamp);
        if (point) data.push(point);
      }
      if (!data.length && transformation.defaultValue !== undefined && !transformation.dimensions) {
        data.push({ MetricName: transformation.metricName, Value: transformation.defaultValue, Unit: transformation.unit, Timestamp: deps.clock.now() });
      }
      for (let i = 0; i < data.length; i += 1000) {
        await deps.bus.enqueue(tx, PUT_METRIC_DATA, {
          account: address.account, region: address.region, namespace: transformation.metricNamespace, metricData: data.slice(i, i + 1000),
        });
      }
    }
  }
}
