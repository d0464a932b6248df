/** All SQL on `course_invitations` and `course_bookings`: invitations, bookings, the waiting list, reminders, the roster. */
import type { Transaction } from 'kysely';
import type { Language } from '../../contract/index.js';
import { newId } from '../db/ids.js';
import type { Database, Db } from '../db/schema.js';
import type { CourseInvitationTable, CourseBookingTable } from './course-sessions.table.js';
import type { BookingStatus, SessionKind } from './course-session.js';

export type InvitationRow = CourseInvitationTable;
export type BookingRow = CourseBookingTable;

/** Stores an invitation; returns its id. */
export async function insertInvitation(
  trx: Transaction<Database>,
  i: { applicationId: string; associationId: string; kind: SessionKind; language: Language; accountId: string | null; expiresAt: Date },
  at: Date,
): Promise<string> {
  const id = newId(at.getTime());
  await trx
    .insertInto('course_invitations')
    .values({
      id,
      application_id: i.applicationId,
      association_id: i.associationId,
      kind: i.kind,
      language: i.language,
      link_version: 1,
      created_by: i.accountId,
      created_at: at.toISOString(),
      expires_at: i.expiresAt.toISOString(),
      rebook_sent_at: null,
    })
    .execute();
  return id;
}

export function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('course_invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The application's invitations, newest first. */
export function listInvitationsOf(db: Db, applicationId: string): Promise<InvitationRow[]> {
  return db.selectFrom('course_invitations').selectAll().where('application_id', '=', applicationId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Retires every link sent for the invitation and gives it a new expiry; returns the new link version. */
export async function renewInvitationLink(trx: Transaction<Database>, id: string, expiresAt: Date, rebookSentAt: Date | null): Promise<number> {
  await trx
    .updateTable('course_invitations')
    .set((eb) => ({ link_version: eb('link_version', '+', 1), expires_at: expiresAt.toISOString(), ...(rebookSentAt ? { rebook_sent_at: rebookSentAt.toISOString() } : {}) }))
    .where('id', '=', id)
    .execute();
  const row = await trx.selectFrom('course_invitations').select('link_version').where('id', '=', id).executeTakeFirstOrThrow();
  return Number(row.link_version);
}

/** Takes the invitation's row for the rest of the transaction (a row lock on PostgreSQL), before reading her live booking. */
export async function lockInvitation(trx: Transaction<Database>, id: string): Promise<void> {
  await trx.updateTable('course_invitations').set((eb) => ({ link_version: eb.ref('link_version') })).where('id', '=', id).execute();
}

/** Moves the invitation's expiry later (never earlier). */
export async function extendInvitation(trx: Transaction<Database>, id: string, until: Date): Promise<void> {
  await trx.updateTable('course_invitations').set({ expires_at: until.toISOString() }).where('id', '=', id).where('expires_at', '<', until.toISOString()).execute();
}

/** The invitation's live booking (booked, waiting or offered), if any. */
export function findLiveBooking(db: Db, invitationId: string): Promise<BookingRow | undefined> {
  return db
    .selectFrom('course_bookings')
    .selectAll()
    .where('invitation_id', '=', invitationId)
    .where('status', 'in', ['booked', 'waiting', 'offered'])
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export function findBooking(db: Db, id: string): Promise<BookingRow | undefined> {
  return db.selectFrom('course_bookings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a booking or a place in the waiting list; returns its id. */
export async function insertBooking(
  trx: Transaction<Database>,
  b: { sessionId: string; invitationId: string; applicationId: string; associationId: string; status: 'booked' | 'waiting'; reminded7: boolean; reminded1: boolean },
  at: Date,
): Promise<string> {
  const id = newId(at.getTime());
  const ts = at.toISOString();
  await trx
    .insertInto('course_bookings')
    .values({
      id,
      session_id: b.sessionId,
      invitation_id: b.invitationId,
      application_id: b.applicationId,
      association_id: b.associationId,
      status: b.status,
      created_at: ts,
      updated_at: ts,
      offered_at: null,
      offer_expires_at: null,
      reminded_7_at: b.reminded7 ? ts : null,
      reminded_1_at: b.reminded1 ? ts : null,
    })
    .execute();
  return id;
}

/**
 * Moves a booking from one of `from` to `to`, with `extra` columns, in one conditional UPDATE: true only for the one
 * caller that changed it (two tabs, two instances).
 */
export async function moveBooking(
  trx: Transaction<Database>,
  id: string,
  from: readonly BookingStatus[],
  to: BookingStatus,
  at: Date,
  extra: Partial<Pick<BookingRow, 'offered_at' | 'offer_expires_at' | 'reminded_7_at' | 'reminded_1_at'>> = {},
): Promise<boolean> {
  const result = await trx
    .updateTable('course_bookings')
    .set({ status: to, updated_at: at.toISOString(), ...extra })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The first in the session's waiting list who has not been offered a place yet (first in, first out). */
export function firstWaiting(db: Db, sessionId: string): Promise<BookingRow | undefined> {
  return db.selectFrom('course_bookings').selectAll().where('session_id', '=', sessionId).where('status', '=', 'waiting').orderBy('created_at').orderBy('id').executeTakeFirst();
}

/** Offers whose claim time has run out. */
export function listExpiredOffers(db: Db, now: Date): Promise<BookingRow[]> {
  return db.selectFrom('course_bookings').selectAll().where('status', '=', 'offered').where('offer_expires_at', '<=', now.toISOString()).limit(500).execute();
}

/** Everyone with a place or in the waiting list of the session. */
export function listLive(db: Db, sessionId: string): Promise<BookingRow[]> {
  return db.selectFrom('course_bookings').selectAll().where('session_id', '=', sessionId).where('status', 'in', ['booked', 'waiting', 'offered']).execute();
}

/** Booked places of the session (for mails about a change). */
export function listBooked(db: Db, sessionId: string): Promise<BookingRow[]> {
  return db.selectFrom('course_bookings').selectAll().where('session_id', '=', sessionId).where('status', '=', 'booked').execute();
}

/** Clears the reminders already sent for a session whose time changed (the caller sets those the new time makes moot). */
export async function resetReminders(trx: Transaction<Database>, sessionId: string, reminded7: string | null, reminded1: string | null): Promise<void> {
  await trx.updateTable('course_bookings').set({ reminded_7_at: reminded7, reminded_1_at: reminded1 }).where('session_id', '=', sessionId).where('status', '=', 'booked').execute();
}

/** A booking due for a reminder, with what the mail needs. */
export interface DueReminder {
  bookingId: string;
  sessionId: string;
  invitationId: string;
  applicationId: string;
  startsAt: string;
  reminded7: boolean;
}

/** Booked places on sessions starting within `(now, now + 7 days]` with a reminder not yet sent for its window. */
export async function listDueReminders(db: Db, now: Date): Promise<DueReminder[]> {
  const dayAhead = new Date(now.getTime() + 86_400_000).toISOString();
  const weekAhead = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const rows = await db
    .selectFrom('course_bookings as b')
    .innerJoin('course_sessions as s', 's.id', 'b.session_id')
    .select(['b.id', 'b.session_id', 'b.invitation_id', 'b.application_id', 's.starts_at', 'b.reminded_7_at', 'b.reminded_1_at'])
    .where('b.status', '=', 'booked')
    .where('s.starts_at', '>', now.toISOString())
    .where('s.starts_at', '<=', weekAhead)
    .where((eb) => eb.or([eb('b.reminded_7_at', 'is', null), eb.and([eb('b.reminded_1_at', 'is', null), eb('s.starts_at', '<=', dayAhead)])]))
    .limit(500)
    .execute();
  return rows
    .filter((r) => r.starts_at <= dayAhead ? r.reminded_1_at === null : r.reminded_7_at === null)
    .map((r) => ({ bookingId: r.id, sessionId: r.session_id, invitationId: r.invitation_id, applicationId: r.application_id, startsAt: r.starts_at, reminded7: r.reminded_7_at !== null }));
}

/**
 * Records one reminder (`7`: a week before; `1`: the day before, which also settles the week's) by a conditional
 * UPDATE: of two instances at the same moment only one gets true, so each reminder is sent once.
 */
export async function recordBookingReminder(trx: Transaction<Database>, bookingId: string, which: 7 | 1, at: Date): Promise<boolean> {
  const ts = at.toISOString();
  const q = trx.updateTable('course_bookings').where('id', '=', bookingId).where('status', '=', 'booked');
  const result =
    which === 7
      ? await q.set({ reminded_7_at: ts }).where('reminded_7_at', 'is', null).executeTakeFirst()
      : await q.set((eb) => ({ reminded_1_at: ts, reminded_7_at: eb.fn.coalesce('reminded_7_at', eb.val(ts)) })).where('reminded_1_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** One applicant on a roster: her first name and the initial of her surname, never more. */
export interface RosterEntry {
  bookingId: string;
  applicationId: string;
  associationId: string;
  displayName: string;
  status: BookingStatus;
  /** When the "choose a new date" mail went after a no-show. */
  rebookSentAt: string | null;
}

/** The session's bookings and waiting list of applicants of `associationIds` only, in booking order. */
export async function listRoster(db: Db, sessionId: string, associationIds: string[]): Promise<RosterEntry[]> {
  if (associationIds.length === 0) return [];
  const rows = await db
    .selectFrom('course_bookings as b')
    .innerJoin('applications as a', 'a.id', 'b.application_id')
    .innerJoin('course_invitations as i', 'i.id', 'b.invitation_id')
    .select(['b.id', 'b.application_id', 'b.association_id', 'b.status', 'a.first_name', 'a.last_name', 'i.rebook_sent_at'])
    .where('b.session_id', '=', sessionId)
    .where('b.association_id', 'in', associationIds)
    .where('b.status', 'in', ['booked', 'waiting', 'offered', 'attended', 'no_show'])
    .orderBy('b.created_at')
    .orderBy('b.id')
    .execute();
  return rows.map((r) => ({
    bookingId: r.id,
    applicationId: r.application_id,
    associationId: r.association_id,
    displayName: `${r.first_name} ${[...r.last_name.trim()][0] ?? ''}.`.replace(/ \.$/, ''),
    status: r.status as BookingStatus,
    rebookSentAt: r.rebook_sent_at,
  }));
}

/** Deletes invitations that expired before `cutoff` and hold no booking any more; returns how many. */
export async function deleteExpiredInvitations(db: Db, cutoff: Date): Promise<number> {
  const result = await db
    .deleteFrom('course_invitations')
    .where('expires_at', '<', cutoff.toISOString())
    .where((eb) => eb.not(eb.exists(eb.selectFrom('course_bookings').select('id').whereRef('course_bookings.invitation_id', '=', 'course_invitations.id'))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The figures' counts for the applicants of `associationIds` (null: the whole country). */
export interface CourseCounts {
  invited: number;
  /** Invitations with a place taken at some time (booked, then attended or not). */
  booked: number;
  attended: number;
  noShows: number;
  /** Days from each application to the course she attended (start day), for a median. */
  daysToCourse: { appliedAt: string; courseAt: string }[];
}

/** Counts only: invited, booked, attended, no-shows, and the time from application to course. */
export async function countCourseFigures(db: Db, associationIds: string[] | null): Promise<CourseCounts> {
  if (associationIds?.length === 0) return { invited: 0, booked: 0, attended: 0, noShows: 0, daysToCourse: [] };
  let invitations = db.selectFrom('course_invitations').select((eb) => eb.fn.countAll<number>().as('n'));
  let bookings = db.selectFrom('course_bookings').select(['status', 'invitation_id']).where('status', 'in', ['booked', 'attended', 'no_show']);
  let courses = db
    .selectFrom('course_bookings as b')
    .innerJoin('course_sessions as s', 's.id', 'b.session_id')
    .innerJoin('applications as a', 'a.id', 'b.application_id')
    .select(['a.created_at as appliedAt', 's.starts_at as courseAt'])
    .where('b.status', '=', 'attended')
    .where('s.kind', '=', 'course');
  if (associationIds) {
    invitations = invitations.where('association_id', 'in', associationIds);
    bookings = bookings.where('association_id', 'in', associationIds);
    courses = courses.where('b.association_id', 'in', associationIds);
  }
  const rows = await bookings.execute();
  return {
    invited: Number((await invitations.executeTakeFirst())?.n ?? 0),
    booked: new Set(rows.map((r) => r.invitation_id)).size,
    attended: rows.filter((r) => r.status === 'attended').length,
    noShows: rows.filter((r) => r.status === 'no_show').length,
    daysToCourse: await courses.execute(),
  };
}

/** The invitation's live booking, else its latest one (cancelled, attended, no-show), if any. */
export async function findCurrentBooking(db: Db, invitationId: string): Promise<BookingRow | undefined> {
  return (
    (await findLiveBooking(db, invitationId)) ??
    db.selectFrom('course_bookings').selectAll().where('invitation_id', '=', invitationId).orderBy('updated_at', 'desc').orderBy('id', 'desc').executeTakeFirst()
  );
}

/** Her invitations and bookings, for the access-request export (kinds, times, statuses; no one else's data). */
export async function listCourseDataOf(db: Db, applicationIds: string[]) {
  if (applicationIds.length === 0) return { invitations: [], bookings: [] };
  const invitations = await db
    .selectFrom('course_invitations')
    .select(['application_id as applicationId', 'kind', 'created_at as invitedAt', 'expires_at as linkExpiresAt', 'rebook_sent_at as rebookSentAt'])
    .where('application_id', 'in', applicationIds)
    .orderBy('created_at')
    .execute();
  const bookings = await db
    .selectFrom('course_bookings as b')
    .innerJoin('course_sessions as s', 's.id', 'b.session_id')
    .select(['b.application_id as applicationId', 's.kind', 's.starts_at as startsAt', 's.place', 'b.status', 'b.created_at as createdAt', 'b.updated_at as updatedAt'])
    .where('b.application_id', 'in', applicationIds)
    .orderBy('b.created_at')
    .execute();
  return { invitations, bookings };
}
