import type { ServiceDeps } from '../service-deps.js';
import type { CloudwatchOperations } from './api.generated.js';
import { MetricStatistics } from './get-metric-statistics.js';
import { MetricList } from './list-metrics.js';
import { MetricData } from './metric-data.js';

type Served = 'putMetricData' | 'listMetrics' | 'getMetricStatistics';

/** CloudWatch: each operation answered by the part of the service it belongs to. */
export function createCloudWatchProvider(deps: ServiceDeps, metricData: MetricData): Pick<CloudwatchOperations, Served> {
  const list = new MetricList(deps);
  const statistics = new MetricStatistics(deps);
  return {
    putMetricData: (input, context) => metricData.putMetricData(input, context),
    listMetrics: (input, context) => list.listMetrics(input, context),
    getMetricStatistics: (input, context) => statistics.getMetricStatistics(input, context),
  };
}
