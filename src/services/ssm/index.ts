import type { ServiceModule } from '../service-deps.js';

export const createProvider: ServiceModule['createProvider'] = () => ({});
