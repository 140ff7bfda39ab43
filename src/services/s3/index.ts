import type { ServiceModule } from '../service-deps.js';
import { S3Provider } from './provider.js';
import { registerPutObjectDelivery } from './put-object-delivery.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  const provider = new S3Provider(deps);
  registerPutObjectDelivery(deps, (input, context) => provider.putObject(input, context));
  return provider;
};
