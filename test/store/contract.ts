import { describe } from 'node:test';
import type { Store } from '../../src/store/store.js';
import { blobContract } from './contract-blobs.js';
import { recordContract } from './contract-records.js';
import { transactionContract } from './contract-transactions.js';

/** How the contract reaches one backend; every test opens its own store. */
export interface StoreFactory {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** Closes `store` and opens the same data again; omitted for backends that keep nothing. */
  reopen?(store: Store): Promise<Store>;
  /** The local directory its blob files live in, so the contract can look at the disk. */
  blobDir(store: Store): string;
  /** Every file the backend keeps, relative to its root, for "no key became a path" checks. */
  files(store: Store): string[];
}

/**
 * The contract every `Store` backend passes (SQLite, memory, and later PostgreSQL): records,
 * transactions, blobs and, for persistent backends, reopening.
 */
export function storeContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    recordContract(factory);
    transactionContract(factory);
    blobContract(factory);
  });
}

/** Runs `body` against a fresh store and closes it whatever happens. */
export async function withStore(factory: StoreFactory, body: (store: Store) => Promise<Store | void>): Promise<void> {
  let store = await factory.open();
  try {
    store = (await body(store)) ?? store;
  } finally {
    await store.close();
  }
}

/** Lets every pending microtask and I/O callback run a few times over. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** A promise with its resolver, for holding a transaction open. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}
