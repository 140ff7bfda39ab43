import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import type { ListOptions } from './store.js';
import { compareKeys, prefixEnd, type RecordEngine } from './record-engine.js';

/**
 * Records in one SQLite table, WAL mode. `synchronous=NORMAL` makes a commit durable against a
 * killed process (the OS keeps the WAL); `fsync` upgrades to FULL for power-loss durability.
 */
export class SqliteEngine implements RecordEngine {
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(file: string, fsync: boolean) {
    this.db = new Database(file, { nativeBinding: nativeBinding() });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${fsync ? 'FULL' : 'NORMAL'}`);
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS records (collection TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (collection, key)) WITHOUT ROWID',
    );
    this.statements = {
      get: this.db.prepare<[string, string], { value: string }>('SELECT value FROM records WHERE collection = ? AND key = ?'),
      put: this.db.prepare('INSERT INTO records (collection, key, value) VALUES (?, ?, ?) ON CONFLICT (collection, key) DO UPDATE SET value = excluded.value'),
      delete: this.db.prepare('DELETE FROM records WHERE collection = ? AND key = ?'),
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
    const exclusive = after !== undefined && compareKeys(after, prefix) >= 0;
    const end = prefixEnd(prefix);
    const sql = `SELECT key, value FROM records WHERE collection = ? AND key ${exclusive ? '>' : '>='} ?${end === undefined ? '' : ' AND key < ?'} ORDER BY key LIMIT ?`;
    const bounds = end === undefined ? [exclusive ? after : prefix] : [exclusive ? after : prefix, end];
    const rows = this.statement<{ key: string; value: string }>(sql).all(collection, ...bounds, limit);
    return rows.map((row) => [row.key, row.value]);
  }

  count(collection: string, prefix = ''): number {
    const end = prefixEnd(prefix);
    const sql = `SELECT count(*) AS n FROM records WHERE collection = ? AND key >= ?${end === undefined ? '' : ' AND key < ?'}`;
    const bounds = end === undefined ? [prefix] : [prefix, end];
    return this.statement<{ n: number }>(sql).get(collection, ...bounds)?.n ?? 0;
  }

  clear(prefix = ''): void {
    const end = prefixEnd(prefix);
    if (end === undefined) this.statement('DELETE FROM records WHERE collection >= ?').run(prefix);
    else this.statement('DELETE FROM records WHERE collection >= ? AND collection < ?').run(prefix, end);
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

  /** Prepares each distinct query once; list and count vary by which bounds they have. */
  private statement<Row>(sql: string): Database.Statement<unknown[], Row> {
    let statement = this.prepared.get(sql);
    if (!statement) this.prepared.set(sql, (statement = this.db.prepare(sql)));
    return statement as Database.Statement<unknown[], Row>;
  }
}

/**
 * The compiled addon where a build from source puts it. Named directly, it spares the `bindings`
 * package's search of a dozen candidate paths on the first open; undefined lets that search run.
 */
function nativeBinding(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}
