/**
 * Reads asked at the same time as one PostgreSQL statement: `SELECT (SELECT json_agg(q) FROM (…) q) AS r0, …`.
 *
 * A batch of applications asks, all at once, for the stored answers of its idempotency keys, its addresses' earlier
 * applications, which of its drawn references are taken and the routing generation (and, when it has not kept a
 * route, routing's own reads). Sent one by one, each takes a connection of the pool and a server process of its own,
 * and PostgreSQL spent more time starting and ending those statements than reading. Through the Kysely instance this
 * module makes, every SELECT asked before the event loop's next turn goes as one statement on one connection, each
 * query's rows as one JSON value, decoded back into the rows the driver would have given (the tables on this path
 * hold text and integers, which JSON carries as they are). The repositories' queries are unchanged.
 *
 * Only reads outside a transaction go this way (a statement sees the data committed when it starts, like each of the
 * separate statements did). Anything but a SELECT, and a combined statement that fails, run one by one as before, so
 * every query gets its own answer or its own error.
 */
import { CompiledQuery, type DatabaseConnection, type Kysely, type QueryResult } from 'kysely';
import { kyselyOnConnection } from './kysely-on-connection.js';
import type { Database } from './schema.js';

/** PostgreSQL's limit on bound values per statement. */
const MAX_PARAMETERS = 65_535;

interface Asked {
  query: CompiledQuery;
  resolve(result: QueryResult<unknown>): void;
  reject(err: unknown): void;
}

/** A Kysely instance on `db` whose SELECTs asked together go as one statement. */
export function createOneRead(db: Kysely<Database>): Kysely<Database> {
  let asked: Asked[] = [];
  let scheduled = false;

  const runAlone = (a: Asked) => db.executeQuery(a.query).then(a.resolve, a.reject);

  async function flush(): Promise<void> {
    scheduled = false;
    const now = asked;
    asked = [];
    const reads = now.filter((a) => a.query.query.kind === 'SelectQueryNode');
    for (const a of now) if (a.query.query.kind !== 'SelectQueryNode') void runAlone(a);
    if (reads.length <= 1 || reads.reduce((n, a) => n + a.query.parameters.length, 0) > MAX_PARAMETERS) {
      for (const a of reads) void runAlone(a);
      return;
    }
    const parameters: unknown[] = [];
    const columns: string[] = [];
    for (const [i, a] of reads.entries()) {
      const offset = parameters.length;
      const text = offset === 0 ? a.query.sql : a.query.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
      // A sorted query's order survives: the aggregate reads its subquery's rows in the order they come.
      columns.push(`(select coalesce(json_agg(q), '[]'::json) from (${text}) as q) as r${i}`);
      parameters.push(...a.query.parameters);
    }
    let row: Record<string, unknown[]>;
    try {
      const result = await db.executeQuery<Record<string, unknown[]>>(CompiledQuery.raw(`select ${columns.join(', ')}`, parameters));
      row = result.rows[0]!;
    } catch {
      // Whichever query failed fails alone, with its own error; the others get their rows.
      for (const a of reads) void runAlone(a);
      return;
    }
    reads.forEach((a, i) => a.resolve({ rows: row[`r${i}`]! }));
  }

  const connection: DatabaseConnection = {
    executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      return new Promise<QueryResult<R>>((resolve, reject) => {
        asked.push({ query, resolve: resolve as Asked['resolve'], reject });
        if (!scheduled) {
          scheduled = true;
          // Once the promise jobs queued now have run: every read that can be asked without an answer has been
          // asked by then (none waits for I/O). Not a later turn of the event loop: that would first handle every
          // request that arrived meanwhile, and the batch would wait for them.
          process.nextTick(() => void flush());
        }
      });
    },
    async *streamQuery() {
      throw new Error('A combined read cannot stream');
    },
  };
  return kyselyOnConnection(connection, { transactions: false });
}
