import { AsyncLock } from './async-lock.js';
import type { FileBlobStore } from './file-blobs.js';
import type { RecordEngine } from './record-engine.js';
import { BLOB_REFS, type Collection, type Entry, type ListOptions, type Store, type Transaction } from './store.js';

/** A `Store` over any synchronous `RecordEngine`: JSON values, the transaction lock, blob references. */
export class EngineStore implements Store {
  private readonly lock = new AsyncLock();

  constructor(
    private readonly engine: RecordEngine,
    readonly blobs: FileBlobStore,
  ) {}

  get backend(): 'sqlite' | 'memory' {
    return this.engine.backend;
  }

  collection<T>(name: string): Collection<T> {
    return new EngineCollection<T>(this.engine, name, () => (this.lock.held ? this.lock.idle() : undefined));
  }

  async transaction<R>(work: (tx: Transaction) => Promise<R> | R): Promise<R> {
    const release = await this.lock.acquire();
    const tx = new EngineTransaction(this.engine);
    try {
      this.engine.begin();
      const result = await work(tx);
      const orphans = tx.orphanedBlobs();
      this.engine.commit();
      release();
      for (const id of orphans) void this.blobs.remove(id);
      tx.runAfterCommit();
      return result;
    } catch (error) {
      this.engine.rollback();
      release();
      throw error;
    }
  }

  async clear(prefix?: string): Promise<void> {
    await this.lock.idle();
    this.engine.clear(prefix);
  }

  async close(): Promise<void> {
    await this.lock.idle();
    this.engine.close();
  }
}

class EngineCollection<T> implements Collection<T> {
  constructor(
    private readonly engine: RecordEngine,
    private readonly name: string,
    private readonly waitForTransaction: () => Promise<void> | undefined,
  ) {}

  async get(key: string): Promise<T | undefined> {
    await this.waitForTransaction();
    const json = this.engine.get(this.name, key);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async put(key: string, value: T): Promise<void> {
    await this.waitForTransaction();
    this.engine.put(this.name, key, JSON.stringify(value));
  }

  async delete(key: string): Promise<boolean> {
    await this.waitForTransaction();
    return this.engine.delete(this.name, key);
  }

  async list(options: ListOptions = {}): Promise<Array<Entry<T>>> {
    await this.waitForTransaction();
    return this.engine.list(this.name, options).map(([key, json]) => ({ key, value: JSON.parse(json) as T }));
  }

  async count(prefix?: string): Promise<number> {
    await this.waitForTransaction();
    return this.engine.count(this.name, prefix);
  }
}

class EngineTransaction implements Transaction {
  private readonly callbacks: Array<() => void> = [];
  private readonly touchedBlobs = new Set<string>();
  private readonly refs: Collection<number>;

  constructor(private readonly engine: RecordEngine) {
    this.refs = this.collection<number>(BLOB_REFS);
  }

  collection<T>(name: string): Collection<T> {
    return new EngineCollection<T>(this.engine, name, () => undefined);
  }

  async retainBlob(id: string): Promise<void> {
    await this.refs.put(id, ((await this.refs.get(id)) ?? 0) + 1);
  }

  async releaseBlob(id: string): Promise<void> {
    const count = ((await this.refs.get(id)) ?? 1) - 1;
    if (count > 0) await this.refs.put(id, count);
    else await this.refs.delete(id);
    this.touchedBlobs.add(id);
  }

  afterCommit(callback: () => void): void {
    this.callbacks.push(callback);
  }

  orphanedBlobs(): string[] {
    return [...this.touchedBlobs].filter((id) => this.engine.get(BLOB_REFS, id) === undefined);
  }

  runAfterCommit(): void {
    for (const callback of this.callbacks) callback();
  }
}
