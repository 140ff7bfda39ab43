import { validation } from './errors.js';

/** One page of `items` after `nextToken` (an opaque offset), at most `limit` long. */
export function page<T>(items: T[], limit: number | undefined, nextToken: string | undefined): { items: T[]; nextToken?: string } {
  const start = nextToken === undefined ? 0 : decodeToken(nextToken);
  const size = limit && limit > 0 ? limit : 100;
  const end = start + size;
  return { items: items.slice(start, end), nextToken: end < items.length ? Buffer.from(`offset:${end}`).toString('base64') : undefined };
}

function decodeToken(token: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!match) throw validation('The NextToken provided is invalid.');
  return Number(match[1]);
}
