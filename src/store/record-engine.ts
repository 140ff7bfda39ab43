import type { ListOptions } from './store.js';

/** The synchronous core a backend provides; `EngineStore` adds locking, JSON and blob references. */
export interface RecordEngine {
  readonly backend: 'sqlite' | 'memory';
  get(collection: string, key: string): string | undefined;
  put(collection: string, key: string, json: string): void;
  delete(collection: string, key: string): boolean;
  list(collection: string, options: ListOptions): Array<[string, string]>;
  count(collection: string, prefix?: string): number;
  clear(prefix?: string): void;
  begin(): void;
  commit(): void;
  rollback(): void;
  close(): void;
}

/**
 * Key order for every backend: code point order, which is UTF-8 byte order (SQLite's BINARY
 * collation, and S3's listing order). JavaScript's `<` compares UTF-16 units, which puts
 * characters beyond U+FFFF before U+E000–U+FFFF.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && x <= 0xdfff && y >= 0xd800 && y <= 0xdfff) return x - y;
    return codeUnitRank(x) - codeUnitRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (the halves of U+10000 and above) rank after every other code unit. */
function codeUnitRank(unit: number): number {
  return unit >= 0xd800 && unit <= 0xdfff ? unit + 0x10000 : unit;
}

/**
 * The least string greater than every string starting with `prefix`, for range scans, or
 * undefined when there is none (the empty prefix, or one of only U+10FFFF).
 */
export function prefixEnd(prefix: string): string | undefined {
  const chars = [...prefix];
  while (chars.length) {
    const last = chars.pop()!.codePointAt(0)!;
    if (last === 0x10ffff) continue;
    const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
    return chars.join('') + String.fromCodePoint(next);
  }
  return undefined;
}
