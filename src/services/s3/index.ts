import type { ServiceModule } from '../service-deps.js';
import { S3Provider } from './provider.js';
import { registerObjectReader } from './object-reader.js';
import { registerPutObjectDelivery } from './put-object-delivery.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  const provider = new S3Provider(deps);
  registerPutObjectDelivery(deps, (input, context) => provider.putObject(input, context));
  registerObjectReader(deps, (input, context) => provider.getObject(input, context));
  return provider;
};
