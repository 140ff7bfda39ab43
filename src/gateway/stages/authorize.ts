import type { Clock } from '../../clock/clock.js';
import type { RequestContext } from '../context.js';
import type { ServiceHost } from '../service-host.js';

/**
 * With NIMBUS_ENFORCE_IAM=1, evaluates each request's policies (`authorization/authorize-request.ts`);
 * the evaluator loads only when enforcement is on, so the default path pays nothing for it.
 */
export function authorize(enforce: boolean, services: ServiceHost, clock: Clock, adminKey: string) {
  if (!enforce) return () => undefined;
  const stage = import('../authorization/authorize-request.js').then((module) => module.authorizeRequests(enforce, services, clock, adminKey));
  return async (context: RequestContext): Promise<void> => (await stage)(context);
}
