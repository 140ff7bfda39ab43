import type { ServiceModule } from '../service-deps.js';
import { lambdaRotationFunctions } from './lambda-steps.js';
import { createSecretsManagerProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => createSecretsManagerProvider(deps, lambdaRotationFunctions(deps.bus));
