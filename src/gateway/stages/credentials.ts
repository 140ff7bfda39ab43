import { AwsError } from '../../common/aws-error.js';
import type { Clock } from '../../clock/clock.js';
import type { EventBus } from '../../events/bus.js';
import { isIssuedKey, RESOLVE_PRINCIPAL, type ResolvedPrincipal } from '../../common/policy/identity.js';
import { header } from '../../protocol/http-message.js';
import type { RequestContext } from '../context.js';

/**
 * Keys IAM and STS issued belong to the account and principal IAM says, not to the 12-digit rule;
 * temporary ones end on the Nimbus clock. Other keys cost nothing here.
 */
export function credentials(bus: EventBus, clock: Clock, enforce: boolean) {
  return async (context: RequestContext): Promise<void> => {
    const accessKeyId = context.scope?.accessKeyId;
    if (!isIssuedKey(accessKeyId)) return;
    const principal = await bus.request<(ResolvedPrincipal & { inactive?: boolean }) | null>(RESOLVE_PRINCIPAL, { accessKeyId });
    if (!principal) return;
    if (principal.expiration !== undefined && clock.now() >= principal.expiration) throw expiredToken(context);
    if (enforce && (principal.inactive || (principal.sessionToken !== undefined && sessionTokenOf(context) !== principal.sessionToken))) throw invalidToken(context);
    context.account = principal.account;
    context.principal = principal;
  };
}

function sessionTokenOf(context: RequestContext): string | undefined {
  return header(context.request, 'x-amz-security-token') ?? context.request.query.get('X-Amz-Security-Token') ?? undefined;
}

const jsonProtocol = (context: RequestContext) => context.codec?.protocol === 'json' || context.codec?.protocol === 'rest-json';

function expiredToken(context: RequestContext): AwsError {
  if (context.service === 's3') return new AwsError('ExpiredToken', 'The provided token has expired.', 400);
  if (jsonProtocol(context)) return new AwsError('ExpiredTokenException', 'The security token included in the request is expired', 403);
  return new AwsError('ExpiredToken', 'The security token included in the request is expired', 403);
}

function invalidToken(context: RequestContext): AwsError {
  if (context.service === 's3') return new AwsError('InvalidToken', 'The provided token is malformed or otherwise invalid.', 400);
  if (jsonProtocol(context)) return new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.', 403);
  return new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

/** STS calls that carry no signature: the token or assertion they carry is the credential. */
export function isUnsignedStsCall(context: RequestContext, action: string | null | undefined): boolean {
  return context.service === 'sts' && (action === 'AssumeRoleWithWebIdentity' || action === 'AssumeRoleWithSAML');
}
