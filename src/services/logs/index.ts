import type { ServiceModule } from '../service-deps.js';
import { registerPutLogEventsDelivery } from './put-events.js';
import { createLogsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  registerPutLogEventsDelivery(deps);
  return createLogsProvider(deps);
};
