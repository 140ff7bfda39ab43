import { AwsError } from '../../common/aws-error.js';
import type { Clock } from '../../clock/clock.js';
import type { RequestContext } from '../context.js';
import { verifySignature } from '../sigv4.js';

/** With NIMBUS_ENFORCE_SIGV4=1 every request must carry a valid SigV4 signature; off by default. */
export function authenticate(enforce: boolean, clock: Clock) {
  return async (context: RequestContext): Promise<void> => {
    if (!enforce) return;
    if (!context.scope) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    await verifySignature(context.request, context.scope, clock.now());
  };
}
