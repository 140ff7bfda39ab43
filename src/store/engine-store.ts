import { AsyncLock } from './async-lock.js';
import type { FileBlobStore } from './file-blobs.js';
import type { RecordEngine } from './record-engine.js';
import { BLOB_REFS, type Collection, type Entry, type ListOptions, type Store, type Transaction } from './store.js';

/** Runs one synchronous engine operation, at the right moment. */
type Runner = <R>(operation: () => R) => Promise<R>;

/**
 * A `Store` over any synchronous `RecordEngine`: JSON values, the transaction lock, blob references.
 * The engine has one connection, so a plain operation issued while a transaction is open would
 * run inside it (and vanish with its rollback); plain operations therefore take the lock too.
 */
export class EngineStore implements Store {
  private readonly lock = new AsyncLock();
  private readonly runPlain: Runner = (operation) => this.lock.run(operation);

  constructor(
    private readonly engine: RecordEngine,
    readonly blobs: FileBlobStore,
  ) {}

  get backend(): 'sqlite' | 'memory' {
    return this.engine.backend;
  }

  collection<T>(name: string): Collection<T> {
    return new EngineCollection<T>(this.engine, name, this.runPlain);
  }

  async transaction<R>(work: (tx: Transaction) => Promise<R> | R): Promise<R> {
    const release = await this.lock.acquire();
    const tx = new EngineTransaction(this.engine, this.blobs);
    let result: R;
    try {
      this.engine.begin();
      try {
        result = await work(tx);
        tx.end();
        const orphans = tx.orphanedBlobs();
        this.engine.commit();
        tx.unpinRetained();
        for (const id of orphans) this.blobs.remove(id);
      } catch (error) {
        tx.end();
        this.engine.rollback();
        tx.unpinRetained();
        for (const id of tx.retainedBlobs()) {
          if (this.engine.get(BLOB_REFS, id) === undefined) this.blobs.remove(id);
        }
        throw error;
      }
    } finally {
      release();
    }
    tx.runAfterCommit();
    return result;
  }

  clear(prefix?: string): Promise<void> {
    return this.lock.run(() => this.engine.clear(prefix));
  }

  close(): Promise<void> {
    return this.lock.run(() => this.engine.close());
  }
}

class EngineCollection<T> implements Collection<T> {
  constructor(
    private readonly engine: RecordEngine,
    private readonly name: string,
    private readonly run: Runner,
  ) {}

  get(key: string): Promise<T | undefined> {
    return this.run(() => {
      const json = this.engine.get(this.name, key);
      return json === undefined ? undefined : (JSON.parse(json) as T);
    });
  }

  put(key: string, value: T): Promise<void> {
    const json = JSON.stringify(value);
    return this.run(() => this.engine.put(this.name, key, json));
  }

  delete(key: string): Promise<boolean> {
    return this.run(() => this.engine.delete(this.name, key));
  }

  list(options: ListOptions = {}): Promise<Array<Entry<T>>> {
    return this.run(() => this.engine.list(this.name, options).map(([key, json]) => ({ key, value: JSON.parse(json) as T })));
  }

  count(prefix?: string): Promise<number> {
    return this.run(() => this.engine.count(this.name, prefix));
  }
}

class EngineTransaction implements Transaction {
  private readonly callbacks: Array<() => void> = [];
  private readonly released = new Set<string>();
  private readonly retained = new Set<string>();
  private readonly refs: Collection<number>;
  private ended = false;
  private readonly runInside: Runner = (operation) => {
    if (this.ended) return Promise.reject(new Error('transaction used after it ended'));
    try {
      return Promise.resolve(operation());
    } catch (error) {
      return Promise.reject(error);
    }
  };

  constructor(
    private readonly engine: RecordEngine,
    private readonly blobs: FileBlobStore,
  ) {
    this.refs = this.collection<number>(BLOB_REFS);
  }

  collection<T>(name: string): Collection<T> {
    return new EngineCollection<T>(this.engine, name, this.runInside);
  }

  async retainBlob(id: string): Promise<void> {
    if (!this.blobs.has(id)) throw new Error(`blob ${id} is not stored`);
    await this.refs.put(id, ((await this.refs.get(id)) ?? 0) + 1);
    this.retained.add(id);
  }

  async releaseBlob(id: string): Promise<void> {
    const count = ((await this.refs.get(id)) ?? 1) - 1;
    if (count > 0) await this.refs.put(id, count);
    else await this.refs.delete(id);
    this.released.add(id);
  }

  afterCommit(callback: () => void): void {
    if (this.ended) throw new Error('transaction used after it ended');
    this.callbacks.push(callback);
  }

  end(): void {
    this.ended = true;
  }

  orphanedBlobs(): string[] {
    return [...this.released].filter((id) => this.engine.get(BLOB_REFS, id) === undefined);
  }

  retainedBlobs(): string[] {
    return [...this.retained];
  }

  /** The writers' pins end with the transaction that retained their blobs, once per blob. */
  unpinRetained(): void {
    for (const id of this.retained) this.blobs.unpin(id);
  }

  /** Every callback runs; one that throws is reported and cannot undo what committed. */
  runAfterCommit(): void {
    for (const callback of this.callbacks) {
      try {
        callback();
      } catch (error) {
        console.error('nimbus: an afterCommit callback failed', error);
      }
    }
  }
}
