import type { ServiceModule } from '../service-deps.js';
import { createSsmProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createSsmProvider(deps);
