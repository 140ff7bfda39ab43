import type { ServiceModule } from '../service-deps.js';
import { createEventsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createEventsProvider(deps);
