// The state directory's SQLite database (node:sqlite, loaded only with --state-dir): its tables, one
// transaction at a time however deeply stores nest their writes, and JSON records for the small stores.
import { mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { fromStateJson, toStateJson } from './json.js';

/** The Node versions that have node:sqlite without a flag, as the configuration error names them. */
export const SQLITE_NODE_VERSIONS = 'Node.js 22.13 or later (or 24)';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS record (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS sqs_queue (arn TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sqs_message (seq INTEGER PRIMARY KEY AUTOINCREMENT, queue TEXT NOT NULL,
  id TEXT NOT NULL, state INTEGER NOT NULL, due_at INTEGER NOT NULL, value TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS sqs_message_id ON sqs_message (queue, id);
CREATE TABLE IF NOT EXISTS sqs_dedup (queue TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  expires_at INTEGER NOT NULL, PRIMARY KEY (queue, key));
CREATE TABLE IF NOT EXISTS s3_object (bucket TEXT NOT NULL, key TEXT NOT NULL, meta TEXT NOT NULL,
  body BLOB NOT NULL, PRIMARY KEY (bucket, key));
CREATE TABLE IF NOT EXISTS lambda_event (request_id TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** The node:sqlite module when this Node has it (22.13+, 24), without loading it through any loader. */
export function sqliteModule(): typeof import('node:sqlite') | undefined {
  return process.getBuiltinModule?.('node:sqlite') as typeof import('node:sqlite') | undefined;
}

export class StateDatabase {
  /** The state directory, resolved: every file the local cloud keeps lives under it. */
  readonly dir: string;
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private depth = 0;

  constructor(dir: string) {
    const sqlite = sqliteModule();
    if (!sqlite) throw new Error(`node:sqlite is not available in Node.js ${process.versions.node}`);
    mkdirSync(dir, { recursive: true });
    this.dir = realpathSync(dir);
    this.db = new sqlite.DatabaseSync(path.join(this.dir, 'state.sqlite'));
    // WAL: a commit is one append to the log, in the OS's hands once written, so a killed process loses
    // nothing it committed; NORMAL skips the fsync per commit (only a power cut could lose the last ones).
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
    this.db.exec(SCHEMA);
  }

  /** A prepared statement, prepared once. */
  statement(sql: string): StatementSync {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  run(sql: string, ...params: (string | number | null | Uint8Array)[]): void {
    this.statement(sql).run(...params);
  }

  all<T>(sql: string, ...params: (string | number | null)[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /**
   * Runs `work` in one transaction: everything it writes (and what the stores it calls write) commits
   * together or not at all. Nested calls join the outer transaction.
   */
  atomically<T>(work: () => T): T {
    if (this.depth > 0) {
      this.depth++;
      try {
        return work();
      } finally {
        this.depth--;
      }
    }
    this.db.exec('BEGIN IMMEDIATE');
    this.depth = 1;
    try {
      const out = work();
      this.db.exec('COMMIT');
      return out;
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    } finally {
      this.depth = 0;
    }
  }

  /** Stores a small store's record (a topic, a rule, a role) as JSON under its kind and key. */
  putRecord(kind: string, key: string, value: unknown): void {
    this.run(
      'INSERT INTO record (kind, key, value) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value',
      kind,
      key,
      toStateJson(value),
    );
  }

  deleteRecord(kind: string, key: string): void {
    this.run('DELETE FROM record WHERE kind = ? AND key = ?', kind, key);
  }

  /** Replaces every record of a kind at once (a store saved whole after a change). */
  replaceRecords(kind: string, records: Iterable<[string, unknown]>): void {
    this.atomically(() => {
      this.run('DELETE FROM record WHERE kind = ?', kind);
      for (const [key, value] of records) this.putRecord(kind, key, value);
    });
  }

  records<T>(kind: string): [string, T][] {
    return this.all<{ key: string; value: string }>(
      'SELECT key, value FROM record WHERE kind = ? ORDER BY rowid',
      kind,
    ).map((r) => [r.key, fromStateJson<T>(r.value)]);
  }

  /**
   * A path under the state directory for a name the local cloud makes up; refuses anything that would
   * leave it (names from requests never become paths, this is the second line).
   */
  pathUnder(...parts: string[]): string {
    const p = path.resolve(this.dir, ...parts);
    if (p !== this.dir && !p.startsWith(this.dir + path.sep)) {
      throw new Error(`local-cloud: ${parts.join('/')} is outside the state directory`);
    }
    return p;
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}
