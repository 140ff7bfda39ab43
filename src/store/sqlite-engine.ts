import Database from 'better-sqlite3';
import type { ListOptions } from './store.js';
import { prefixEnd, type RecordEngine } from './record-engine.js';

/**
 * Records in one SQLite table, WAL mode. `synchronous=NORMAL` makes a commit durable against a
 * killed process (the OS keeps the WAL); `fsync` upgrades to FULL for power-loss durability.
 */
export class SqliteEngine implements RecordEngine {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements;

  constructor(file: string, fsync: boolean) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${fsync ? 'FULL' : 'NORMAL'}`);
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS records (collection TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (collection, key)) WITHOUT ROWID',
    );
    this.statements = {
      get: this.db.prepare<[string, string], { value: string }>('SELECT value FROM records WHERE collection = ? AND key = ?'),
      put: this.db.prepare('INSERT INTO records (collection, key, value) VALUES (?, ?, ?) ON CONFLICT (collection, key) DO UPDATE SET value = excluded.value'),
      delete: this.db.prepare('DELETE FROM records WHERE collection = ? AND key = ?'),
      list: this.db.prepare<[string, string, string, number], { key: string; value: string }>(
        'SELECT key, value FROM records WHERE collection = ? AND key > ? AND key < ? ORDER BY key LIMIT ?',
      ),
      listFrom: this.db.prepare<[string, string, string, number], { key: string; value: string }>(
        'SELECT key, value FROM records WHERE collection = ? AND key >= ? AND key < ? ORDER BY key LIMIT ?',
      ),
      count: this.db.prepare<[string, string, string], { n: number }>(
        'SELECT count(*) AS n FROM records WHERE collection = ? AND key >= ? AND key < ?',
      ),
      clearPrefix: this.db.prepare('DELETE FROM records WHERE collection >= ? AND collection < ?'),
    };
  }

  get(collection: string, key: string): string | undefined {
    return this.statements.get.get(collection, key)?.value;
  }

  put(collection: string, key: string, json: string): void {
    this.statements.put.run(collection, key, json);
  }

  delete(collection: string, key: string): boolean {
    return this.statements.delete.run(collection, key).changes > 0;
  }

  list(collection: string, { prefix = '', after, limit = -1 }: ListOptions): Array<[string, string]> {
    const end = prefixEnd(prefix);
    const rows =
      after !== undefined && after >= prefix
        ? this.statements.list.all(collection, after, end, limit)
        : this.statements.listFrom.all(collection, prefix, end, limit);
    return rows.map((row) => [row.key, row.value]);
  }

  count(collection: string, prefix = ''): number {
    return this.statements.count.get(collection, prefix, prefixEnd(prefix))?.n ?? 0;
  }

  clear(prefix = ''): void {
    this.statements.clearPrefix.run(prefix, prefixEnd(prefix));
  }

  begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
  }

  commit(): void {
    this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  close(): void {
    this.db.close();
  }
}
