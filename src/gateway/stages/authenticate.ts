import { AwsError } from '../../common/aws-error.js';
import type { Clock } from '../../clock/clock.js';
import type { RequestContext } from '../context.js';

/** With NIMBUS_ENFORCE_SIGV4=1 every request must carry a valid SigV4 signature; off by default. */
export function authenticate(enforce: boolean, clock: Clock) {
  return async (context: RequestContext): Promise<void> => {
    if (!enforce) return;
    if (!context.scope) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    // Loaded on demand: the signing library is heavy and enforcement is off by default.
    const { verifySignature } = await import('../sigv4.js');
    await verifySignature(context.request, context.scope, clock.now());
  };
}
