/**
 * Multi-row INSERTs on the hot path of intake, with each statement's text compiled once and reused with new values.
 *
 * Kysely builds an insert from scratch every time: a query tree of rows × columns value nodes, frozen, then walked
 * into one long SQL string that better-sqlite3 must then find among its prepared statements. For a batch of
 * applications that cost the SQLite writer thread more than SQLite's own work on the rows. Here Kysely compiles the
 * text once per dialect and row count (so PostgreSQL gets `$1…` and SQLite `?`), and later batches of the same size
 * only bind their values to it. The SQL is still Kysely's; only the repetition is gone.
 *
 * On PostgreSQL the rows go as one JSON value instead, each row an array of its values in column order
 * (`insert … select e->>0, (e->>1)::integer, … from jsonb_array_elements($1::jsonb) e`): the statement's text is the
 * same for any number of rows, so the server parses and plans a few hundred characters instead of a VALUES list of
 * thousands of parameters (which took a third of its time per batch), and the driver sends one string that
 * JSON.stringify made instead of binding every value. Arrays rather than objects keyed by column: the keys were half
 * of what was sent for a new application, and parsing JSON was about a fifth of PostgreSQL's work on a batch; a
 * `jsonb` value is parsed once, where a `json` one is checked on the way in and parsed again to be read. PostgreSQL
 * casts each text to its column's type on INSERT except text to integer, so the integer columns are named (`integers`);
 * a column left out of that list fails every insert of the table at once ("column … is of type integer").
 */
import { CompiledQuery, PostgresAdapter, type Insertable, type Kysely } from 'kysely';
import type { Database, Db } from './schema.js';

/** Bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

export type RowInserter<T extends keyof Database> = (db: Db, rows: readonly Insertable<Database[T]>[]) => Promise<void>;

type Column<T extends keyof Database> = keyof Insertable<Database[T]> & string;

/**
 * An inserter for `table` that writes exactly `columns`, in that order (a value left undefined is stored as NULL);
 * `integers`: those of them that are integer columns (the tables on this path hold text and integers only).
 */
export function createRowInserter<T extends keyof Database & string>(
  table: T,
  columns: readonly Column<T>[],
  options: { integers?: readonly Column<T>[] } = {},
): RowInserter<T> {
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  // By dialect adapter (one per Kysely instance; its transactions share it), then by number of rows.
  const texts = new WeakMap<object, Map<number, string>>();

  function textFor(db: Db, rows: number): string {
    const adapter = db.getExecutor().adapter;
    let bySize = texts.get(adapter);
    if (!bySize) texts.set(adapter, (bySize = new Map()));
    let text = bySize.get(rows);
    if (text === undefined) {
      const placeholder = Object.fromEntries(columns.map((c) => [c, null])) as Insertable<Database[T]>;
      text = db.insertInto(table).values(Array.from({ length: rows }, () => placeholder) as never).compile().sql;
      bySize.set(rows, text);
    }
    return text;
  }

  const quoted = (name: string) => `"${name}"`;
  const integers = new Set<string>(options.integers);
  const byPosition = columns.map((c, i) => (integers.has(c) ? `(e->>${i})::integer` : `e->>${i}`)).join(', ');
  const asJson = `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) select ${byPosition} from jsonb_array_elements($1::jsonb) as e`;

  return async (db, rows) => {
    if (rows.length === 0) return;
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      const arrays = rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c] ?? null));
      await db.executeQuery(CompiledQuery.raw(asJson, [JSON.stringify(arrays)]));
      return;
    }
    for (let i = 0; i < rows.length; i += rowsPerStatement) {
      const chunk = rows.slice(i, i + rowsPerStatement);
      const parameters: unknown[] = [];
      for (const row of chunk) {
        const r = row as Record<string, unknown>;
        for (const c of columns) parameters.push(r[c] ?? null);
      }
      await db.executeQuery(CompiledQuery.raw(textFor(db, chunk.length), parameters));
    }
  };
}
