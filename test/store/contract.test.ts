import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after } from 'node:test';
import type { EngineStore } from '../../src/store/engine-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { storeContract } from './contract.js';

const root = mkdtempSync(join(tmpdir(), 'nimbus-contract-'));
after(() => rmSync(root, { recursive: true, force: true }));

const blobDir = (store: Store) => (store as EngineStore).blobs.dir;
const dataDirs = new WeakMap<Store, string>();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
}

storeContract('sqlite', {
  async open() {
    const dataDir = mkdtempSync(join(root, 'sqlite-'));
    const store = await openStore({ dataDir, ephemeral: false });
    dataDirs.set(store, dataDir);
    return store;
  },
  async reopen(store) {
    const dataDir = dataDirs.get(store)!;
    await store.close();
    const reopened = await openStore({ dataDir, ephemeral: false });
    dataDirs.set(reopened, dataDir);
    return reopened;
  },
  blobDir,
  files: (store) => filesUnder(dataDirs.get(store)!),
});

storeContract('memory', {
  open: () => openStore({ dataDir: '', ephemeral: true }),
  blobDir,
  files: (store) => filesUnder(join(blobDir(store), '..')),
});
