/** Creates or updates many associations at once (matched by slug), all or nothing. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { saveAssociation, type AssociationChanges } from './associations.repository.js';

/** Which slugs were created and which updated, or why nothing was saved. */
export type ImportAssociationsResult = { ok: true; created: string[]; updated: string[] } | { ok: false; problems: string[] };

/** Saves every association in one transaction; a new slug needs a name and a contact email, else nothing is saved. */
export async function importAssociations(db: Kysely<Database>, list: AssociationChanges[], now: Date): Promise<ImportAssociationsResult> {
  return withTransaction(db, (trx) => saveAssociations(trx, list, now));
}

/** Like `importAssociations`, inside the caller's transaction (roll it back when the result is not ok). */
export async function saveAssociations(trx: Transaction<Database>, list: AssociationChanges[], now: Date): Promise<ImportAssociationsResult> {
  const existing = new Set(
    list.length === 0 ? [] : (await trx.selectFrom('associations').select('slug').where('slug', 'in', list.map((a) => a.slug)).execute()).map((r) => r.slug),
  );
  const problems = list
    .filter((a) => !existing.has(a.slug) && (!a.name || !a.contactEmail))
    .map((a) => `"${a.slug}" is new, so it needs a name and a contact email`);
  if (problems.length > 0) return { ok: false, problems };
  const created: string[] = [];
  const updated: string[] = [];
  for (const a of list) ((await saveAssociation(trx, a, now)).created ? created : updated).push(a.slug);
  return { ok: true, created, updated };
}
