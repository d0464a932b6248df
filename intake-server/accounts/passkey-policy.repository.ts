/** Which associations require their coordinators to sign in with a passkey (set by the national admin). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface AssociationRequirement {
  id: string;
  name: string;
  kind: string;
  required: boolean;
}

/** Every association with its requirement, the national one first, then by name. */
export async function listRequirements(db: Kysely<Database>): Promise<AssociationRequirement[]> {
  const rows = await db.selectFrom('associations').select(['id', 'name', 'kind', 'require_passkey']).orderBy('name').execute();
  return rows
    .map((r) => ({ id: r.id, name: r.name, kind: r.kind, required: r.require_passkey === 1 }))
    .sort((a, b) => Number(b.kind === 'national') - Number(a.kind === 'national'));
}

/** Sets the requirement for exactly the given associations and clears it for all others, in one transaction. */
export async function saveRequirements(db: Kysely<Database>, requiredIds: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('associations').set({ require_passkey: 0 }).execute();
    if (requiredIds.length > 0) await trx.updateTable('associations').set({ require_passkey: 1 }).where('id', 'in', requiredIds).execute();
  });
}
