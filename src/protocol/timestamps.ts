import type { TimestampFormat } from './model.js';

/** Formats a timestamp the way the protocol (or the member's `timestampFormat`) asks. */
export function formatTimestamp(value: Date | number | string, format: TimestampFormat): string | number {
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value * 1000 : value);
  switch (format) {
    case 'unixTimestamp':
      return date.getTime() / 1000;
    case 'rfc822':
      return date.toUTCString();
    default:
      return date.toISOString().replace(/\.000Z$/, 'Z');
  }
}

/** Reads a timestamp in any of the three wire forms; undefined when it is none of them. */
export function parseTimestamp(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value * 1000);
  if (typeof value !== 'string' || value === '') return undefined;
  const date = /^-?\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
