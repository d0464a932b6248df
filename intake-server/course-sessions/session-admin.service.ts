/**
 * Creating, changing and calling off sessions, with their audit entries. A change of time or place tells everyone booked (a new
 * calendar file that replaces the old event); more places are offered to the waiting list; fewer places than are
 * taken is refused.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { enqueueMails, type MailToEnqueue } from '../outbox/outbox.repository.js';
import { deleteSession, findSession, insertSession, lockSeats, updateSession, type SessionFields } from './course-sessions.repository.js';
import { extendInvitation, findInvitation, listBooked, listLive, resetReminders } from './course-bookings.repository.js';
import { INVITATION_DAYS } from './invitation.service.js';
import { listAssociations } from '../associations/associations.repository.js';
import type { SessionWithPlaces } from './course-session.js';
import { offerFreedPlaces, remindersSettled } from './booking.service.js';
import { applicantCourseMail, linkOf, sessionFacts, type BookingDeps } from './session-mails.js';

/** Creates a session owned by `associationId`; returns its id. */
export async function createSession(db: Kysely<Database>, associationId: string, f: SessionFields, accountId: string, at: Date): Promise<string> {
  return withTransaction(db, async (trx) => {
    const id = await insertSession(trx, associationId, f, accountId, at);
    await writeAudit(
      trx,
      { accountId, action: 'course.session_created', associationId, detail: { sessionId: id, kind: f.kind, startsAt: f.startsAt, capacity: f.capacity, sharedWith: f.sharedWith, openToAll: f.openToAll } },
      at,
    );
    return id;
  });
}

export type ChangeOutcome = { ok: true; changed: boolean; told: number } | { ok: false; code: 'capacity_below_taken' };

const snapshot = (s: Pick<SessionFields, 'startsAt' | 'endsAt' | 'place' | 'videoUrl' | 'capacity' | 'language' | 'sharedWith' | 'openToAll'>) => ({
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  place: s.place,
  videoUrl: s.videoUrl,
  capacity: s.capacity,
  language: s.language,
  sharedWith: [...s.sharedWith].sort(),
  openToAll: s.openToAll,
});

/** Saves a change; tells everyone booked when the time or place changed. `told` is how many mails were queued. */
export async function changeSession(deps: BookingDeps, s: SessionWithPlaces, f: SessionFields, accountId: string, at: Date): Promise<ChangeOutcome> {
  return withTransaction(deps.db, async (trx): Promise<ChangeOutcome> => {
    await lockSeats(trx, s.id);
    const current = (await findSession(trx, s.id, at))!;
    if (f.capacity < current.taken) return { ok: false, code: 'capacity_below_taken' };
    const before = snapshot(current);
    const after = snapshot(f);
    const changedKeys = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changedKeys.length === 0) return { ok: true, changed: false, told: 0 };
    await updateSession(trx, current, f, at);
    const pick = (o: typeof before) => Object.fromEntries(changedKeys.map((k) => [k, o[k]]));
    await writeAudit(trx, { accountId, action: 'course.session_changed', associationId: s.associationId, detail: { sessionId: s.id, before: pick(before), after: pick(after) } }, at);
    const mails: MailToEnqueue[] = [];
    const moved = ['startsAt', 'endsAt', 'place', 'videoUrl'].some((k) => changedKeys.includes(k as keyof typeof after));
    if (moved) {
      const settled = remindersSettled(f.startsAt, at);
      await resetReminders(trx, s.id, settled.reminded7 ? at.toISOString() : null, settled.reminded1 ? at.toISOString() : null);
      await lockSeats(trx, s.id);
      const updated = (await findSession(trx, s.id, at))!;
      const facts = await sessionFacts(trx, updated);
      const seq = Number((await trx.selectFrom('course_sessions').select('seat_version').where('id', '=', s.id).executeTakeFirst())?.seat_version ?? 0);
      for (const b of await listBooked(trx, s.id)) {
        const invitation = await findInvitation(trx, b.invitation_id);
        if (!invitation) continue;
        const data = { session: facts, url: linkOf(deps, invitation), uid: b.id, sequence: seq, reason: 'changed' as const };
        const mail = await applicantCourseMail(trx, b.application_id, b.association_id, 'course_booked', data);
        if (mail) mails.push(mail);
      }
    }
    const told = mails.length;
    if (f.capacity > current.capacity) mails.push(...(await offerFreedPlaces(trx, deps, s.id, at)));
    await enqueueMails(trx, mails, at);
    return { ok: true, changed: true, told };
  });
}

/**
 * Calls a session off: everyone booked or waiting gets a mail with her link (working for another `INVITATION_DAYS`)
 * to choose a new date, and the session goes with its bookings. Returns how many were told.
 */
export async function cancelSession(deps: BookingDeps, s: SessionWithPlaces, accountId: string, at: Date): Promise<number> {
  const names = new Map((await listAssociations(deps.db)).map((a) => [a.id, a.name]));
  return withTransaction(deps.db, async (trx) => {
    await lockSeats(trx, s.id);
    const facts = await sessionFacts(trx, s);
    const until = new Date(at.getTime() + INVITATION_DAYS * 86_400_000);
    const mails: MailToEnqueue[] = [];
    for (const b of await listLive(trx, s.id)) {
      const invitation = await findInvitation(trx, b.invitation_id);
      if (!invitation) continue;
      await extendInvitation(trx, invitation.id, until);
      const expiresAt = invitation.expires_at > until.toISOString() ? invitation.expires_at : until.toISOString();
      const data = { kind: s.kind, associationName: names.get(b.association_id) ?? '', url: linkOf(deps, invitation), expiresAt, reason: 'cancelled' as const, session: facts };
      const mail = await applicantCourseMail(trx, b.application_id, b.association_id, 'course_invitation', data);
      if (mail) mails.push(mail);
    }
    await writeAudit(trx, { accountId, action: 'course.session_cancelled', associationId: s.associationId, detail: { sessionId: s.id, kind: s.kind, startsAt: s.startsAt, told: mails.length } }, at);
    await deleteSession(trx, s.id);
    await enqueueMails(trx, mails, at);
    return mails.length;
  });
}
