/** Runs work in a transaction without letting a failed rollback hide the error that caused it. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * Like `db.transaction().execute(fn)`, except that when SQLite has already rolled back by itself (it does on
 * SQLITE_FULL and some I/O errors), the "no transaction is active" error of our ROLLBACK does not replace the
 * original error: callers must see SQLITE_FULL to answer 503.
 */
export async function withTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const trx = await db.startTransaction().execute();
  let result: T;
  try {
    result = await fn(trx);
  } catch (err) {
    await trx.rollback().execute().catch(() => undefined);
    throw err;
  }
  try {
    await trx.commit().execute();
  } catch (err) {
    await trx.rollback().execute().catch(() => undefined);
    throw err;
  }
  return result;
}
