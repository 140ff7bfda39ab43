import { createPublicKey, createSecretKey, createHmac, verify, type KeyObject } from 'node:crypto';
import type { Authorizer, Route } from '../api.generated.js';
import type { Invocation } from './events.js';
import { identityValue, type Decision } from './lambda-authorizer.js';
import { isObject } from './responses.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const unauthorized: Decision = { allowed: false, status: 401, message: 'Unauthorized' };

/**
 * A JWT authorizer: the token's signature (RS256 or HS256) against the issuer's JWKS, found through
 * its OpenID discovery document, then `iss`, `aud` (or `client_id`), `exp` and `nbf`, and the
 * route's scopes. Keys are fetched only from loopback issuers: Nimbus works offline.
 */
export async function jwtAuthorize(authorizer: Authorizer, route: Route, invocation: Invocation): Promise<Decision> {
  const raw = identityValue(authorizer.IdentitySource?.[0] ?? '$request.header.Authorization', invocation)?.replace(/^Bearer\s+/i, '');
  const parts = raw?.split('.');
  if (!parts || parts.length !== 3) return unauthorized;
  const [header, claims] = parts.slice(0, 2).map(decodePart);
  if (!isObject(header) || !isObject(claims)) return unauthorized;
  const issuer = authorizer.JwtConfiguration?.Issuer ?? '';
  if (claims.iss !== issuer) return unauthorized;
  const audiences = authorizer.JwtConfiguration?.Audience ?? [];
  const tokenAudiences = [claims.aud, claims.client_id].flat().filter((value) => typeof value === 'string');
  if (!tokenAudiences.some((audience) => audiences.includes(audience))) return unauthorized;
  const now = invocation.time / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= now || (typeof claims.nbf === 'number' && claims.nbf > now)) return unauthorized;
  const key = await signingKey(issuer, header);
  if (!key || !signatureValid(parts, String(header.alg), key)) return unauthorized;
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : Array.isArray(claims.scp) ? claims.scp.map(String) : [];
  const required = route.AuthorizationScopes ?? [];
  if (required.length && !required.some((scope) => scopes.includes(scope))) return { allowed: false, status: 403, message: 'Forbidden' };
  return { allowed: true, context: { jwt: { claims: stringClaims(claims), scopes: scopes.length ? scopes : null } } };
}

function decodePart(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

async function signingKey(issuer: string, header: Record<string, unknown>): Promise<KeyObject | undefined> {
  try {
    if (!LOOPBACK.has(new URL(issuer).hostname)) return undefined;
    const discovery = (await (await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)).json()) as { jwks_uri?: string };
    if (!discovery.jwks_uri || !LOOPBACK.has(new URL(discovery.jwks_uri).hostname)) return undefined;
    const { keys = [] } = (await (await fetch(discovery.jwks_uri)).json()) as { keys?: Array<Record<string, string>> };
    const jwk = keys.find((candidate) => !header.kid || candidate.kid === header.kid);
    if (!jwk) return undefined;
    return jwk.kty === 'oct' ? createSecretKey(Buffer.from(jwk.k ?? '', 'base64url')) : createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    return undefined;
  }
}

function signatureValid(parts: string[], alg: string, key: KeyObject): boolean {
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2]!, 'base64url');
  if (alg === 'RS256' && key.type === 'public') return verify('RSA-SHA256', signed, key, signature);
  if (alg === 'HS256' && key.type === 'secret') return createHmac('sha256', key).update(signed).digest().equals(signature);
  return false;
}

function stringClaims(claims: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(claims)) result[name] = typeof value === 'string' ? value : JSON.stringify(value);
  return result;
}
