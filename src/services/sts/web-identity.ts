import { AwsError } from '../../common/aws-error.js';

export interface WebIdentityClaims {
  /** The issuer without its scheme, as trust policies name identity providers (`accounts.google.com`). */
  provider: string;
  audience: string;
  subject: string;
}

const invalid = (message: string) => new AwsError('InvalidIdentityToken', message, 400);

/** Any well-formed JWT is accepted (Nimbus trusts every identity provider); its claims still have to satisfy the role's trust policy. */
export function parseWebIdentityToken(token: string, now: number): WebIdentityClaims {
  const parts = token.split('.');
  if (parts.length !== 3) throw invalid('The ID token provided is not a valid JWT.');
  let claims: Record<string, unknown>;
  try {
    JSON.parse(Buffer.from(parts[0]!, 'base64url').toString());
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as Record<string, unknown>;
  } catch {
    throw invalid('The ID token provided is not a valid JWT.');
  }
  if (typeof claims['iss'] !== 'string' || typeof claims['sub'] !== 'string') throw invalid('The ID token is missing required claims (iss, sub).');
  if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 < now) {
    throw new AwsError('ExpiredTokenException', `Token expired: current date/time ${Math.floor(now / 1000)} must be before the expiration date/time ${claims['exp']}`, 400);
  }
  const audience = Array.isArray(claims['aud']) ? String(claims['aud'][0]) : String(claims['aud'] ?? '');
  return { provider: claims['iss'].replace(/^https?:\/\//, ''), audience, subject: claims['sub'] };
}
