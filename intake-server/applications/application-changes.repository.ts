/**
 * Changes to applications after intake: what a coordinator does (status, checklist, handler, notes, reassignment),
 * the follow-up's reminders and escalations, and deletion (retention, quarantine purge, erasure). Each runs inside
 * the caller's transaction where the caller has one.
 */
import type { DeleteResult, Transaction, Updateable } from 'kysely';
import { WAITING_STATUSES } from './application-queries.repository.js';
import type { ApplicationTable } from './application.table.js';
import { newId } from '../db/ids.js';
import type { Database, Db } from '../db/schema.js';
import { utcMonth } from '../lib/time.js';
import { addEvent } from '../follow-up/events.repository.js';
import { datesAfterStatusChange, OPEN_STATUSES, type WorkflowStatus } from '../follow-up/statuses.js';
import type { Checklist, WorkspaceApplication } from './application.js';

// ---- Changes a coordinator makes. Each one records an event and moves `last_activity_at`, which retention and the
// follow-up reminders count from. Run inside a transaction with the audit entry.

async function update(trx: Transaction<Database>, id: string, values: Updateable<ApplicationTable>, at: Date): Promise<void> {
  const ts = at.toISOString();
  await trx.updateTable('applications').set({ ...values, updated_at: ts, last_activity_at: ts }).where('id', '=', id).execute();
}

/**
 * Moves the application to `to`, setting the first-contact and closing dates as the status rules say. A `reason`
 * (declining) is kept in the application's history, which is exported and erased with it, never in the audit log.
 */
export async function changeStatus(trx: Transaction<Database>, a: WorkspaceApplication, to: WorkflowStatus, accountId: string, at: Date, reason?: string): Promise<void> {
  const dates = datesAfterStatusChange({ firstContactAt: a.firstContactAt, closedAt: a.closedAt }, to, at.toISOString());
  await update(trx, a.id, { status: to, first_contact_at: dates.firstContactAt, closed_at: dates.closedAt }, at);
  await addEvent(trx, a.id, accountId, 'status', { from: a.status, to, ...(reason !== undefined ? { reason } : {}) }, at);
}

/** The checklist items that differ between two checklists. */
function changedItems(before: Checklist, after: Checklist): string[] {
  const items: string[] = [];
  if (before.courseCompletedOn !== after.courseCompletedOn) items.push('course_completed');
  if (before.confidentialitySignedOn !== after.confidentialitySignedOn) items.push('confidentiality_signed');
  const p = before.policeCertificate;
  const q = after.policeCertificate;
  if (p?.presentedOn !== q?.presentedOn || p?.checkedBy !== q?.checkedBy) items.push('police_certificate_presented');
  return items;
}

/** Saves the checklist; returns the items that changed (nothing is written when none did). */
export async function saveChecklist(trx: Transaction<Database>, a: WorkspaceApplication, next: Checklist, accountId: string, at: Date): Promise<string[]> {
  const items = changedItems(a.checklist, next);
  if (items.length === 0) return items;
  await update(
    trx,
    a.id,
    {
      course_completed_at: next.courseCompletedOn,
      confidentiality_signed_at: next.confidentialitySignedOn,
      police_certificate_presented_at: next.policeCertificate?.presentedOn ?? null,
      police_certificate_checked_by: next.policeCertificate?.checkedBy ?? null,
    },
    at,
  );
  // Dates only: who checked the certificate is on the application, and nothing about the certificate is anywhere.
  const detail: Record<string, string | null> = {};
  if (items.includes('course_completed')) detail.course_completed = next.courseCompletedOn;
  if (items.includes('confidentiality_signed')) detail.confidentiality_signed = next.confidentialitySignedOn;
  if (items.includes('police_certificate_presented')) detail.police_certificate_presented = next.policeCertificate?.presentedOn ?? null;
  await addEvent(trx, a.id, accountId, 'checklist', detail, at);
  return items;
}

/** Records who handles the application (`null`: nobody). */
export async function setHandler(trx: Transaction<Database>, a: WorkspaceApplication, handlerId: string | null, accountId: string, at: Date): Promise<void> {
  await update(trx, a.id, { handled_by: handlerId }, at);
  await addEvent(trx, a.id, accountId, 'handler', { handling: handlerId ? 'taken' : 'released' }, at);
}

/** Records that a note was added, edited or deleted (the note itself is in `application_notes`; never its text here). */
export async function touchForNote(trx: Transaction<Database>, a: WorkspaceApplication, accountId: string, at: Date, change: 'added' | 'edited' | 'deleted' = 'added'): Promise<void> {
  await update(trx, a.id, {}, at);
  await addEvent(trx, a.id, accountId, 'note', change === 'added' ? {} : { change }, at);
}

/**
 * Passes the application on to association `toId`: it becomes that association's alone, nobody handles it yet, and an
 * unassigned one becomes new. Run inside the transaction that records the event and queues the notice.
 */
export async function moveToAssociation(trx: Transaction<Database>, a: WorkspaceApplication, toId: string, at: Date): Promise<void> {
  const ts = at.toISOString();
  await trx
    .updateTable('applications')
    .set({ association_id: toId, handled_by: null, status: a.status === 'unrouted' ? 'new' : a.status, updated_at: ts, last_activity_at: ts })
    .where('id', '=', a.id)
    .execute();
  await trx.deleteFrom('application_associations').where('application_id', '=', a.id).execute();
  await trx.insertInto('application_associations').values({ application_id: a.id, association_id: toId }).execute();
}

/**
 * When a coordinator leaves an association: her open applications there (those she handles) pass to `toAccountId`,
 * or stay with the association with nobody handling them (null). The history records the new handler (taken) or
 * the release. Returns how many applications it touched. Run inside the transaction that removes her.
 */
export async function handOverApplications(
  trx: Transaction<Database>,
  associationId: string,
  fromAccountId: string,
  toAccountId: string | null,
  at: Date,
): Promise<number> {
  const rows = await trx
    .selectFrom('applications')
    .select('id')
    .where('association_id', '=', associationId)
    .where('handled_by', '=', fromAccountId)
    .where('status', 'in', [...OPEN_STATUSES])
    .execute();
  for (const { id } of rows) {
    await update(trx, id, { handled_by: toAccountId }, at);
    await addEvent(trx, id, toAccountId, 'handler', { handling: toAccountId ? 'taken' : 'released' }, at);
  }
  return rows.length;
}

// ---- The follow-up's bookkeeping on applications nobody has contacted.

/** Conditions that still hold when the bookkeeping is written: no contact, no escalation, still waiting. */
function stillWaiting(db: Db, id: string) {
  return db
    .updateTable('applications')
    .where('id', '=', id)
    .where('first_contact_at', 'is', null)
    .where('escalated_at', 'is', null)
    .where('status', 'in', [...WAITING_STATUSES]);
}

async function addFollowUpEvent(trx: Transaction<Database>, applicationId: string, kind: 'reminder' | 'escalated', at: Date, detail: Record<string, number>) {
  await trx
    .insertInto('application_events')
    .values({ id: newId(), application_id: applicationId, at: at.toISOString(), account_id: null, kind, detail: JSON.stringify(detail) })
    .execute();
}

/**
 * Records a reminder at `at` unless one was recorded since `dayStart` (or contact was recorded meanwhile): one
 * conditional UPDATE, so of two instances racing only one gets true. Adds the `reminder` event when it does.
 */
export async function recordReminder(trx: Transaction<Database>, id: string, at: Date, dayStart: Date, detail: Record<string, number>): Promise<boolean> {
  const result = await stillWaiting(trx, id)
    .set({ last_reminder_at: at.toISOString() })
    .where((eb) => eb.or([eb('last_reminder_at', 'is', null), eb('last_reminder_at', '<', dayStart.toISOString())]))
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await addFollowUpEvent(trx, id, 'reminder', at, detail);
  return true;
}

/** Records the escalation at `at`, once per application; adds the `escalated` event when it does. */
export async function recordEscalation(trx: Transaction<Database>, id: string, at: Date, detail: Record<string, number>): Promise<boolean> {
  const result = await stillWaiting(trx, id).set({ escalated_at: at.toISOString() }).executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await addFollowUpEvent(trx, id, 'escalated', at, detail);
  return true;
}

// ---- Deletion: retention, the quarantine purge, erasure.

/**
 * Statuses retention deletes once nothing has happened to an application for the retention period: the stale ones
 * still in the pipeline (nobody moved them on), the declined and withdrawn ones, and repeats that joined another.
 * Kept: `ready_for_matching` (a volunteer on her way into the programme; an admin erases her on request or when she
 * leaves), `quarantined` (its own, shorter rule in `purgeExpired`) and any status this list does not know.
 */
const EXPIRING_STATUSES = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'declined', 'withdrawn', 'duplicate'] as const;

/** Applications deleted per transaction by `deleteExpiredBatch`; fewer deleted means none are left. */
export const EXPIRY_BATCH = 500;

/**
 * Deletes up to `EXPIRY_BATCH` applications in an expiring status whose last activity (and closing, when it has one)
 * lies before `cutoff`, with their notes, events, outbox mail and shares; adds them to `retention_counts` and writes
 * one audit-log line each. Run in a transaction. Returns how many were deleted.
 */
export async function deleteExpiredBatch(trx: Transaction<Database>, at: Date, cutoff: string): Promise<number> {
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
        .limit(EXPIRY_BATCH),
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

/** Deletes quarantined submissions stored before `cutoff` (their outbox rows, if any, go by ON DELETE CASCADE). */
export function deleteQuarantinedBefore(db: Db, cutoff: string): Promise<DeleteResult[]> {
  return db.deleteFrom('applications').where('status', '=', 'quarantined').where('created_at', '<', cutoff).execute();
}

/** Deletes these applications and their shares (erasure: the caller deletes what else is attached first). Run in a transaction. */
export async function deleteApplications(trx: Transaction<Database>, ids: string[]): Promise<void> {
  await trx.deleteFrom('application_associations').where('application_id', 'in', ids).execute();
  await trx.deleteFrom('applications').where('id', 'in', ids).execute();
}
