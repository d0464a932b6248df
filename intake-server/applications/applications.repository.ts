/**
 * Stores new applications and reads single ones, under the one rule of who may see which: a coordinator sees those
 * of the associations they coordinate (its own association or one it is shared with), never quarantined ones; the
 * national admin sees all. An application someone may not see is treated exactly as one that does not exist.
 * Reads over many applications are in `application-queries.repository.ts`, changes in `application-changes.repository.ts`.
 */
import type { Insertable, Transaction } from 'kysely';
import type { ApplicationTable } from './application.table.js';
import type { Application } from '../../contract/index.js';
import { createRowInserter } from '../db/row-inserter.js';
import type { Database, Db } from '../db/schema.js';
import type { SoftFlag } from '../screening/soft-flags.js';
import type { Staff } from '../accounts/staff.js';
import { toWorkspaceApplication, type WorkspaceApplication } from './application.js';

export interface NewApplication {
  id: string;
  reference: string;
  status: string;
  associationId: string;
  routing: string;
  kommuneNumber: string | null;
  emailKey: string;
  duplicateOf: string | null;
  quarantineReason: string | null;
  confirmedAssociation: boolean;
  receiptDay: string | null;
  flags: SoftFlag[];
  application: Application;
}

const bit = (b: boolean) => (b ? 1 : 0);

/** Values per `in (…)` list or share rows per insert: far under every limit on bound values. */
const PER_STATEMENT = 500;

/** The columns a new application writes, in the order of the statement. */
const COLUMNS = [
  'id', 'reference', 'requested_association', 'association_id', 'routing', 'status', 'first_name', 'last_name', 'email',
  'email_key', 'phone', 'postal_code', 'kommune_number', 'age_25_or_older', 'can_commit', 'will_take_course',
  'will_sign_confidentiality', 'will_show_police_certificate', 'motivation', 'languages', 'language', 'flags',
  'duplicate_of', 'quarantine_reason', 'confirmed_association', 'receipt_day', 'privacy_notice_version',
  'privacy_acknowledged_at', 'created_at', 'updated_at', 'last_activity_at',
] as const;
type NewRow = { [K in (typeof COLUMNS)[number]]: Insertable<ApplicationTable>[K] };

const insertRows = createRowInserter('applications', COLUMNS, {
  integers: ['age_25_or_older', 'can_commit', 'will_take_course', 'will_sign_confidentiality', 'will_show_police_certificate', 'confirmed_association'],
});

/** Inserts new applications. */
export async function insertApplications(trx: Transaction<Database>, list: NewApplication[], now: Date): Promise<void> {
  await insertRows(trx, list.map((n) => toRow(n, now)));
}

function toRow(n: NewApplication, now: Date): NewRow {
  const ts = now.toISOString();
  const a = n.application;
  return {
    id: n.id,
    reference: n.reference,
    requested_association: a.association,
    association_id: n.associationId,
    routing: n.routing,
    status: n.status,
    first_name: a.firstName,
    last_name: a.lastName,
    email: a.email,
    email_key: n.emailKey,
    phone: a.phone,
    postal_code: a.postalCode,
    kommune_number: n.kommuneNumber,
    age_25_or_older: bit(a.age25OrOlder),
    can_commit: bit(a.canCommit),
    will_take_course: bit(a.willTakeCourse),
    will_sign_confidentiality: bit(a.willSignConfidentiality),
    will_show_police_certificate: bit(a.willShowPoliceCertificate),
    motivation: a.motivation,
    languages: a.languages,
    language: a.language,
    flags: JSON.stringify(n.flags),
    duplicate_of: n.duplicateOf,
    quarantine_reason: n.quarantineReason,
    confirmed_association: bit(n.confirmedAssociation),
    receipt_day: n.receiptDay,
    privacy_notice_version: a.privacyNoticeVersion,
    privacy_acknowledged_at: ts,
    created_at: ts,
    updated_at: ts,
    last_activity_at: ts,
  };
}

/** Which of `references` are already stored. */
export async function findTakenReferences(trx: Db, references: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < references.length; i += PER_STATEMENT) {
    const rows = await trx.selectFrom('applications').select('reference').where('reference', 'in', references.slice(i, i + PER_STATEMENT)).execute();
    for (const r of rows) taken.add(r.reference);
  }
  return taken;
}

/** Records which associations share each application. */
export async function insertApplicationAssociations(
  trx: Transaction<Database>,
  rows: { applicationId: string; associationId: string }[],
): Promise<void> {
  await insertShares(trx, rows.map((r) => ({ application_id: r.applicationId, association_id: r.associationId })));
}

// Through the row inserter, as the applications: on PostgreSQL one statement text for any number of rows, so a batch's
// one write keeps the text its prepared statement was made for (db/postgres.ts).
const insertShares = createRowInserter('application_associations', ['application_id', 'association_id']);

// ---- What the database knows about the addresses in a batch: an earlier application to join, a receipt already sent today.

/** Statuses that count as an application someone is (or was) handling. */
const LIVE = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'ready_for_matching'];

/** A live application an address sent earlier, with the associations that own it (its own and any it is shared with). */
export interface EarlierApplication {
  id: string;
  associationIds: string[];
}

export interface EarlierApplications {
  /**
   * The live applications per email key created since the duplicate window began, newest first. A new application
   * joins only one that shares an association with it (finding 13.9): a repeat is marked only where the coordinators
   * can see the first one, so no coordinator learns that the address applied to another association.
   */
  earlier: Map<string, EarlierApplication[]>;
  /** Email keys that were sent a receipt on `today`. */
  receiptedToday: Set<string>;
}

/** One indexed query on (email_key, created_at) answers both the duplicate and the one-receipt-a-day rule. */
export async function findEarlierApplications(
  trx: Db,
  emailKeys: string[],
  duplicatesSince: Date,
  today: string,
): Promise<EarlierApplications> {
  const result: EarlierApplications = { earlier: new Map(), receiptedToday: new Set() };
  if (emailKeys.length === 0) return result;
  const since = new Date(Math.min(duplicatesSince.getTime(), Date.parse(`${today}T00:00:00.000Z`))).toISOString();
  const rows = await trx
    .selectFrom('applications')
    .select(['id', 'email_key', 'created_at', 'status', 'receipt_day', 'association_id'])
    .where('email_key', 'in', emailKeys)
    .where('created_at', '>=', since)
    .execute();
  const live: typeof rows = [];
  for (const r of rows) {
    if (r.receipt_day === today) result.receiptedToday.add(r.email_key);
    // Filtered here rather than in SQL, so the query stays on the (email_key, created_at) index.
    if (LIVE.includes(r.status) && r.created_at >= duplicatesSince.toISOString()) live.push(r);
  }
  if (live.length === 0) return result;
  // Only applications shared by several associations have rows there (see application.table.ts).
  const shares = await trx
    .selectFrom('application_associations')
    .select(['application_id', 'association_id'])
    .where('application_id', 'in', live.map((r) => r.id))
    .execute();
  live.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  for (const r of live) {
    const associationIds = [r.association_id, ...shares.filter((s) => s.application_id === r.id).map((s) => s.association_id)];
    const list = result.earlier.get(r.email_key) ?? [];
    list.push({ id: r.id, associationIds });
    result.earlier.set(r.email_key, list);
  }
  return result;
}

/** The newest of `earlier` that shares one of `associationIds`: the application a new one joins, if any. */
export function earlierSharing(earlier: EarlierApplication[] | undefined, associationIds: readonly string[]): EarlierApplication | undefined {
  return earlier?.find((e) => e.associationIds.some((id) => associationIds.includes(id)));
}

// ---- Who may see which application.

/** True when `staff` may see applications of this association. */
export function canSee(staff: Staff, associationId: string): boolean {
  return staff.role === 'admin' || staff.associationIds.includes(associationId);
}

/** Ids are UUIDs; anything else is not looked up at all. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The associations an application belongs to: its own first, then those it is shared with. */
export async function associationIdsOf(db: Db, application: { id: string; associationId: string }): Promise<string[]> {
  return [...new Set([application.associationId, ...(await sharedAssociationIds(db, application.id))])];
}

/** The associations an application is shared with (none unless it is shared; see application.table.ts). */
export async function sharedAssociationIds(db: Db, applicationId: string): Promise<string[]> {
  return (await db.selectFrom('application_associations').select('association_id').where('application_id', '=', applicationId).execute()).map((r) => r.association_id);
}

/** True when `staff` may see this application. */
export async function maySee(db: Db, staff: Staff, application: WorkspaceApplication): Promise<boolean> {
  if (staff.role === 'admin') return true;
  if (application.status === 'quarantined') return false;
  const ids = await associationIdsOf(db, application);
  return ids.some((id) => canSee(staff, id));
}

/** The application with this id if `staff` may see it; undefined both when there is none and when it is not theirs. */
export async function findVisibleApplication(db: Db, staff: Staff, id: string): Promise<WorkspaceApplication | undefined> {
  if (!ID.test(id)) return undefined;
  const row = await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const application = toWorkspaceApplication(row);
  return (await maySee(db, staff, application)) ? application : undefined;
}

/** The later applications that repeat this one and `staff` may see, oldest first. */
export async function listVisibleRepeats(db: Db, staff: Staff, a: WorkspaceApplication): Promise<{ id: string; createdAt: string }[]> {
  const repeatRows = await db.selectFrom('applications').selectAll().where('duplicate_of', '=', a.id).orderBy('created_at').execute();
  const repeats = [];
  for (const row of repeatRows) {
    const repeat = toWorkspaceApplication(row);
    if (await maySee(db, staff, repeat)) repeats.push({ id: repeat.id, createdAt: repeat.createdAt });
  }
  return repeats;
}
