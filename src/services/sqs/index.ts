import type { ServiceModule } from '../service-deps.js';
import { registerDeliveries } from './deliveries.js';
import { createSqsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  registerDeliveries(deps);
  return createSqsProvider(deps);
};
