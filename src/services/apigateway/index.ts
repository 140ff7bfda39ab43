import type { ServiceModule } from '../service-deps.js';
import { createApigatewayProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createApigatewayProvider(deps);
