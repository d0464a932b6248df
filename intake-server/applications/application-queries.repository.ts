/**
 * Reads over many applications: the inbox, the CSV export, the figures' counts. Each reads only the applications of
 * the associations it is given (its own or shared with it), never quarantined ones; the national figures pass null;
 * the follow-up reads those still waiting for contact; the privacy pages one person's applications.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import { DAY_MS, osloDate, osloInstant } from '../lib/time.js';
import type { SoftFlag } from '../screening/soft-flags.js';
import { OPEN_STATUSES, type ApplicationStatus } from '../follow-up/statuses.js';
import { parseFlags, toWorkspaceApplication, type ApplicationRow } from './application.js';

// ---- The inbox: the applications of some associations, with what a coordinator needs to pick the next one.

/** `open` (what someone still has to act on), `all`, or one status. */
export type InboxFilter = 'open' | 'all' | ApplicationStatus;

/** Narrowing and order of the inbox beyond the status filter. */
export interface InboxOptions {
  /** An account id: only applications this person handles; `null`: only those nobody has taken; absent: all. */
  handledBy?: string | null;
  /** Words that must all occur in the applicant's name, email address or reference (case and accents as typed). */
  search?: string;
  /** `waiting`: longest waiting first (earliest arrival first); `newest`: latest arrival first (the default). */
  order?: 'waiting' | 'newest';
}

/** What a search compares: Unicode-normalised, lower case in Norwegian, single spaces. */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
}

/** A later application from the same person, joined to her first one. */
export interface Repeat {
  id: string;
  createdAt: string;
}

export interface InboxEntry {
  id: string;
  reference: string;
  status: ApplicationStatus;
  firstName: string;
  lastName: string;
  /** For the search only; the inbox does not show it. */
  email: string;
  postalCode: string;
  /** The kommune routing found for the postal code; null when the register did not have it. */
  kommuneNumber: string | null;
  kommuneName: string | null;
  associationName: string;
  flags: SoftFlag[];
  createdAt: string;
  firstContactAt: string | null;
  /** The account handling it and her name; null when nobody has taken it. */
  handledBy: string | null;
  handlerName: string | null;
  /** Set on a repeat whose first application is not in this list. */
  duplicateOf: string | null;
  repeats: Repeat[];
}

type Query = ReturnType<typeof baseQuery>;

function baseQuery(db: Kysely<Database>, associationIds: string[]) {
  return db
    .selectFrom('applications as a')
    .innerJoin('associations as s', 's.id', 'a.association_id')
    .leftJoin('accounts as h', 'h.id', 'a.handled_by')
    .leftJoin('kommuner as k', 'k.number', 'a.kommune_number')
    .select([
      'a.id',
      'a.reference',
      'a.status',
      'a.first_name',
      'a.last_name',
      'a.email',
      'a.postal_code',
      'a.kommune_number',
      'a.flags',
      'a.created_at',
      'a.first_contact_at',
      'a.duplicate_of',
      'a.handled_by',
      's.name as association_name',
      'k.name as kommune_name',
      'h.name as handler_name',
    ])
    .where((eb) =>
      eb.or([
        eb('a.association_id', 'in', associationIds),
        eb('a.id', 'in', eb.selectFrom('application_associations').select('application_id').where('association_id', 'in', associationIds)),
      ]),
    )
    .where('a.status', '!=', 'quarantined');
}

function toEntry(r: Awaited<ReturnType<Query['execute']>>[number]): InboxEntry {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status as ApplicationStatus,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    postalCode: r.postal_code,
    kommuneNumber: r.kommune_number,
    kommuneName: r.kommune_name,
    associationName: r.association_name,
    flags: parseFlags(r.flags),
    createdAt: r.created_at,
    firstContactAt: r.first_contact_at,
    handledBy: r.handled_by,
    handlerName: r.handler_name,
    duplicateOf: r.duplicate_of,
    repeats: [],
  };
}

/** True when every word of `key` (a `searchKey`) occurs in the entry's name, email address or reference. */
function matches(e: InboxEntry, key: string): boolean {
  const haystack = searchKey(`${e.firstName} ${e.lastName} ${e.email} ${e.reference}`);
  return key.split(' ').every((word) => haystack.includes(word));
}

/**
 * The applications of these associations that match the filter and options (newest first unless asked otherwise);
 * never quarantined ones. A repeat application is joined to its first one when that is listed; otherwise it stands on
 * its own under `open` and `all`. The search and the handler filter apply to what is listed; a first application is
 * found by a repeat that matches the search too.
 */
export async function listInbox(db: Kysely<Database>, associationIds: string[], filter: InboxFilter, options: InboxOptions = {}): Promise<InboxEntry[]> {
  if (associationIds.length === 0) return [];
  let main = baseQuery(db, associationIds).where('a.status', '!=', 'duplicate');
  if (filter === 'open') main = main.where('a.status', 'in', [...OPEN_STATUSES]);
  else if (filter !== 'all') main = main.where('a.status', '=', filter);
  const entries = (await main.orderBy('a.created_at', 'desc').execute()).map(toEntry);
  const repeats = (await baseQuery(db, associationIds).where('a.status', '=', 'duplicate').orderBy('a.created_at').execute()).map(toEntry);

  const byId = new Map(entries.map((e) => [e.id, e]));
  const orphans: InboxEntry[] = [];
  const key = options.search === undefined ? '' : searchKey(options.search);
  const foundThroughRepeat = new Set<string>();
  for (const r of repeats) {
    const first = r.duplicateOf ? byId.get(r.duplicateOf) : undefined;
    if (first) {
      first.repeats.push({ id: r.id, createdAt: r.createdAt });
      if (key && matches(r, key)) foundThroughRepeat.add(first.id);
    } else if (filter === 'open' || filter === 'all' || filter === 'duplicate') orphans.push(r);
  }
  const listed = [...entries, ...orphans].filter(
    (e) =>
      (options.handledBy === undefined || e.handledBy === options.handledBy) && (!key || matches(e, key) || foundThroughRepeat.has(e.id)),
  );
  const newestFirst = (a: InboxEntry, b: InboxEntry) => b.createdAt.localeCompare(a.createdAt);
  return listed.sort(options.order === 'waiting' ? (a, b) => -newestFirst(a, b) : newestFirst);
}

/**
 * How many submissions screening holds back as automated in these associations (the admin sees the count, never the
 * people). Those held back only by an association's hourly budget are not counted: they wait in the held-back queue.
 */
export async function countQuarantined(db: Kysely<Database>, associationIds: string[]): Promise<number> {
  if (associationIds.length === 0) return 0;
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'quarantined')
    .where((eb) => eb.or([eb('quarantine_reason', 'is', null), eb('quarantine_reason', '!=', 'association_limit')]))
    .where('association_id', 'in', associationIds)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// ---- The CSV export.

/** One association's applications for the spreadsheet, oldest first: no quarantined submissions, no repeats. */
export async function listApplicationsForExport(db: Kysely<Database>, associationId: string) {
  const rows = await db
    .selectFrom('applications as a')
    .leftJoin('kommuner as k', 'k.number', 'a.kommune_number')
    .leftJoin('accounts as h', 'h.id', 'a.handled_by')
    .selectAll('a')
    .select(['k.name as kommune_name', 'h.name as handler_name'])
    .where((eb) =>
      eb.or([
        eb('a.association_id', '=', associationId),
        eb('a.id', 'in', eb.selectFrom('application_associations').select('application_id').where('association_id', '=', associationId)),
      ]),
    )
    .where('a.status', 'not in', ['quarantined', 'duplicate'])
    .orderBy('a.created_at')
    .execute();
  return rows.map((r) => ({ application: toWorkspaceApplication(r), kommuneName: r.kommune_name, handlerName: r.handler_name }));
}

// ---- The figures: counts only, for a set of associations or for the whole country.

/** Association ids to count for, or null for all of them (the national figures). */
export type ScopeIds = string[] | null;

/** An application counts for an association that has it or shares it. */
function inScope(ids: string[]) {
  return (eb: ExpressionBuilder<Database, 'applications'>) =>
    eb.or([
      eb('applications.association_id', 'in', ids),
      eb('applications.id', 'in', eb.selectFrom('application_associations').select('application_associations.application_id').where('application_associations.association_id', 'in', ids)),
    ]);
}

/** Statuses never shown in figures: held-back submissions and repeats that joined an earlier application. */
const NOT_COUNTED = ['quarantined', 'duplicate'];

/** Applications held now, by status. */
export async function countByStatus(db: Kysely<Database>, ids: ScopeIds): Promise<Map<string, number>> {
  if (ids?.length === 0) return new Map();
  const rows = await db
    .selectFrom('applications')
    .select(['applications.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('applications.status', 'not in', NOT_COUNTED)
    .$if(ids !== null, (qb) => qb.where(inScope(ids!)))
    .groupBy('applications.status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** Days from arrival to first contact, for applications that arrived since `since` and have been contacted. */
export async function daysToFirstContact(db: Kysely<Database>, ids: ScopeIds, since: Date): Promise<number[]> {
  if (ids?.length === 0) return [];
  const rows = await db
    .selectFrom('applications')
    .select(['applications.created_at', 'applications.first_contact_at'])
    .where('applications.created_at', '>=', since.toISOString())
    .where('applications.first_contact_at', 'is not', null)
    .where('applications.status', 'not in', NOT_COUNTED)
    .$if(ids !== null, (qb) => qb.where(inScope(ids!)))
    .execute();
  return rows.map((r) => Math.max(0, (Date.parse(r.first_contact_at!) - Date.parse(r.created_at)) / DAY_MS));
}

/** Applications nobody has recorded contact with yet (status new or unrouted). */
export async function countWaitingForContact(db: Kysely<Database>, ids: ScopeIds): Promise<number> {
  if (ids?.length === 0) return 0;
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('applications.status', 'in', ['new', 'unrouted'])
    .where('applications.first_contact_at', 'is', null)
    .$if(ids !== null, (qb) => qb.where(inScope(ids!)))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Two counts of the applications that arrived since a moment: where they were sent from, and where they went. */
export interface ArrivalCounts {
  /** Sent from the scope's pages (the association the page named), wherever routing then took them. */
  sentFromPage: number;
  /** Held by the scope's associations now (routed or passed on to them, or shared with them), whichever page sent them. */
  received: number;
}

/**
 * Applications that arrived from `since` on, counted twice: by the page that sent them (`requested_association`, as the
 * weekly `Sendt` is counted) and by the association that has them. Quarantined submissions are not counted; a repeat is
 * a form sent and received, and counts in both. For the national scope (null) both are every application.
 */
export async function countArrivals(db: Kysely<Database>, scope: { ids: ScopeIds; slugs: string[] | null }, since: Date): Promise<ArrivalCounts> {
  const count = async (where: (qb: ReturnType<typeof arrivals>) => ReturnType<typeof arrivals>) => Number((await where(arrivals()).executeTakeFirst())?.n ?? 0);
  const arrivals = () =>
    db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('applications.created_at', '>=', since.toISOString())
      .where('applications.status', '!=', 'quarantined');
  const { ids, slugs } = scope;
  return {
    sentFromPage: slugs?.length === 0 ? 0 : await count((qb) => (slugs ? qb.where('applications.requested_association', 'in', slugs) : qb)),
    received: ids?.length === 0 ? 0 : await count((qb) => (ids ? qb.where(inScope(ids)) : qb)),
  };
}

/** Forms sent from one association's page on one Norwegian day (the widget's `submit` count). */
export interface SubmissionCount {
  day: string;
  slug: string;
  event: 'submit';
  count: number;
}

/**
 * Applications stored from `fromDay` on, per Norwegian day and the association whose page sent them (the slug the page
 * named, as views and starts are kept), for these slugs or for all when `slugs` is null. Quarantined submissions are
 * not counted; a repeat is a form sent, and counts. Norway is a whole number of hours ahead of UTC, so counts per UTC
 * hour fall into Norwegian days exactly.
 */
export async function countSubmissions(db: Kysely<Database>, slugs: string[] | null, fromDay: string): Promise<SubmissionCount[]> {
  const hour = sql<string>`substr(applications.created_at, 1, 13)`;
  let query = db
    .selectFrom('applications')
    .select([hour.as('hour'), 'applications.requested_association', (eb) => eb.fn.countAll<number>().as('n')])
    .where('applications.created_at', '>=', osloInstant(fromDay).toISOString())
    .where('applications.status', '!=', 'quarantined')
    .groupBy([hour, 'applications.requested_association']);
  if (slugs) query = query.where('applications.requested_association', 'in', slugs);
  const byDay = new Map<string, SubmissionCount>();
  for (const r of await query.execute()) {
    const day = osloDate(new Date(`${r.hour}:00:00.000Z`));
    const key = `${day}|${r.requested_association}`;
    const count = byDay.get(key) ?? { day, slug: r.requested_association, event: 'submit', count: 0 };
    count.count += Number(r.n);
    byDay.set(key, count);
  }
  return [...byDay.values()];
}

// ---- The follow-up: applications still waiting for contact.

/** Statuses in which nobody has taken the application up yet: the follow-up watches only these. */
export const WAITING_STATUSES = ['new', 'unrouted'] as const;

/** An application nobody has recorded contact with, as the follow-up needs it. */
export interface WaitingApplication {
  id: string;
  reference: string;
  status: string;
  firstName: string;
  postalCode: string;
  kommuneName: string | null;
  associationId: string;
  createdAt: Date;
  /** The last recorded activity (arrival, a note, taking it on, a reassignment): the reminder clock starts here. */
  clockStartsAt: Date;
  lastReminderAt: Date | null;
  escalatedAt: Date | null;
}

const date = (iso: string | null) => (iso ? new Date(iso) : null);

/** Applications without contact and not yet escalated that arrived before `arrivedBefore`, oldest first. */
export async function findWaitingApplications(db: Db, arrivedBefore: Date): Promise<WaitingApplication[]> {
  const rows = await db
    .selectFrom('applications')
    .leftJoin('kommuner', 'kommuner.number', 'applications.kommune_number')
    .select([
      'applications.id',
      'applications.reference',
      'applications.status',
      'applications.first_name',
      'applications.postal_code',
      'kommuner.name as kommune_name',
      'applications.association_id',
      'applications.created_at',
      'applications.last_activity_at',
      'applications.last_reminder_at',
      'applications.escalated_at',
    ])
    .where('applications.status', 'in', [...WAITING_STATUSES])
    .where('applications.first_contact_at', 'is', null)
    .where('applications.escalated_at', 'is', null)
    .where('applications.created_at', '<=', arrivedBefore.toISOString())
    .orderBy('applications.created_at')
    .execute();
  return rows.map((r) => {
    const createdAt = new Date(r.created_at);
    const lastActivity = new Date(r.last_activity_at);
    return {
      id: r.id,
      reference: r.reference,
      status: r.status,
      firstName: r.first_name,
      postalCode: r.postal_code,
      kommuneName: r.kommune_name,
      associationId: r.association_id,
      createdAt,
      clockStartsAt: lastActivity > createdAt ? lastActivity : createdAt,
      lastReminderAt: date(r.last_reminder_at),
      escalatedAt: date(r.escalated_at),
    };
  });
}

// ---- One person's applications, for access and erasure requests (the person is everyone whose applications carry the
// same lower-cased address).

/** One application in the search result. */
export interface PersonApplication {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  status: string;
  associationId: string;
  associationName: string;
  createdAt: string;
}

/** The applications sent with this address (compared without case), oldest first. */
export async function findApplicationsByEmail(db: Db, email: string): Promise<PersonApplication[]> {
  const key = email.trim().toLowerCase();
  if (!key) return [];
  const rows = await db
    .selectFrom('applications as a')
    .innerJoin('associations as s', 's.id', 'a.association_id')
    .select(['a.id', 'a.reference', 'a.first_name', 'a.last_name', 'a.email', 'a.status', 'a.association_id', 'a.created_at', 's.name as association_name'])
    .where('a.email_key', '=', key)
    .orderBy('a.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    status: r.status,
    associationId: r.association_id,
    associationName: r.association_name,
    createdAt: r.created_at,
  }));
}

/** The person an application belongs to: its address key, or undefined when there is no such application. */
export async function emailKeyOf(db: Db, applicationId: string): Promise<string | undefined> {
  const row = await db.selectFrom('applications').select('email_key').where('id', '=', applicationId).executeTakeFirst();
  return row?.email_key;
}

/** All applications of the person with this address key, oldest first, as rows (for her export and her erasure). */
export async function listApplicationRowsOfPerson(db: Db, emailKey: string): Promise<ApplicationRow[]> {
  // Quarantined submissions keep no address (email_key ''): they belong to nobody that can be looked up.
  if (!emailKey) return [];
  return db.selectFrom('applications').selectAll().where('email_key', '=', emailKey).orderBy('created_at').execute();
}

/** The shares of these applications (the associations each is shared with). */
export async function listSharesOf(db: Db, applicationIds: string[]) {
  return applicationIds.length ? await db.selectFrom('application_associations').selectAll().where('application_id', 'in', applicationIds).execute() : [];
}

// ---- One application by its id or by the reference the applicant was given (support and tests; no visibility rule).

/** The stored row of one application, or undefined. */
export function findApplicationRow(db: Db, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The id of the application with this reference (e.g. `RV-…`), or undefined. */
export async function findApplicationIdByReference(db: Db, reference: string): Promise<string | undefined> {
  return (await db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirst())?.id;
}
