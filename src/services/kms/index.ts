import type { ServiceModule } from '../service-deps.js';
import { createKmsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createKmsProvider(deps);
