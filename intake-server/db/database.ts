/** Opens the SQLite database file with the pragmas durability depends on. */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { preparePrivateSqliteFile } from './private-files.js';
import type { Database } from './schema.js';

/** Limits of the SQLite file and of waiting for its lock. */
export interface SqliteOptions {
  /** Cap on the file size in MB (0 or absent: none). */
  maxMb?: number;
  /** How long a statement waits for another connection's lock (default 5 s). */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the SQLite file at `path`: WAL so readers never wait for the writer,
 * `synchronous=FULL` so a commit survives power loss, and a busy timeout so a briefly locked file waits instead of failing.
 */
export function openSqlite(path: string, options: SqliteOptions = {}): Kysely<Database> {
  // The file, its WAL and the WAL's index hold every application and sign-in: the service user's alone (0600).
  if (path !== ':memory:' && path !== '') preparePrivateSqliteFile(path);
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  // Copy the WAL back into the database file every 10,000 pages (about 40 MB) instead of SQLite's 1,000: a page that
  // many commits touch (an index's last page) is copied once per checkpoint, so fewer checkpoints write less.
  // Measured: about 15% more applications per second; the WAL file may grow to about 40 MB between checkpoints.
  sqlite.pragma('wal_autocheckpoint = 10000');
  sqlite.pragma('foreign_keys = ON');
  // Temporary storage in memory: a multi-row INSERT keeps a statement journal (to undo just that statement), and
  // SQLite spilled it to a new file in /var/tmp for every batch of applications: an open, writes and an unlink per
  // commit, about a tenth of the writer thread's time. It holds only what one statement changed; durability is the
  // WAL's, which this does not touch.
  sqlite.pragma('temp_store = MEMORY');
  // Deleted and shortened rows are overwritten with zeros in the page that is written anyway (FAST: no extra I/O),
  // so a purged sign-in mail or a quarantined submission's blanked fields do not linger in the file's free space.
  sqlite.pragma('secure_delete = FAST');
  sqlite.pragma(`busy_timeout = ${Math.floor(options.busyTimeoutMs ?? 5000)}`);
  // max_page_count is per connection: every connection that writes must set it.
  if (options.maxMb) sqlite.pragma(`max_page_count = ${Math.floor((options.maxMb * 1024 * 1024) / (sqlite.pragma('page_size', { simple: true }) as number))}`);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing costs more than running a small insert. The same
 * SQL text reuses its prepared statement (better-sqlite3 statements are reusable and this driver runs one at a time).
 */
function withStatementCache(sqlite: SQLite.Database, max = 2048): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      // Every transaction here writes. BEGIN IMMEDIATE takes the write lock at the start and waits for it (busy
      // timeout); a deferred BEGIN would read first and then fail at once with SQLITE_BUSY when another connection
      // (the writer thread, the outbox worker) committed in between.
      const sqlText = /^begin$/i.test(text.trim()) ? 'begin immediate' : text;
      let stmt = cache.get(sqlText);
      if (stmt) {
        cache.delete(sqlText);
      } else {
        stmt = sqlite.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sqlText, stmt);
      return stmt as unknown as SqliteStatement;
    },
  };
}
