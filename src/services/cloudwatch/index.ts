import type { ServiceModule } from '../service-deps.js';
import { AlarmEvaluator } from './alarm-evaluator.js';
import { MetricData, registerMetricDelivery } from './metric-data.js';
import { createCloudWatchProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  const metricData = new MetricData(deps);
  registerMetricDelivery(deps, metricData);
  const evaluator = new AlarmEvaluator(deps);
  evaluator.start();
  return createCloudWatchProvider(deps, metricData, evaluator);
};
