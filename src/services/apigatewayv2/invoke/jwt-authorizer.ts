import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Authorizer, Route } from '../api.generated.js';
import type { Invocation } from './events.js';
import { identityValue, type Decision } from './lambda-authorizer.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** HTTP APIs accept RSA signatures only; any other algorithm is refused by name. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512'];

type KeySet = ReturnType<typeof createRemoteJWKSet>;
/** Each issuer's key set, found once through its discovery document; jose refetches it for an unknown `kid`. */
const keySets = new Map<string, Promise<KeySet>>();

/**
 * A JWT authorizer, in API Gateway's order: the token (optionally `Bearer `-prefixed) from the
 * identity source, its RSA signature against the issuer's JWKS, then `iss`, `exp`, `nbf`, `iat`,
 * `aud` or `client_id`, and the route's scopes (`scope` or `scp`, any one of them). Keys are fetched
 * only from loopback issuers: Nimbus works offline.
 */
export async function jwtAuthorize(authorizer: Authorizer, route: Route, invocation: Invocation): Promise<Decision> {
  const required = route.AuthorizationScopes ?? [];
  const refuse = (description?: string): Decision => ({
    allowed: false, status: 401, message: 'Unauthorized', headers: { 'www-authenticate': challenge(required, 'invalid_token', description) },
  });
  const token = identityValue(authorizer.IdentitySource?.[0] ?? '$request.header.Authorization', invocation)?.replace(/^Bearer\s+/i, '');
  if (!token) return { allowed: false, status: 401, message: 'Unauthorized' };
  const issuer = authorizer.JwtConfiguration?.Issuer ?? '';
  let claims: JWTPayload;
  try {
    const verified = await jwtVerify(token, await keySetOf(issuer), {
      issuer, algorithms: ALGORITHMS, requiredClaims: ['exp'], currentDate: new Date(invocation.time),
    });
    claims = verified.payload;
  } catch (error) {
    return refuse(describe(error, token));
  }
  if (typeof claims.iat === 'number' && claims.iat > invocation.time / 1000) return refuse();
  const audiences = authorizer.JwtConfiguration?.Audience ?? [];
  const tokenAudiences = [claims.aud, claims.client_id].flat().filter((value) => typeof value === 'string');
  if (!tokenAudiences.some((audience) => audiences.includes(audience))) return refuse('the token does not have a valid audience');
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : Array.isArray(claims.scp) ? claims.scp.map(String) : [];
  if (required.length && !required.some((scope) => scopes.includes(scope))) {
    return { allowed: false, status: 403, message: 'Forbidden', headers: { 'www-authenticate': challenge(required, 'insufficient_scope') } };
  }
  return { allowed: true, context: { jwt: { claims: claimStrings(claims), scopes: scopes.length ? scopes : null } } };
}

async function keySetOf(issuer: string): Promise<KeySet> {
  let keySet = keySets.get(issuer);
  if (!keySet) {
    keySet = discover(issuer);
    keySets.set(issuer, keySet);
    keySet.catch(() => keySets.delete(issuer));
  }
  return keySet;
}

async function discover(issuer: string): Promise<KeySet> {
  if (!LOOPBACK.has(new URL(issuer).hostname)) throw new Error(`${issuer} is not on this machine`);
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
  if (!jwksUri || !LOOPBACK.has(new URL(jwksUri).hostname)) throw new Error(`${issuer} names no key set on this machine`);
  return createRemoteJWKSet(new URL(jwksUri));
}

/** The `error_description` API Gateway gives, where it is known. */
function describe(error: unknown, token: string): string | undefined {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JOSEAlgNotAllowed) return `signing method ${decodeProtectedHeader(token).alg} is invalid`;
  return undefined;
}

function challenge(scopes: string[], error: string, description?: string): string {
  return `Bearer scope="${scopes.join(' ')}" error="${error}"${description ? ` error_description="${description}"` : ''}`;
}

/** Claims reach the integration as strings; lists in the `[a b]` form API Gateway writes them. */
function claimStrings(claims: JWTPayload): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) {
    result[name] = typeof value === 'string' ? value : Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return result;
}
