/** Test helpers: a migrated in-memory database and a quick way to set up an association with coordinators. */
import type { Kysely } from 'kysely';
import { openSqlite } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { saveAssociation, type AssociationChanges } from './associations.repository.js';

/** A fresh database with every migration applied; destroy it after the test. */
export async function createMigratedDb(): Promise<Kysely<Database>> {
  const db = openSqlite(':memory:');
  await migrateToLatest(db);
  return db;
}

/** Saves an association with sensible defaults: active, local, one coordinator named after the slug. */
export async function addAssociation(db: Kysely<Database>, changes: Partial<AssociationChanges> & { slug: string }): Promise<string> {
  const { id } = await withTransaction(db, (trx) =>
    saveAssociation(
      trx,
      {
        name: `${changes.slug[0]!.toUpperCase()}${changes.slug.slice(1)} sanitetsforening`,
        contactEmail: `post@${changes.slug}.example`,
        coordinators: [{ name: `Koordinator ${changes.slug}`, email: `koordinator@${changes.slug}.example` }],
        ...changes,
      },
      new Date('2026-11-27T10:00:00Z'),
    ),
  );
  return id;
}
