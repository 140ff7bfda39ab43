import { RESOLVE_PRINCIPAL } from '../../common/policy/identity.js';
import type { ServiceModule } from '../service-deps.js';
import { resolvePrincipal } from './callers.js';
import { createIamProvider } from './provider.js';
import { SessionIssuer, type SessionRequest } from './sessions.js';

export const createProvider: ServiceModule['createProvider'] = (deps) => {
  const issuer = new SessionIssuer(deps);
  deps.bus.respond(RESOLVE_PRINCIPAL, async (payload) => (await resolvePrincipal(deps.store, (payload as { accessKeyId: string }).accessKeyId)) ?? null);
  deps.bus.respond('iam.issue-session', (payload) => issuer.issue(payload as SessionRequest));
  return createIamProvider(deps);
};
