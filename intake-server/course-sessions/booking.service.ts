/**
 * What the applicant does with her link, without an account: book a date, cancel, rebook, join a full session's
 * waiting list, claim a freed place. Each change commits with its mail and its audit entry (no account: `accountId`
 * null). A freed place is offered to the first in the waiting list, one person at a time, for `OFFER_HOURS`.
 */
import type { Transaction } from 'kysely';
import { writeAudit, type AuditAction } from '../audit/audit.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { enqueueMails, type MailToEnqueue } from '../outbox/outbox.repository.js';
import { findSession, isOpenTo, lockSeats } from './course-sessions.repository.js';
import {
  extendInvitation,
  findBooking,
  findInvitation,
  findLiveBooking,
  firstWaiting,
  lockInvitation,
  insertBooking,
  listExpiredOffers,
  moveBooking,
  type BookingRow,
  type InvitationRow,
} from './course-bookings.repository.js';
import { readInvitationToken, readOfferToken, offerUrl } from './course-links.js';
import type { SessionWithPlaces } from './course-session.js';
import { applicantCourseMail, linkOf, sessionFacts, type BookingDeps } from './session-mails.js';

/** How long a freed place is held for the one it is offered to (less when the session starts sooner). */
export const OFFER_HOURS = 48;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Which reminders a booking made at `now` for a session at `startsAt` no longer needs (its window has begun). */
export function remindersSettled(startsAt: string, now: Date): { reminded7: boolean; reminded1: boolean } {
  const left = new Date(startsAt).getTime() - now.getTime();
  return { reminded7: left <= 7 * DAY, reminded1: left <= DAY };
}

/** An invitation and where it stands, for her page. */
export interface InvitationState {
  invitation: InvitationRow;
  live: BookingRow | undefined;
  liveSession: SessionWithPlaces | undefined;
}

/**
 * The invitation a token opens, or null when the link was changed, retired (a newer link was sent), or has expired:
 * past its expiry with no booking, or the session she booked has started.
 */
export async function openInvitation(deps: BookingDeps, token: string, now: Date): Promise<InvitationState | null> {
  const t = readInvitationToken(deps.secret, token);
  const invitation = t ? await findInvitation(deps.db, t.invitationId) : undefined;
  if (!t || !invitation || Number(invitation.link_version) !== t.version) return null;
  const live = await findLiveBooking(deps.db, invitation.id);
  const liveSession = live ? await findSession(deps.db, live.session_id, now) : undefined;
  if (live?.status === 'booked' && liveSession && liveSession.startsAt <= now.toISOString()) return null;
  if (!live && invitation.expires_at <= now.toISOString()) return null;
  return { invitation, live, liveSession };
}

export type BookOutcome = { ok: true; outcome: 'booked' | 'waiting' | 'unchanged' } | { ok: false; code: 'link_unavailable' | 'session_unavailable' };

function audit(trx: Transaction<Database>, action: AuditAction, b: { applicationId: string; associationId: string }, detail: Record<string, string>, at: Date) {
  return writeAudit(trx, { accountId: null, action, associationId: b.associationId, applicationId: b.applicationId, detail }, at);
}

async function bookedMail(trx: Transaction<Database>, deps: BookingDeps, invitation: InvitationRow, bookingId: string, session: SessionWithPlaces, seq: number): Promise<MailToEnqueue | null> {
  const data = { session: await sessionFacts(trx, session), url: linkOf(deps, invitation), uid: bookingId, sequence: seq, reason: 'booked' as const };
  return applicantCourseMail(trx, invitation.application_id, invitation.association_id, 'course_booked', data);
}

const seatVersion = async (trx: Transaction<Database>, id: string) =>
  Number((await trx.selectFrom('course_sessions').select('seat_version').where('id', '=', id).executeTakeFirst())?.seat_version ?? 0);

/**
 * Books session `sessionId` with the invitation the token opens; a full session puts her at the end of its waiting
 * list instead (only when she has no booked place to lose). Any earlier booking or waiting place of hers is
 * cancelled in the same commit, and a place she leaves is offered on.
 */
export async function bookSession(deps: BookingDeps, token: string, sessionId: string, now: Date): Promise<BookOutcome> {
  const state = await openInvitation(deps, token, now);
  if (!state) return { ok: false, code: 'link_unavailable' };
  const { invitation } = state;
  const queued: MailToEnqueue[] = [];
  const result = await withTransaction(deps.db, async (trx): Promise<BookOutcome> => {
    const before = await findSession(trx, sessionId, now);
    if (!before || before.kind !== invitation.kind || !isOpenTo(before, invitation.association_id) || before.startsAt <= now.toISOString()) {
      return { ok: false, code: 'session_unavailable' };
    }
    // Her invitation first (two tabs sending at once wait for each other and see one live booking), then the
    // sessions involved in the order of their ids, so two people swapping dates cannot lock each other out.
    await lockInvitation(trx, invitation.id);
    const live = await findLiveBooking(trx, invitation.id);
    if (live?.session_id === sessionId) return { ok: true, outcome: 'unchanged' };
    for (const id of [sessionId, live?.session_id].filter((x): x is string => Boolean(x)).sort()) await lockSeats(trx, id);
    const session = (await findSession(trx, sessionId, now))!;
    const full = session.free <= 0;
    if (full && live?.status === 'booked') return { ok: false, code: 'session_unavailable' };
    const who = { applicationId: invitation.application_id, associationId: invitation.association_id };
    if (live && (await moveBooking(trx, live.id, ['booked', 'waiting', 'offered'], 'cancelled', now))) {
      await audit(trx, 'course.cancelled', who, { bookingId: live.id, sessionId: live.session_id, was: live.status }, now);
      if (live.status !== 'waiting') queued.push(...(await offerFreedPlaces(trx, deps, live.session_id, now)));
    }
    const settled = remindersSettled(session.startsAt, now);
    const id = await insertBooking(trx, { sessionId, invitationId: invitation.id, ...who, status: full ? 'waiting' : 'booked', ...settled }, now);
    await audit(trx, full ? 'course.waitlisted' : 'course.booked', who, { bookingId: id, sessionId }, now);
    if (!full) {
      await extendInvitation(trx, invitation.id, new Date(session.endsAt));
      const mail = await bookedMail(trx, deps, invitation, id, session, await seatVersion(trx, sessionId));
      if (mail) queued.push(mail);
    }
    await enqueueMails(trx, queued, now);
    return { ok: true, outcome: full ? 'waiting' : 'booked' };
  });
  return result;
}

/** Cancels her booking or waiting place; a place she leaves is offered to the next in the waiting list. */
export async function cancelBooking(deps: BookingDeps, token: string, now: Date): Promise<boolean> {
  const state = await openInvitation(deps, token, now);
  if (!state?.live) return false;
  const live = state.live;
  return withTransaction(deps.db, async (trx) => {
    if (live.status !== 'waiting') await lockSeats(trx, live.session_id);
    if (!(await moveBooking(trx, live.id, ['booked', 'waiting', 'offered'], 'cancelled', now))) return false;
    await audit(trx, 'course.cancelled', { applicationId: live.application_id, associationId: live.association_id }, { bookingId: live.id, sessionId: live.session_id, was: live.status }, now);
    if (live.status !== 'waiting') await enqueueMails(trx, await offerFreedPlaces(trx, deps, live.session_id, now), now);
    return true;
  });
}

/**
 * Offers the session's free places to the first in its waiting list, one place per person, each for `OFFER_HOURS`
 * (or until the session starts). Run in the transaction that freed the place; returns the offer mails to queue.
 */
export async function offerFreedPlaces(trx: Transaction<Database>, deps: BookingDeps, sessionId: string, now: Date): Promise<MailToEnqueue[]> {
  const mails: MailToEnqueue[] = [];
  await lockSeats(trx, sessionId);
  const session = await findSession(trx, sessionId, now);
  if (!session || session.startsAt <= now.toISOString()) return mails;
  let free = session.free;
  const facts = await sessionFacts(trx, session);
  while (free > 0) {
    const next = await firstWaiting(trx, sessionId);
    if (!next) break;
    const offeredAt = now.toISOString();
    const expires = new Date(Math.min(now.getTime() + OFFER_HOURS * HOUR, new Date(session.startsAt).getTime())).toISOString();
    if (!(await moveBooking(trx, next.id, ['waiting'], 'offered', now, { offered_at: offeredAt, offer_expires_at: expires }))) continue;
    await audit(trx, 'course.place_offered', { applicationId: next.application_id, associationId: next.association_id }, { bookingId: next.id, sessionId }, now);
    const data = { session: facts, url: offerUrl(deps.publicUrl, deps.secret, next.id, offeredAt), expiresAt: expires };
    const mail = await applicantCourseMail(trx, next.application_id, next.association_id, 'course_offer', data);
    if (mail) mails.push(mail);
    free--;
  }
  return mails;
}

/** The offer a claim token names while it can be claimed, with its session. */
export async function openOffer(deps: BookingDeps, token: string, now: Date): Promise<{ booking: BookingRow; session: SessionWithPlaces } | null> {
  const t = readOfferToken(deps.secret, token);
  const booking = t ? await findBooking(deps.db, t.bookingId) : undefined;
  if (!t || !booking || booking.status !== 'offered' || booking.offered_at !== t.offeredAt) return null;
  if (!booking.offer_expires_at || booking.offer_expires_at <= now.toISOString()) return null;
  const session = await findSession(deps.db, booking.session_id, now);
  return session && session.startsAt > now.toISOString() ? { booking, session } : null;
}

/** Claims an offered place: it becomes hers, with the confirmation and its calendar file. False when the offer is gone. */
export async function claimOffer(deps: BookingDeps, token: string, now: Date): Promise<boolean> {
  const offer = await openOffer(deps, token, now);
  if (!offer) return false;
  const { booking, session } = offer;
  return withTransaction(deps.db, async (trx) => {
    await lockSeats(trx, session.id);
    const settled = remindersSettled(session.startsAt, now);
    const extra = { reminded_7_at: settled.reminded7 ? now.toISOString() : null, reminded_1_at: settled.reminded1 ? now.toISOString() : null };
    if (!(await moveBooking(trx, booking.id, ['offered'], 'booked', now, extra))) return false;
    await audit(trx, 'course.offer_claimed', { applicationId: booking.application_id, associationId: booking.association_id }, { bookingId: booking.id, sessionId: session.id }, now);
    const invitation = (await findInvitation(trx, booking.invitation_id))!;
    await extendInvitation(trx, invitation.id, new Date(session.endsAt));
    const mail = await bookedMail(trx, deps, invitation, booking.id, session, await seatVersion(trx, session.id));
    await enqueueMails(trx, mail ? [mail] : [], now);
    return true;
  });
}

/** Lets offers whose time ran out lapse and offers their places to the next in line; returns how many lapsed. */
export async function expireOffers(deps: BookingDeps, now: Date): Promise<number> {
  let lapsed = 0;
  for (const offer of await listExpiredOffers(deps.db, now)) {
    await withTransaction(deps.db, async (trx) => {
      await lockSeats(trx, offer.session_id);
      if (!(await moveBooking(trx, offer.id, ['offered'], 'offer_expired', now))) return;
      lapsed++;
      await audit(trx, 'course.offer_expired', { applicationId: offer.application_id, associationId: offer.association_id }, { bookingId: offer.id, sessionId: offer.session_id }, now);
      await enqueueMails(trx, await offerFreedPlaces(trx, deps, offer.session_id, now), now);
    });
  }
  return lapsed;
}
