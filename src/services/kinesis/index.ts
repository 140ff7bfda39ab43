import type { ServiceModule } from '../service-deps.js';
import { createKinesisProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createKinesisProvider(deps);
