import type { ServiceModule } from '../service-deps.js';
import { createLambdaProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createLambdaProvider(deps);
