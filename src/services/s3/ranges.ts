import { invalidRange } from './errors.js';

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP. */
  end: number;
}

/**
 * The byte range a `Range` header asks of an object of `size` bytes, as S3 reads it: a single
 * `bytes=` range, clipped to the object; a malformed or multi-range header is ignored (whole
 * object, 200); a range that starts past the end is `InvalidRange` (416).
 */
export function resolveRange(header: string | undefined, size: number): ByteRange | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1]!, match[2]!];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) throw invalidRange(header, size);
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return undefined;
  if (start >= size) throw invalidRange(header, size);
  return { start, end };
}

export const contentRangeOf = (range: ByteRange, size: number) => `bytes ${range.start}-${range.end}/${size}`;
