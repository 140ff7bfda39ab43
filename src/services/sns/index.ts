import type { ServiceModule } from '../service-deps.js';
import { createSnsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createSnsProvider(deps);
