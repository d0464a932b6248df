/** Reads and writes associations and coordinators. */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { toAssociation, type Association } from './association.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The association with this slug, active or not. */
export async function findAssociationBySlug(db: Db, slug: string): Promise<Association | undefined> {
  const row = await db.selectFrom('associations').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toAssociation(row);
}

/** The national contact: the fallback for every application no local association can take. */
export async function findNationalContact(db: Db): Promise<Association | undefined> {
  const row = await db
    .selectFrom('associations')
    .selectAll()
    .where('kind', '=', 'national')
    .where('active', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
  return row && toAssociation(row);
}

/** Email addresses of the active coordinators of an association. */
export async function listCoordinatorEmails(db: Db, associationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('coordinators')
    .select('email')
    .where('association_id', '=', associationId)
    .where('active', '=', 1)
    .orderBy('email')
    .execute();
  return rows.map((r) => r.email);
}

export interface AssociationInput {
  slug: string;
  kind: 'local' | 'national';
  name: string;
  contactEmail: string;
  contactPhone?: string | undefined;
  defaultLanguage: string;
  active: boolean;
  coordinators: { name: string; email: string }[];
}

/** Creates or updates an association by slug and replaces its coordinators, in one transaction. */
export async function upsertAssociation(db: Kysely<Database>, input: AssociationInput, now: Date): Promise<void> {
  const ts = now.toISOString();
  await withTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('associations').select('id').where('slug', '=', input.slug).executeTakeFirst();
    const id = existing?.id ?? randomUUID();
    const values = {
      kind: input.kind,
      name: input.name,
      contact_email: input.contactEmail,
      contact_phone: input.contactPhone ?? null,
      default_language: input.defaultLanguage,
      active: input.active ? 1 : 0,
      updated_at: ts,
    };
    if (existing) await trx.updateTable('associations').set(values).where('id', '=', id).execute();
    else await trx.insertInto('associations').values({ id, slug: input.slug, created_at: ts, ...values }).execute();
    await trx.deleteFrom('coordinators').where('association_id', '=', id).execute();
    if (input.coordinators.length > 0) {
      await trx
        .insertInto('coordinators')
        .values(input.coordinators.map((c) => ({ id: randomUUID(), association_id: id, name: c.name, email: c.email, active: 1, created_at: ts })))
        .execute();
    }
  });
}
