import type { ListOptions } from './store.js';
import { compareKeys, type RecordEngine } from './record-engine.js';

type Undo = () => void;

/** Records in sorted maps, for `--ephemeral`; an undo log gives transactions their rollback. */
export class MemoryEngine implements RecordEngine {
  readonly backend = 'memory' as const;
  private readonly collections = new Map<string, Map<string, string>>();
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
    const keys = [...records.keys()]
      .filter((key) => key.startsWith(prefix) && (after === undefined || compareKeys(key, after) > 0))
      .sort(compareKeys);
    const chosen = limit >= 0 ? keys.slice(0, limit) : keys;
    return chosen.map((key) => [key, records.get(key)!]);
  }

  count(collection: string, prefix = ''): number {
    const records = this.collections.get(collection);
    if (!records) return 0;
    let n = 0;
    for (const key of records.keys()) if (key.startsWith(prefix)) n++;
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

  private records(collection: string): Map<string, string> {
    let records = this.collections.get(collection);
    if (!records) {
      records = new Map();
      this.collections.set(collection, records);
    }
    return records;
  }

  private remember(records: Map<string, string>, key: string): void {
    if (!this.undoLog) return;
    const had = records.has(key);
    const previous = records.get(key);
    this.undoLog.push(() => (had ? records.set(key, previous!) : records.delete(key)));
  }
}
