import type { ServiceModule } from '../service-deps.js';
import { createSecretsManagerProvider } from './provider.js';

/** Rotation steps need a synchronous Lambda invoke; none is offered on the bus yet, so none is passed. */
export const createProvider: ServiceModule['createProvider'] = (deps) => createSecretsManagerProvider(deps);
