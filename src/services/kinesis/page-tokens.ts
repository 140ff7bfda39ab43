import { expiredNextToken, invalidArgument } from './errors.js';

/** How long a NextToken stays good, as in AWS. */
const TOKEN_LIFETIME_MS = 300_000;

interface PageToken {
  /** What the token pages through (an operation and a stream), so it cannot be used elsewhere. */
  scope: string;
  /** The last item of the previous page. */
  after: string;
  issuedAt: number;
}

/** Self-describing NextTokens: nothing is kept on the server between pages. */
export function encodePageToken(scope: string, after: string, now: number): string {
  return Buffer.from(JSON.stringify({ scope, after, issuedAt: now } satisfies PageToken), 'utf8').toString('base64url');
}

export function decodePageToken(token: string, scope: string, now: number): string {
  let parsed: Partial<PageToken> | undefined;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PageToken>;
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.scope !== scope || typeof parsed.after !== 'string' || typeof parsed.issuedAt !== 'number') {
    throw invalidArgument(`NextToken ${token} is invalid.`);
  }
  if (now - parsed.issuedAt > TOKEN_LIFETIME_MS) {
    throw expiredNextToken(`The NextToken has expired. It was issued at ${parsed.issuedAt} and is valid for ${TOKEN_LIFETIME_MS / 1000} seconds.`);
  }
  return parsed.after;
}

/** One page of `items` (sorted by `keyOf`) after `after`, and the token for the next page when there is one. */
export function page<T>(items: T[], keyOf: (item: T) => string, after: string | undefined, limit: number): { items: T[]; last?: string } {
  const rest = after === undefined ? items : items.filter((item) => keyOf(item) > after);
  const taken = rest.slice(0, limit);
  return rest.length > limit ? { items: taken, last: keyOf(taken[taken.length - 1]!) } : { items: taken };
}
