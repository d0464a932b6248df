/**
 * Applications held back because their association's hourly budget was spent (RATE_LIMIT_PER_ASSOCIATION; status
 * `quarantined`, reason `association_limit`). They passed screening, so they may well be real: the association's
 * coordinators and the national admin see them (apart from the submissions screening held back as automated, which
 * nobody sees) and release or discard each. They keep their contact details (finding 13.16) and, like every
 * quarantined row, are deleted after QUARANTINE_DAYS when nobody releases them.
 */
import type { Transaction } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import type { ApplicationRow } from './application.js';

export const HELD_REASON = 'association_limit';

/** Ids are UUIDs; anything else is not looked up at all. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the queue shows of one held application: enough to tell a person from a flood. */
export interface HeldApplication {
  id: string;
  reference: string;
  associationId: string;
  createdAt: string;
  firstName: string;
  lastName: string;
  email: string;
  postalCode: string;
  motivation: string;
}

const held = (db: Db) => db.selectFrom('applications').where('status', '=', 'quarantined').where('quarantine_reason', '=', HELD_REASON);

/** How many applications are held in these associations. */
export async function countHeld(db: Db, associationIds: string[]): Promise<number> {
  if (associationIds.length === 0) return 0;
  const row = await held(db)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('association_id', 'in', associationIds)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The held applications of these associations, oldest first (the order they came in). */
export async function listHeld(db: Db, associationIds: string[]): Promise<HeldApplication[]> {
  if (associationIds.length === 0) return [];
  const rows = await held(db)
    .select(['id', 'reference', 'association_id', 'created_at', 'first_name', 'last_name', 'email', 'postal_code', 'motivation'])
    .where('association_id', 'in', associationIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    associationId: r.association_id,
    createdAt: r.created_at,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    postalCode: r.postal_code,
    motivation: r.motivation,
  }));
}

/** The held application with this id, if it is still held. */
export async function findHeld(db: Db, id: string): Promise<ApplicationRow | undefined> {
  if (!ID.test(id)) return undefined;
  return held(db).selectAll().where('id', '=', id).executeTakeFirst();
}

/** What a released application becomes: routed as it would be now, with its receipt day if it gets a receipt. */
export interface Release {
  status: 'new' | 'unrouted' | 'duplicate';
  associationId: string;
  routing: string;
  kommuneNumber: string | null;
  duplicateOf: string | null;
  receiptDay: string | null;
}

/**
 * Turns a held application into a normal one; false when it is no longer held (released or discarded meanwhile, or
 * deleted by retention): then nothing changed. Its arrival time stays the time she sent it.
 */
export async function releaseHeld(trx: Transaction<Database>, id: string, r: Release, at: Date): Promise<boolean> {
  const ts = at.toISOString();
  const result = await trx
    .updateTable('applications')
    .set({
      status: r.status,
      quarantine_reason: null,
      association_id: r.associationId,
      routing: r.routing,
      kommune_number: r.kommuneNumber,
      duplicate_of: r.duplicateOf,
      receipt_day: r.receiptDay,
      updated_at: ts,
      last_activity_at: ts,
    })
    .where('id', '=', id)
    .where('status', '=', 'quarantined')
    .where('quarantine_reason', '=', HELD_REASON)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a held application; false when it is no longer held. Nothing else is attached to it (no mail, no events). */
export async function discardHeld(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('applications')
    .where('id', '=', id)
    .where('status', '=', 'quarantined')
    .where('quarantine_reason', '=', HELD_REASON)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
