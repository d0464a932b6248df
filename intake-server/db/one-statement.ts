/**
 * Several writes as one PostgreSQL statement: `WITH w0 AS (INSERT …), w1 AS (INSERT …) SELECT 1`.
 *
 * A single statement is atomic on its own (all of it or nothing, durable when it returns), so a batch of applications
 * needs neither BEGIN nor COMMIT nor a round trip per table: one round trip instead of five. The writes are the
 * repositories' own: they run against a Kysely instance that records the queries they compile instead of sending
 * them, and the recorded queries are then joined, their `$n` placeholders renumbered.
 */
import { CompiledQuery, Kysely, PostgresAdapter, type DatabaseConnection, type QueryResult, type Transaction } from 'kysely';
import { kyselyOnConnection } from './kysely-on-connection.js';
import { prepareOnEachConnection } from './postgres.js';
import type { Database } from './schema.js';

/** PostgreSQL's limit on bound values per statement. */
const MAX_PARAMETERS = 65_535;

/** Runs `write` (any sequence of data-changing queries without results used) as one statement on `db`. */
export type OneStatement = (db: Kysely<Database>, write: (trx: Transaction<Database>) => Promise<void>) => Promise<void>;

export function createOneStatement(): OneStatement {
  // One adapter for every recorder: the row inserters cache their statement texts by adapter (row-inserter.ts).
  const adapter = new PostgresAdapter();

  async function record(write: (trx: Transaction<Database>) => Promise<void>): Promise<CompiledQuery[]> {
    const queries: CompiledQuery[] = [];
    const connection: DatabaseConnection = {
      async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
        queries.push(query);
        return { rows: [] };
      },
      // Nothing in a write streams; a recorder has no rows to give anyway.
      async *streamQuery() {
        throw new Error('A recorded write cannot stream');
      },
    };
    const recorder = kyselyOnConnection(connection, { adapter, transactions: true });
    const trx = await recorder.startTransaction().execute();
    await write(trx);
    await trx.commit().execute();
    return queries.filter((q) => q.sql.length > 0);
  }

  return async (db, write) => {
    const queries = await record(write);
    if (queries.length === 0) return;
    if (queries.length === 1) {
      await db.executeQuery(queries[0]!);
      return;
    }
    const parameters: unknown[] = [];
    const parts: string[] = [];
    for (const [i, q] of queries.entries()) {
      if (!/^insert into /i.test(q.sql)) throw new Error('Only inserts are joined into one statement');
      const offset = parameters.length;
      parts.push(`w${i} as (${offset === 0 ? q.sql : q.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`);
      parameters.push(...q.parameters);
    }
    if (parameters.length > MAX_PARAMETERS) {
      // Too many values for one statement: the same writes, one after the other, in a transaction.
      const trx = await db.startTransaction().execute();
      try {
        for (const q of queries) await trx.executeQuery(q);
        await trx.commit().execute();
      } catch (err) {
        await trx.rollback().execute().catch(() => undefined);
        throw err;
      }
      return;
    }
    const text = `with ${parts.join(', ')} select 1`;
    prepareOnEachConnection(text);
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  };
}
