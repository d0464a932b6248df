/**
 * Everything held about one person, found by her email address: for an access request (export) and an erasure
 * request (erase). The person is everyone whose applications carry the same lower-cased address. Her applications
 * themselves are read and deleted in applications/.
 */
import { sql, type ExpressionBuilder, type Transaction } from 'kysely';
import { deleteApplications } from '../applications/application-changes.repository.js';
import { listCourseDataOf } from '../course-sessions/course-bookings.repository.js';
import { findApplicationRow, listApplicationRowsOfPerson, listSharesOf } from '../applications/application-queries.repository.js';
import { parseJsonColumn } from '../associations/association.js';
import type { Database, Db } from '../db/schema.js';
import { utcMonth } from '../lib/time.js';
import { toWorkspaceApplication, type ApplicationRow } from '../applications/application.js';

/** Outbox rows about her applications or addressed to her (the recipients column is a JSON array of addresses). */
function mailsOf(emailKey: string, applicationIds: string[]) {
  return (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.or([
      ...(applicationIds.length > 0 ? [eb('application_id', 'in', applicationIds)] : []),
      // LIKE with an escape character works the same on SQLite and PostgreSQL (instr() is SQLite's alone).
      eb(sql`lower(recipients)`, 'like', sql<string>`${`%${escapeLike(JSON.stringify(emailKey))}%`} escape '\\'`),
    ]);
}

/** Makes % and _ (and the escape character itself) match only themselves in a LIKE pattern. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function exportApplication(row: ApplicationRow, associationNames: Map<string, string>, shared: string[]) {
  return {
    ...toWorkspaceApplication(row),
    associationName: associationNames.get(row.association_id) ?? null,
    sharedWith: shared.map((id) => associationNames.get(id) ?? id),
    requestedAssociation: row.requested_association,
    routing: row.routing,
    confirmedAssociation: row.confirmed_association === 1,
    language: row.language,
    quarantineReason: row.quarantine_reason,
    receiptDay: row.receipt_day,
    lastReminderAt: row.last_reminder_at,
    escalatedAt: row.escalated_at,
    updatedAt: row.updated_at,
  };
}

/** The access-request export: applications, notes, events, emails, invitations and bookings, and who looked at her applications when. */
export async function collectPersonData(db: Db, emailKey: string, now: Date) {
  const rows = await listApplicationRowsOfPerson(db, emailKey);
  const ids = rows.map((r) => r.id);
  const names = new Map((await db.selectFrom('associations').select(['id', 'name']).execute()).map((a) => [a.id, a.name]));
  const shares = await listSharesOf(db, ids);
  const sharedOf = (id: string, primary: string) => shares.filter((s) => s.application_id === id && s.association_id !== primary).map((s) => s.association_id);
  const notes = ids.length
    ? await db
        .selectFrom('application_notes as n')
        .leftJoin('accounts as a', 'a.id', 'n.account_id')
        .select(['n.application_id', 'n.created_at', 'n.body', 'a.name'])
        .where('n.application_id', 'in', ids)
        .orderBy('n.created_at')
        .execute()
    : [];
  const events = ids.length ? await db.selectFrom('application_events').selectAll().where('application_id', 'in', ids).orderBy('at').execute() : [];
  const mails = await db.selectFrom('outbox').selectAll().where(mailsOf(emailKey, ids)).orderBy('created_at').execute();
  const access = ids.length
    ? await db.selectFrom('audit_log').select(['at', 'action', 'application_id']).where('application_id', 'in', ids).orderBy('at').execute()
    : [];
  return {
    exportedAt: now.toISOString(),
    email: emailKey,
    applications: rows.map((r) => exportApplication(r, names, sharedOf(r.id, r.association_id))),
    notes: notes.map((n) => ({ applicationId: n.application_id, createdAt: n.created_at, author: n.name, text: n.body })),
    events: events.map((e) => ({ applicationId: e.application_id, at: e.at, kind: e.kind, detail: parseJsonColumn<unknown>(e.detail, {}) })),
    mails: mails.map((m) => ({
      applicationId: m.application_id,
      kind: m.kind,
      to: parseJsonColumn<string[]>(m.recipients, []),
      status: m.status,
      createdAt: m.created_at,
      sentAt: m.sent_at,
      content: parseJsonColumn<unknown>(m.payload, {}),
    })),
    accessLog: access.map((a) => ({ at: a.at, action: a.action, applicationId: a.application_id })),
    courses: await listCourseDataOf(db, ids),
  };
}

/** What an erasure removed. */
export interface ErasureCounts {
  applications: number;
  notes: number;
  events: number;
  mails: number;
}

const deleted = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);

/**
 * Deletes everything personal about her and keeps what retention keeps: one anonymous count per application (month,
 * association, status). The audit log keeps its ids and actions; it holds nothing personal. Run in a transaction.
 */
export async function erasePerson(trx: Transaction<Database>, emailKey: string, now: Date): Promise<ErasureCounts> {
  const rows = await listApplicationRowsOfPerson(trx, emailKey);
  return eraseRows(trx, rows, mailsOf(emailKey, rows.map((r) => r.id)), now);
}

/**
 * Erases one application as `erasePerson` erases all of a person's (her withdrawal): the application, its notes,
 * events and mails, keeping one anonymous count. Returns the erased row, or undefined when there is none. Run in a transaction.
 */
export async function eraseApplication(trx: Transaction<Database>, id: string, now: Date): Promise<ApplicationRow | undefined> {
  const row = await findApplicationRow(trx, id);
  if (!row) return undefined;
  await eraseRows(trx, [row], (eb) => eb('application_id', '=', id), now);
  return row;
}

async function eraseRows(
  trx: Transaction<Database>,
  rows: ApplicationRow[],
  mails: (eb: ExpressionBuilder<Database, 'outbox'>) => ReturnType<ExpressionBuilder<Database, 'outbox'>['or']>,
  now: Date,
): Promise<ErasureCounts> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { applications: 0, notes: 0, events: 0, mails: 0 };
  const month = utcMonth(now);
  for (const r of rows) {
    await trx
      .insertInto('retention_counts')
      .values({ month, association_id: r.association_id, status: r.status, count: 1 })
      .onConflict((oc) => oc.columns(['month', 'association_id', 'status']).doUpdateSet((eb) => ({ count: eb('retention_counts.count', '+', 1) })))
      .execute();
  }
  const counts: ErasureCounts = {
    applications: ids.length,
    mails: deleted(await trx.deleteFrom('outbox').where(mails).executeTakeFirst()),
    notes: deleted(await trx.deleteFrom('application_notes').where('application_id', 'in', ids).executeTakeFirst()),
    events: deleted(await trx.deleteFrom('application_events').where('application_id', 'in', ids).executeTakeFirst()),
  };
  await deleteApplications(trx, ids);
  return counts;
}
