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
      // AWS writes ISO 8601 with milliseconds (S3's `2009-10-12T17:50:30.000Z`, EC2's launchTime).
      return date.toISOString();
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
