import { AwsError } from '../../common/aws-error.js';
import type { Clock } from '../../clock/clock.js';
import { quirksOf } from '../../protocol/quirks/index.js';
import type { RequestContext } from '../context.js';
import { isSigV2Presigned } from '../identify-service.js';
import { formParams } from '../../protocol/query.js';
import { isUnsignedStsCall } from './credentials.js';

/** With NIMBUS_ENFORCE_SIGV4=1 every request must carry a valid SigV4 signature; off by default. */
export function authenticate(enforce: boolean, clock: Clock) {
  return async (context: RequestContext): Promise<void> => {
    // A presigned link stops working when it expires, whether or not signatures are checked.
    if (context.scope?.presigned) assertNotExpired(context.request.query, clock.now());
    if (isSigV2Presigned(context.request)) assertSigV2NotExpired(context.request.query, clock.now());
    if (!enforce) return;
    const quirks = quirksOf(context.service!);
    if (!context.scope && context.service === 'sts' && isUnsignedStsCall(context, (await formParams(context.request)).get('Action'))) return;
    if (!context.scope) throw quirks.unsignedError?.() ?? new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
    // Loaded on demand: the signing library is heavy and enforcement is off by default.
    const { verifySignature } = await import('../sigv4.js');
    await verifySignature(context.request, context.scope, clock.now(), quirks.signatureMismatchMessage, context.principal?.secret);
  };
}

/** SigV2 links carry their end as epoch seconds (`Expires`). */
function assertSigV2NotExpired(query: URLSearchParams, now: number): void {
  const expires = Number(query.get('Expires')) * 1000;
  if (now > expires) {
    throw new AwsError('AccessDenied', 'Request has expired', 403, {
      fields: { Expires: new Date(expires).toISOString().replace(/\.\d{3}Z$/, 'Z'), ServerTime: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    });
  }
}

function assertNotExpired(query: URLSearchParams, now: number): void {
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(query.get('X-Amz-Date') ?? '');
  if (!date) return;
  const [, y, mo, d, h, mi, s] = date.map(Number);
  const expires = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) + Number(query.get('X-Amz-Expires') ?? 0) * 1000;
  if (now > expires) {
    throw new AwsError('AccessDenied', 'Request has expired', 403, {
      fields: { 'X-Amz-Expires': query.get('X-Amz-Expires'), Expires: new Date(expires).toISOString().replace(/\.\d{3}Z$/, 'Z'), ServerTime: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    });
  }
}
