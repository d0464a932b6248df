/**
 * 0010: a counter of changes to what routing reads. Frozen once released: self-contained (no imports from the
 * application), and every step can run again after an interrupted start.
 *
 * Routing an application reads six tables that change a few times a month (associations, their coordinators, the
 * kommuner and postal ranges they serve, the postal-code register and the kommune list). An intake server keeps the
 * routes it has worked out and asks only for this counter with each batch (routing/route-cache.ts). Triggers in the
 * database raise it on every change to those tables, whichever instance, admin command or import made it, in the
 * same transaction as the change: a reader that sees the change sees the new number, and the other way round.
 */
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/** The tables routing reads (routing/route-application.ts and what it calls). */
const ROUTING_TABLES = ['associations', 'coordinators', 'association_kommuner', 'association_postal_ranges', 'postal_codes', 'kommuner'];

export const migration0010: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('routing_generation')
      .ifNotExists()
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('generation', 'integer', (c) => c.notNull())
      .execute();
    await sql`INSERT INTO routing_generation (id, generation) SELECT 1, 1 WHERE NOT EXISTS (SELECT 1 FROM routing_generation WHERE id = 1)`.execute(db);
    if (db.getExecutor().adapter instanceof PostgresAdapter) {
      await sql
        .raw(
          `CREATE OR REPLACE FUNCTION routing_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN
             UPDATE routing_generation SET generation = generation + 1 WHERE id = 1;
             RETURN NULL;
           END $$`,
        )
        .execute(db);
      for (const table of ROUTING_TABLES) {
        await sql.raw(`DROP TRIGGER IF EXISTS routing_generation_bump ON ${table}`).execute(db);
        // Once per statement, also for TRUNCATE: an import that replaces the register raises it once.
        await sql
          .raw(`CREATE TRIGGER routing_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION routing_generation_bump()`)
          .execute(db);
      }
    } else {
      // SQLite has triggers for one event each, and only per row; the counter is one row, rewritten in the page the
      // change's transaction writes anyway.
      for (const table of ROUTING_TABLES) {
        for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
          await sql
            .raw(
              `CREATE TRIGGER IF NOT EXISTS routing_generation_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
               BEGIN UPDATE routing_generation SET generation = generation + 1 WHERE id = 1; END`,
            )
            .execute(db);
        }
      }
    }
  },
};
