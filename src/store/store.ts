import type { Readable } from 'node:stream';

/**
 * The state interface every service writes through. Records are JSON values in named collections,
 * ordered by key; blobs are content-addressed files. All of it is asynchronous so that a networked
 * backend can implement it; the embedded backends answer synchronously underneath.
 */
export interface Store {
  readonly backend: 'sqlite' | 'memory';
  collection<T>(name: string): Collection<T>;
  /**
   * Runs `work` atomically: every write in it commits together or not at all. Transactions run one
   * at a time; plain reads and writes wait while one is open, so nothing sees a half-done change.
   */
  transaction<R>(work: (tx: Transaction) => Promise<R> | R): Promise<R>;
  readonly blobs: BlobStore;
  /** Removes every record of the collections whose name starts with `prefix` (all when omitted). */
  clear(prefix?: string): Promise<void>;
  close(): Promise<void>;
}

export interface Collection<T> {
  get(key: string): Promise<T | undefined>;
  put(key: string, value: T): Promise<void>;
  /** Resolves true when a record was there to delete. */
  delete(key: string): Promise<boolean>;
  list(options?: ListOptions): Promise<Array<Entry<T>>>;
  count(prefix?: string): Promise<number>;
}

export interface ListOptions {
  prefix?: string;
  /** Only keys strictly greater than this one. */
  after?: string;
  limit?: number;
}

export interface Entry<T> {
  key: string;
  value: T;
}

export interface Transaction {
  collection<T>(name: string): Collection<T>;
  /** Counts one more reference to a blob, so it outlives the records that pointed to it before. */
  retainBlob(id: string): Promise<void>;
  /** Drops a reference; the blob's file is removed after commit when none is left. */
  releaseBlob(id: string): Promise<void>;
  /** Runs after a successful commit (deliveries, wake-ups); never when the transaction rolls back. */
  afterCommit(callback: () => void): void;
}

export interface BlobInfo {
  id: string;
  size: number;
}

export interface BlobStore {
  /** Streams `source` to a temporary file, then renames it to its content address (SHA-256). */
  write(source: Readable | Uint8Array): Promise<BlobInfo>;
  /** A stream of the blob's bytes, `start` and `end` inclusive as in HTTP ranges. */
  read(id: string, range?: { start: number; end: number }): Readable;
  readAll(id: string): Promise<Buffer>;
  size(id: string): Promise<number>;
}

export const BLOB_REFS = '_blob_refs';
