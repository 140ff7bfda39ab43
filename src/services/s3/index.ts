import type { ServiceModule } from '../service-deps.js';
import { S3Provider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => new S3Provider(deps);
