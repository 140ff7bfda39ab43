import { invalidParameter } from './errors.js';

/** One page of `items` after `nextToken` (an opaque offset), at most `limit` long. */
export function page<T>(items: T[], limit: number | undefined, nextToken: string | undefined, defaultLimit = 50): { items: T[]; nextToken?: string } {
  const start = nextToken === undefined ? 0 : decodeOffset(nextToken);
  const end = start + (limit ?? defaultLimit);
  return { items: items.slice(start, end), nextToken: end < items.length ? encodeOffset(end) : undefined };
}

export function encodeOffset(offset: number): string {
  return Buffer.from(`offset/${offset}`).toString('base64');
}

export function decodeOffset(token: string): number {
  const match = /^offset\/(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!match) throw invalidParameter('The specified nextToken is invalid.');
  return Number(match[1]);
}
