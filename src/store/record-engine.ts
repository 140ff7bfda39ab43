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

/** The smallest string greater than every string starting with `prefix`, for range scans. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}
