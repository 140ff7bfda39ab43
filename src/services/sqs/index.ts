import type { ServiceModule } from '../service-deps.js';
import { createSqsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createSqsProvider(deps);
