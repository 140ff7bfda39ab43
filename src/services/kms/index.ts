import type { ServiceModule } from '../service-deps.js';
import { KEY_STATE, keyState, type KeyStateRequest } from './key-state.js';
import { KeyLookup } from './lookup.js';
import { createKmsProvider } from './provider.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  const lookup = new KeyLookup(deps);
  deps.bus.respond(KEY_STATE, (payload) => keyState(lookup, payload as KeyStateRequest));
  return createKmsProvider(deps);
};
