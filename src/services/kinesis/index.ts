import type { ServiceModule } from '../service-deps.js';
import { registerPollerSeams } from './poller-seams.js';
import { createKinesisProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  registerPollerSeams(deps);
  return createKinesisProvider(deps);
};
