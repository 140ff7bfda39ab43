import type { InvokeOutcome } from '../../runtimes/environment.js';
import { type MetricDimension, serviceMetrics } from '../metrics-emitter.js';
import type { ServiceDeps } from '../service-deps.js';
import type { ResolvedFunction } from './lookup.js';

/**
 * AWS/Lambda: per invocation, under no dimension (the account's aggregate), FunctionName, and
 * FunctionName with Resource (`name:qualifier`) when a version or alias was invoked.
 */
export function lambdaMetrics(deps: ServiceDeps) {
  const metrics = serviceMetrics(deps, 'AWS/Lambda');
  const record = (target: ResolvedFunction, metricName: string, value: number, unit: 'Count' | 'Milliseconds' = 'Count') =>
    metrics.record(target.fn, metricName, dimensionSets(target), value, unit);
  return {
    invoked(target: ResolvedFunction, outcome: InvokeOutcome): void {
      record(target, 'Invocations', 1);
      record(target, 'Errors', outcome.status === 'error' ? 1 : 0);
      record(target, 'Duration', Math.round(outcome.report.durationMs * 100) / 100, 'Milliseconds');
    },
    throttled(target: ResolvedFunction): void {
      record(target, 'Throttles', 1);
    },
  };
}

function dimensionSets(target: ResolvedFunction): MetricDimension[][] {
  const functionName = { Name: 'FunctionName', Value: target.fn.name };
  const sets: MetricDimension[][] = [[], [functionName]];
  const qualifier = target.alias?.name ?? target.ref.qualifier;
  if (qualifier && qualifier !== '$LATEST') sets.push([functionName, { Name: 'Resource', Value: `${target.fn.name}:${qualifier}` }]);
  return sets;
}
