/** Coordinators of associations: the people notified of new applications. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A coordinator as the admin tool shows them. */
export interface Coordinator {
  name: string;
  email: string;
  active: boolean;
}

/** Every coordinator of an association, ordered by email. */
export async function listCoordinators(db: Db, associationId: string): Promise<Coordinator[]> {
  const rows = await db.selectFrom('coordinators').select(['name', 'email', 'active']).where('association_id', '=', associationId).orderBy('email').execute();
  return rows.map((r) => ({ name: r.name, email: r.email, active: r.active === 1 }));
}

/** Active coordinators' addresses for several associations at once, keyed by association id. */
export async function listCoordinatorEmailsFor(db: Db, associationIds: string[]): Promise<Map<string, string[]>> {
  const byAssociation = new Map<string, string[]>(associationIds.map((id) => [id, []]));
  if (associationIds.length === 0) return byAssociation;
  const rows = await db
    .selectFrom('coordinators')
    .select(['association_id', 'email'])
    .where('association_id', 'in', associationIds)
    .where('active', '=', 1)
    .orderBy('email')
    .execute();
  for (const r of rows) byAssociation.get(r.association_id)?.push(r.email);
  return byAssociation;
}

/** Replaces all coordinators of an association. */
export async function replaceCoordinators(db: Db, associationId: string, coordinators: { name: string; email: string }[], now: Date): Promise<void> {
  await db.deleteFrom('coordinators').where('association_id', '=', associationId).execute();
  if (coordinators.length > 0) {
    await db
      .insertInto('coordinators')
      .values(coordinators.map((c) => ({ id: randomUUID(), association_id: associationId, name: c.name, email: c.email, active: 1, created_at: now.toISOString() })))
      .execute();
  }
}

/** Adds a coordinator, or renames and reactivates the one with this address (compared without case). */
export async function addCoordinator(db: Db, associationId: string, c: { name: string; email: string }, now: Date): Promise<'added' | 'updated'> {
  const existing = await db
    .selectFrom('coordinators')
    .select('id')
    .where('association_id', '=', associationId)
    .where(sql`lower(email)`, '=', c.email.toLowerCase())
    .executeTakeFirst();
  if (existing) {
    await db.updateTable('coordinators').set({ name: c.name, email: c.email, active: 1 }).where('id', '=', existing.id).execute();
    return 'updated';
  }
  await db
    .insertInto('coordinators')
    .values({ id: randomUUID(), association_id: associationId, name: c.name, email: c.email, active: 1, created_at: now.toISOString() })
    .execute();
  return 'added';
}

/** Deletes the coordinator with this address (compared without case); false when there was none. */
export async function removeCoordinator(db: Db, associationId: string, email: string): Promise<boolean> {
  const result = await db
    .deleteFrom('coordinators')
    .where('association_id', '=', associationId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
