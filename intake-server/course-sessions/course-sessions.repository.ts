/** All SQL on `course_sessions` and `course_session_shares`: sessions, who may use them, and their free places. */
import type { Transaction } from 'kysely';
import { newId } from '../db/ids.js';
import type { Database, Db } from '../db/schema.js';
import { toCourseSession, type CourseSession, type SessionKind, type SessionWithPlaces } from './course-session.js';

/** What a coordinator (or the admin) types in for a session: all of it but its id and arranger. */
export type SessionFields = Omit<CourseSession, 'id' | 'associationId'>;

/** The columns a session's fields set. */
const columnsOf = (f: SessionFields) => ({
  starts_at: f.startsAt,
  ends_at: f.endsAt,
  place: f.place,
  video_url: f.videoUrl,
  capacity: f.capacity,
  language: f.language,
  open_to_all: f.openToAll ? 1 : 0,
});

/** Stores a new session owned by `associationId`; returns its id. Run in a transaction with the audit entry. */
export async function insertSession(trx: Transaction<Database>, associationId: string, f: SessionFields, accountId: string | null, at: Date): Promise<string> {
  const id = newId(at.getTime());
  const ts = at.toISOString();
  await trx
    .insertInto('course_sessions')
    .values({
      id,
      kind: f.kind,
      ...columnsOf(f),
      association_id: associationId,
      seat_version: 0,
      created_by: accountId,
      created_at: ts,
      updated_at: ts,
    })
    .execute();
  await replaceShares(trx, id, associationId, f.sharedWith);
  return id;
}

async function replaceShares(trx: Transaction<Database>, id: string, owner: string, sharedWith: string[]): Promise<void> {
  await trx.deleteFrom('course_session_shares').where('session_id', '=', id).execute();
  const ids = [...new Set(sharedWith)].filter((a) => a !== owner);
  if (ids.length > 0) await trx.insertInto('course_session_shares').values(ids.map((association_id) => ({ session_id: id, association_id }))).execute();
}

/** Saves changed fields of a session (the kind and owner never change). */
export async function updateSession(trx: Transaction<Database>, s: CourseSession, f: SessionFields, at: Date): Promise<void> {
  await trx
    .updateTable('course_sessions')
    .set({ ...columnsOf(f), updated_at: at.toISOString() })
    .where('id', '=', s.id)
    .execute();
  await replaceShares(trx, s.id, s.associationId, f.sharedWith);
}

/**
 * Takes the session's row for the rest of the transaction (on PostgreSQL a row lock: a second booking of the last
 * place waits for the first to commit; SQLite runs one writer at a time anyway). Call before counting places.
 */
export async function lockSeats(trx: Transaction<Database>, sessionId: string): Promise<void> {
  await trx
    .updateTable('course_sessions')
    .set((eb) => ({ seat_version: eb('seat_version', '+', 1) }))
    .where('id', '=', sessionId)
    .execute();
}

async function sharesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('course_session_shares').select(['session_id', 'association_id']).where('session_id', 'in', ids).execute();
  for (const r of rows) map.set(r.session_id, [...(map.get(r.session_id) ?? []), r.association_id]);
  return map;
}

/** Places taken (booked, or held for a live offer) and people waiting, per session. */
async function placesOf(db: Db, ids: string[], now: Date): Promise<Map<string, { taken: number; waiting: number }>> {
  const map = new Map<string, { taken: number; waiting: number }>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('course_bookings')
    .select(['session_id', 'status', 'offer_expires_at'])
    .where('session_id', 'in', ids)
    .where('status', 'in', ['booked', 'attended', 'no_show', 'waiting', 'offered'])
    .execute();
  for (const r of rows) {
    const entry = map.get(r.session_id) ?? { taken: 0, waiting: 0 };
    if (r.status === 'waiting' || r.status === 'offered') entry.waiting++;
    if (r.status === 'booked' || r.status === 'attended' || r.status === 'no_show') entry.taken++;
    else if (r.status === 'offered' && r.offer_expires_at && r.offer_expires_at > now.toISOString()) entry.taken++;
    map.set(r.session_id, entry);
  }
  return map;
}

async function withPlaces(db: Db, rows: Database['course_sessions'][], now: Date): Promise<SessionWithPlaces[]> {
  const ids = rows.map((r) => r.id);
  const [shares, places] = await Promise.all([sharesOf(db, ids), placesOf(db, ids, now)]);
  return rows.map((r) => {
    const s = toCourseSession(r, shares.get(r.id) ?? []);
    const p = places.get(r.id) ?? { taken: 0, waiting: 0 };
    return { ...s, taken: p.taken, free: Math.max(0, s.capacity - p.taken), waiting: p.waiting };
  });
}

/** One session with its places, or undefined. */
export async function findSession(db: Db, id: string, now: Date): Promise<SessionWithPlaces | undefined> {
  const row = await db.selectFrom('course_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withPlaces(db, [row], now))[0] : undefined;
}

/** True when association `associationId` may invite to (and see) session `s`: its own, shared with it, or open to all. */
export function isOpenTo(s: CourseSession, associationId: string): boolean {
  return s.openToAll || s.associationId === associationId || s.sharedWith.includes(associationId);
}

/**
 * Sessions any of `associationIds` may use (own, shared, open to all), starting from `from` on, earliest first.
 */
export async function listSessionsFor(db: Db, associationIds: string[], from: Date, now: Date, kind?: SessionKind): Promise<SessionWithPlaces[]> {
  if (associationIds.length === 0) return [];
  let q = db
    .selectFrom('course_sessions')
    .selectAll()
    .where('starts_at', '>=', from.toISOString())
    .where((eb) =>
      eb.or([
        eb('open_to_all', '=', 1),
        eb('association_id', 'in', associationIds),
        eb('id', 'in', eb.selectFrom('course_session_shares').select('session_id').where('association_id', 'in', associationIds)),
      ]),
    );
  if (kind) q = q.where('kind', '=', kind);
  return withPlaces(db, await q.orderBy('starts_at').orderBy('id').limit(500).execute(), now);
}

/** Deletes one session (called off); its shares and bookings go with it. */
export async function deleteSession(trx: Transaction<Database>, id: string): Promise<void> {
  await trx.deleteFrom('course_bookings').where('session_id', '=', id).execute();
  await trx.deleteFrom('course_session_shares').where('session_id', '=', id).execute();
  await trx.deleteFrom('course_sessions').where('id', '=', id).execute();
}

/** Deletes sessions that ended before `cutoff` (their shares and bookings go with them); returns how many. */
export async function deleteSessionsEndedBefore(db: Transaction<Database>, cutoff: Date): Promise<number> {
  const ids = (await db.selectFrom('course_sessions').select('id').where('ends_at', '<', cutoff.toISOString()).limit(500).execute()).map((r) => r.id);
  if (ids.length === 0) return 0;
  // The foreign keys cascade; these make sure of it wherever they are not enforced.
  await db.deleteFrom('course_bookings').where('session_id', 'in', ids).execute();
  await db.deleteFrom('course_session_shares').where('session_id', 'in', ids).execute();
  await db.deleteFrom('course_sessions').where('id', 'in', ids).execute();
  return ids.length;
}
