import type { ServiceModule } from '../service-deps.js';
import { StsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => new StsProvider(deps);
