/**
 * 0003: the day an application's receipt went out, kept on the application itself. The one-receipt-a-day rule then
 * reads the rows the duplicate check already reads, and a commit writes one random-keyed index fewer. Frozen.
 */
import type { Kysely, Migration } from 'kysely';

export const migration0003: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('applications').addColumn('receipt_day', 'text').execute();
    await db.schema.dropTable('receipt_log').execute();
  },
};
