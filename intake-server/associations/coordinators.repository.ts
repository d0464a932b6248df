/** Coordinators of associations: the people notified of new applications. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';

/** Runs `fn` in the caller's transaction, or in a new one. */
const inTransaction = <T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> => (db.isTransaction ? fn(db) : withTransaction(db as Kysely<Database>, fn));

/**
 * Signs out, at once, the workspace accounts of addresses taken off an association's list that are now on no list:
 * their sessions are deleted and their unused sign-in links retired. Someone who still coordinates another
 * association stays signed in; her role and associations are read from the lists on every request, so she sees the
 * removed association no more from her next page. Every removal of a coordinator goes through here.
 */
async function endSignInsOf(db: Db, emails: string[]): Promise<void> {
  const named = [...new Set(emails.map((e) => e.trim().toLowerCase()))];
  if (named.length === 0) return;
  // Only people who coordinate nothing any more: someone removed from one association keeps her sessions for the
  // others (the lists are read on every request anyway), so a lead cannot sign the national admin out by adding and
  // removing her address (second attack, finding 3).
  const still = await db
    .selectFrom('coordinators')
    .select(sql<string>`lower(email)`.as('email'))
    .where('active', '=', 1)
    .where(sql`lower(email)`, 'in', named)
    .execute();
  const lower = named.filter((e) => !still.some((r) => r.email === e));
  if (lower.length === 0) return;
  const accounts = db.selectFrom('accounts').select('id').where('email', 'in', lower);
  await db.deleteFrom('sessions').where('account_id', 'in', accounts).execute();
  await db.deleteFrom('sign_in_links').where('account_id', 'in', accounts).where('used_at', 'is', null).execute();
}

/** How many associations besides this one the address coordinates (active): with one or more, removal keeps her signed in. */
export async function countOtherMemberships(db: Db, email: string, associationId: string): Promise<number> {
  const row = await db
    .selectFrom('coordinators')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('active', '=', 1)
    .where(sql`lower(email)`, '=', email.trim().toLowerCase())
    .where('association_id', '!=', associationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A coordinator as the admin tool and the workspace show them. */
export interface Coordinator {
  id: string;
  name: string;
  email: string;
  active: boolean;
  /** A lead coordinator manages her association's coordinators, contact details and allowed origins. */
  lead: boolean;
}

/** Every coordinator of an association, ordered by email. */
export async function listCoordinators(db: Db, associationId: string): Promise<Coordinator[]> {
  const rows = await db
    .selectFrom('coordinators')
    .select(['id', 'name', 'email', 'active', 'lead'])
    .where('association_id', '=', associationId)
    .orderBy('email')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, active: r.active === 1, lead: r.lead === 1 }));
}

/** Renames a coordinator of an association; false when the id is not one of its coordinators. */
export async function renameCoordinator(db: Db, associationId: string, coordinatorId: string, name: string): Promise<boolean> {
  const result = await db.updateTable('coordinators').set({ name }).where('id', '=', coordinatorId).where('association_id', '=', associationId).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Makes a coordinator of an association its lead, or not; false when the id is not one of its coordinators. */
export async function setLeadCoordinator(db: Db, associationId: string, coordinatorId: string, lead: boolean): Promise<boolean> {
  const result = await db
    .updateTable('coordinators')
    .set({ lead: lead ? 1 : 0 })
    .where('id', '=', coordinatorId)
    .where('association_id', '=', associationId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The active coordinators of several associations, by name (a person on two lists appears twice). */
export async function listActiveCoordinators(db: Db, associationIds: string[]): Promise<{ name: string; email: string }[]> {
  if (associationIds.length === 0) return [];
  return db.selectFrom('coordinators').select(['name', 'email']).where('association_id', 'in', associationIds).where('active', '=', 1).orderBy('name').execute();
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

/** Replaces all coordinators of an association; those no longer on the list are signed out of the workspace at once. */
export async function replaceCoordinators(db: Db, associationId: string, coordinators: { name: string; email: string }[], now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('coordinators').select(['email', 'lead']).where('association_id', '=', associationId).execute();
    const kept = new Set(coordinators.map((c) => c.email.trim().toLowerCase()));
    // A lead who stays on the list stays the lead.
    const leads = new Set(before.filter((c) => c.lead === 1).map((c) => c.email.trim().toLowerCase()));
    await trx.deleteFrom('coordinators').where('association_id', '=', associationId).execute();
    if (coordinators.length > 0) {
      await trx
        .insertInto('coordinators')
        .values(
          coordinators.map((c) => ({
            id: randomUUID(),
            association_id: associationId,
            name: c.name,
            email: c.email,
            active: 1,
            lead: leads.has(c.email.trim().toLowerCase()) ? 1 : 0,
            created_at: now.toISOString(),
          })),
        )
        .execute();
    }
    await endSignInsOf(trx, before.map((c) => c.email).filter((e) => !kept.has(e.trim().toLowerCase())));
  });
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

/**
 * Deletes the coordinator with this address (compared without case) and signs her out of the workspace at once
 * (sessions and unused sign-in links); false when there was none.
 */
export async function removeCoordinator(db: Db, associationId: string, email: string): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const result = await trx
      .deleteFrom('coordinators')
      .where('association_id', '=', associationId)
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return false;
    await endSignInsOf(trx, [email]);
    return true;
  });
}
