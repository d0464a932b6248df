/** Opens PostgreSQL through Kysely's dialect and a `pg` pool: the scale-out path for several instances. */
import { Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** Statement texts sent as named prepared statements, and their names (see `prepareOnEachConnection`). */
const prepared = new Map<string, string>();
/** More distinct texts than this are sent unnamed: the texts worth preparing are few and fixed. */
const MAX_PREPARED = 64;

/**
 * Asks every connection to send `text` as a named prepared statement: PostgreSQL then parses and plans it once per
 * connection instead of with every batch (about a quarter of a batch's write time on the server). Only for a text
 * whose result has the same columns always (a write ending in `select 1`): a prepared statement whose result type
 * changes after a migration elsewhere fails ("cached plan must not change result type"); a table it writes that
 * changes only makes PostgreSQL plan it again.
 */
export function prepareOnEachConnection(text: string): void {
  if (!prepared.has(text) && prepared.size < MAX_PREPARED) prepared.set(text, `rv_${prepared.size + 1}`);
}

/** A `pg` client that sends the texts registered above as named statements (Kysely passes text and values). */
class PreparingClient extends pg.Client {
  // @ts-expect-error pg's overloads; Kysely calls query(text, values) and awaits the result.
  override query(config: unknown, values?: unknown, callback?: unknown) {
    const name = typeof config === 'string' ? prepared.get(config) : undefined;
    // @ts-expect-error the same overloads, passed on as they came
    return name ? super.query({ name, text: config, values }, callback) : super.query(config, values, callback);
  }
}

/** A Kysely instance on the PostgreSQL database at `url` (`postgres://user:pass@host:5432/db`). */
export function openPostgres(url: string, options: { maxConnections?: number; lockTimeoutMs?: number } = {}): Kysely<Database> {
  const pool = new pg.Pool({
    Client: PreparingClient as unknown as typeof pg.Client,
    connectionString: url,
    max: options.maxConnections ?? 10,
    idleTimeoutMillis: 30_000,
    // A write that waits this long for a lock gives up, and intake answers 503 instead of hanging.
    options: `-c lock_timeout=${Math.floor(options.lockTimeoutMs ?? 5000)}`,
  });
  // An idle client that loses its connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** True when `db` talks to PostgreSQL (also for a database a test injects). */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
