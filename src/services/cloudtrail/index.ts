import type { ServiceModule } from '../service-deps.js';
import { CloudTrailProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => new CloudTrailProvider(deps);
