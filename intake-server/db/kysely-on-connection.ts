/**
 * A PostgreSQL-dialect Kysely instance whose every query goes to one `DatabaseConnection` this process provides:
 * the recorder of one-statement.ts and the reader of one-read.ts, which send on what they are given themselves.
 */
import { Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type DatabaseConnection } from 'kysely';
import type { Database } from './schema.js';

export function kyselyOnConnection(
  connection: DatabaseConnection,
  options: {
    /** Shared across instances where something caches by adapter (row-inserter.ts). */
    adapter?: PostgresAdapter;
    /** Whether `startTransaction()` is allowed (it then only marks where the writes start and end). */
    transactions: boolean;
  },
): Kysely<Database> {
  const adapter = options.adapter ?? new PostgresAdapter();
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => adapter,
      createDriver: () => ({
        async init() {},
        async acquireConnection() {
          return connection;
        },
        async beginTransaction() {
          if (!options.transactions) throw new Error('This instance sends its queries outside any transaction');
        },
        async commitTransaction() {},
        async rollbackTransaction() {},
        async releaseConnection() {},
        async destroy() {},
      }),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
