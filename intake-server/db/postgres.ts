/** Opens PostgreSQL through Kysely's dialect and a `pg` pool: the scale-out path for several instances. */
import { Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/** A Kysely instance on the PostgreSQL database at `url` (`postgres://user:pass@host:5432/db`). */
export function openPostgres(url: string, options: { maxConnections?: number; lockTimeoutMs?: number } = {}): Kysely<Database> {
  const pool = new pg.Pool({
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
