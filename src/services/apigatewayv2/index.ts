import type { ServiceModule } from '../service-deps.js';
import { createApiGatewayV2Provider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createApiGatewayV2Provider(deps);
