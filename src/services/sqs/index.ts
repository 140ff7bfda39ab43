import type { ServiceModule } from '../service-deps.js';
import { registerDeliveries } from './deliveries.js';
import { sqsMetrics, stopSqsMetrics } from './metrics.js';
import { registerPollerSeams } from './poller-seams.js';
import { createSqsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  registerDeliveries(deps);
  registerPollerSeams(deps);
  sqsMetrics(deps);
  return { ...createSqsProvider(deps), stop: () => stopSqsMetrics(deps) };
};
