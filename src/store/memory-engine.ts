import sortedBtree from 'sorted-btree';
import type { ListOptions } from './store.js';
import { compareKeys, type RecordEngine } from './record-engine.js';

// A CommonJS package whose class is its `default` export.
const BTree = sortedBtree.default;
type Records = InstanceType<typeof BTree<string, string>>;

type Undo = () => void;

/** Records in B-trees kept in key order, for `--ephemeral`; an undo log gives transactions their rollback. */
export class MemoryEngine implements RecordEngine {
  readonly backend = 'memory' as const;
  private readonly collections = new Map<string, Records>();
  private undoLog: Undo[] | undefined;

  get(collection: string, key: string): string | undefined {
    return this.collections.get(collection)?.get(key);
  }

  put(collection: string, key: string, json: string): void {
    const records = this.records(collection);
    this.remember(records, key);
    records.set(key, json);
  }

  delete(collection: string, key: string): boolean {
    const records = this.collections.get(collection);
    if (!records?.has(key)) return false;
    this.remember(records, key);
    records.delete(key);
    return true;
  }

  list(collection: string, { prefix = '', after, limit = -1 }: ListOptions): Array<[string, string]> {
    const records = this.collections.get(collection);
    if (!records) return [];
    const from = after !== undefined && compareKeys(after, prefix) > 0 ? after : prefix;
    const found: Array<[string, string]> = [];
    for (const [key, json] of records.entries(from)) {
      if (!key.startsWith(prefix) || found.length === limit) break;
      if (key !== after) found.push([key, json]);
    }
    return found;
  }

  count(collection: string, prefix = ''): number {
    const records = this.collections.get(collection);
    if (!records) return 0;
    if (!prefix) return records.size;
    let n = 0;
    for (const [key] of records.entries(prefix)) {
      if (!key.startsWith(prefix)) break;
      n++;
    }
    return n;
  }

  clear(prefix = ''): void {
    for (const name of [...this.collections.keys()]) {
      if (name.startsWith(prefix)) this.collections.delete(name);
    }
  }

  begin(): void {
    this.undoLog = [];
  }

  commit(): void {
    this.undoLog = undefined;
  }

  rollback(): void {
    const log = this.undoLog ?? [];
    this.undoLog = undefined;
    for (const undo of log.reverse()) undo();
  }

  close(): void {
    this.collections.clear();
  }

  private records(collection: string): Records {
    let records = this.collections.get(collection);
    if (!records) {
      records = new BTree<string, string>(undefined, compareKeys);
      this.collections.set(collection, records);
    }
    return records;
  }

  private remember(records: Records, key: string): void {
    if (!this.undoLog) return;
    const had = records.has(key);
    const previous = records.get(key);
    this.undoLog.push(() => (had ? records.set(key, previous!) : records.delete(key)));
  }
}
