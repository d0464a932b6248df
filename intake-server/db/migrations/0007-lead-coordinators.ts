/**
 * 0007: lead coordinators. A coordinator marked `lead` may manage her own association's coordinators, contact details
 * and allowed origins in the workspace. Frozen once released: self-contained, one step (a column with a default).
 */
import type { Kysely, Migration } from 'kysely';

export const migration0007: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('coordinators').addColumn('lead', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  },
};
