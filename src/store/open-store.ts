import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineStore } from './engine-store.js';
import { FileBlobStore } from './file-blobs.js';
import { MemoryEngine } from './memory-engine.js';
import type { Store } from './store.js';

export interface StoreOptions {
  /** Where state lives; ignored when ephemeral. */
  dataDir: string;
  ephemeral: boolean;
  /** fsync every commit and blob (power-loss durability); a killed process loses nothing without it. */
  fsync?: boolean;
}

/**
 * Opens the embedded store: SQLite in `<dataDir>/state.db` with blobs beside it, or, ephemeral,
 * records in memory with blobs in a temporary directory removed on close (bodies can be gigabytes).
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const fsync = options.fsync ?? false;
  if (options.ephemeral) {
    const dir = mkdtempSync(join(tmpdir(), 'nimbus-'));
    const store = new EngineStore(new MemoryEngine(), new FileBlobStore(join(dir, 'blobs'), false));
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    };
    return store;
  }
  mkdirSync(options.dataDir, { recursive: true });
  const { SqliteEngine } = await import('./sqlite-engine.js');
  const engine = new SqliteEngine(join(options.dataDir, 'state.db'), fsync);
  return new EngineStore(engine, new FileBlobStore(join(options.dataDir, 'blobs'), fsync));
}
