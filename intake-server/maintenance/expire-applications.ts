/** Deletes applications whose retention period is over, with everything attached, keeping only anonymous counts. */
import type { Kysely, Transaction } from 'kysely';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { monthsBefore, utcMonth } from '../lib/time.js';

/**
 * Statuses retention deletes once nothing has happened to an application for the retention period: the stale ones
 * still in the pipeline (nobody moved them on), the declined and withdrawn ones, and repeats that joined another.
 * Kept: `ready_for_matching` (a volunteer on her way into the programme; an admin erases her on request or when she
 * leaves), `quarantined` (its own, shorter rule in `purgeExpired`) and any status this list does not know.
 */
const EXPIRING_STATUSES = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'declined', 'withdrawn', 'duplicate'] as const;

const BATCH = 500;

/**
 * Deletes every application in an expiring status whose last activity (and closing, when it has one) lies more than
 * `months` months before `at`: its notes, events, outbox mail and shares go with it. In the same transaction it adds
 * the deleted applications to `retention_counts` (month of deletion, association, status: nothing else) and writes
 * one audit-log line each (ids and the status only). Returns how many were deleted.
 */
export async function deleteExpiredApplications(db: Kysely<Database>, at: Date, months: number): Promise<number> {
  const cutoff = monthsBefore(at, months).toISOString();
  let total = 0;
  for (;;) {
    const deleted = await withTransaction(db, (trx) => deleteBatch(trx, at, cutoff));
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

async function deleteBatch(trx: Transaction<Database>, at: Date, cutoff: string): Promise<number> {
  // DELETE ... RETURNING decides and reports in one statement, so the counts are of exactly the rows that went.
  const deleted = await trx
    .deleteFrom('applications')
    .where('id', 'in', (qb) =>
      qb
        .selectFrom('applications')
        .select('id')
        .where('status', 'in', [...EXPIRING_STATUSES])
        .where('last_activity_at', '<', cutoff)
        .where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '<', cutoff)]))
        .limit(BATCH),
    )
    .returning(['id', 'association_id', 'status'])
    .execute();
  if (deleted.length === 0) return 0;
  const ids = deleted.map((d) => d.id);
  // The foreign keys cascade; these make sure of it wherever they are not enforced.
  await trx.deleteFrom('application_notes').where('application_id', 'in', ids).execute();
  await trx.deleteFrom('application_events').where('application_id', 'in', ids).execute();
  await trx.deleteFrom('application_associations').where('application_id', 'in', ids).execute();
  await trx.deleteFrom('outbox').where('application_id', 'in', ids).execute();
  await trx.updateTable('applications').set({ duplicate_of: null }).where('duplicate_of', 'in', ids).execute();
  await addRetentionCounts(trx, at, deleted);
  await trx
    .insertInto('audit_log')
    .values(
      deleted.map((d) => ({
        id: newId(),
        at: at.toISOString(),
        account_id: null,
        action: 'application.deleted_by_retention',
        association_id: d.association_id,
        application_id: d.id,
        detail: JSON.stringify({ status: d.status }),
      })),
    )
    .execute();
  return deleted.length;
}

async function addRetentionCounts(trx: Transaction<Database>, at: Date, deleted: { association_id: string; status: string }[]): Promise<void> {
  const month = utcMonth(at);
  const counts = new Map<string, { month: string; association_id: string; status: string; count: number }>();
  for (const d of deleted) {
    const key = `${d.association_id}\n${d.status}`;
    const row = counts.get(key) ?? { month, association_id: d.association_id, status: d.status, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  await trx
    .insertInto('retention_counts')
    .values([...counts.values()])
    .onConflict((oc) => oc.columns(['month', 'association_id', 'status']).doUpdateSet((eb) => ({ count: eb('retention_counts.count', '+', eb.ref('excluded.count')) })))
    .execute();
}
