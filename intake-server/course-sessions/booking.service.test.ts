import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { submit } from '../workspace/kit/page-testing.js';
import { bookSession, cancelBooking, claimOffer, expireOffers, openOffer } from './booking.service.js';
import { createSession } from './session-admin.service.js';
import { aCourse, bookingDepsOf, inviteForToken } from './testing.js';
import { findSession, listSessionsFor } from './course-sessions.repository.js';
import { listRoster } from './course-bookings.repository.js';
import { readInvitationToken } from './course-links.js';
import type { BookingDeps } from './session-mails.js';
import { deleteExpiredApplications } from '../maintenance/expire-applications.js';
import { collectPersonData } from '../privacy/person-data.repository.js';
import { withdrawApplication } from '../withdrawal/withdraw-application.js';

let s: TestServer;
let deps: BookingDeps;
let eksempelby: string;
let narvik: string;
beforeEach(async () => {
  s = await createTestServer();
  deps = bookingDepsOf(s);
  eksempelby = (await findAssociationBySlug(s.ctx.db, 'eksempelby'))!.id;
  narvik = (await findAssociationBySlug(s.ctx.db, 'narvik'))!.id;
});
afterEach(async () => {
  await s.close();
});

const course = (capacity: number, sharedWith: string[] = []) => aCourse(capacity, { sharedWith });
const invite = (applicationId: string, associationId: string) => inviteForToken(s, applicationId, associationId);

const mailsOf = async (kind: string) => s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', kind).orderBy('created_at').execute();

describe('sessions, bookings and the waiting list', () => {
  it('shows a shared session to both associations and to nobody else', async () => {
    const id = await createSession(s.ctx.db, eksempelby, course(2, [narvik]), 'acc', s.clock.now);
    expect((await listSessionsFor(s.ctx.db, [narvik], s.clock.now, s.clock.now)).map((x) => x.id)).toEqual([id]);
    expect((await listSessionsFor(s.ctx.db, [eksempelby], s.clock.now, s.clock.now)).map((x) => x.id)).toEqual([id]);
    const national = (await findAssociationBySlug(s.ctx.db, 'nasjonal'))!.id;
    expect(await listSessionsFor(s.ctx.db, [national], s.clock.now, s.clock.now)).toEqual([]);
  });

  it('books two places, puts the third on the waiting list, and offers a cancelled place to her alone until she claims it', async () => {
    const sessionId = await createSession(s.ctx.db, eksempelby, course(2, [narvik]), 'acc', s.clock.now);
    const a = await submit(s, { firstName: 'Anne', email: 'anne@example.no' });
    const b = await submit(s, { firstName: 'Berit', email: 'berit@example.no' });
    const c = await submit(s, { firstName: 'Cecilie', email: 'cecilie@example.no', postalCode: '8514', association: 'narvik' });
    const d = await submit(s, { firstName: 'Dina', email: 'dina@example.no' });
    const [ta, tb, tc, td] = [await invite(a, eksempelby), await invite(b, eksempelby), await invite(c, narvik), await invite(d, eksempelby)];

    expect(await bookSession(deps, ta, sessionId, s.clock.now)).toEqual({ ok: true, outcome: 'booked' });
    expect(await bookSession(deps, tb, sessionId, s.clock.now)).toEqual({ ok: true, outcome: 'booked' });
    expect(await bookSession(deps, tc, sessionId, s.clock.now)).toEqual({ ok: true, outcome: 'waiting' });
    s.clock.advance(1000);
    expect(await bookSession(deps, td, sessionId, s.clock.now)).toEqual({ ok: true, outcome: 'waiting' });
    expect(await mailsOf('course_booked')).toHaveLength(2);
    expect((await findSession(s.ctx.db, sessionId, s.clock.now))).toMatchObject({ taken: 2, free: 0, waiting: 2 });

    // Each association sees only its own applicants, by first name and initial.
    expect((await listRoster(s.ctx.db, sessionId, [narvik])).map((r) => [r.displayName, r.status])).toEqual([['Cecilie N.', 'waiting']]);
    expect((await listRoster(s.ctx.db, sessionId, [eksempelby])).map((r) => r.displayName)).toEqual(['Anne N.', 'Berit N.', 'Dina N.']);

    expect(await cancelBooking(deps, ta, s.clock.now)).toBe(true);
    const offers = await mailsOf('course_offer');
    expect(offers.map((o) => JSON.parse(o.recipients))).toEqual([['cecilie@example.no']]);
    // The offered place is held for her: nobody else can book it meanwhile.
    expect((await findSession(s.ctx.db, sessionId, s.clock.now))!.free).toBe(0);
    const claim = (JSON.parse(offers[0]!.payload) as { url: string }).url.split('/kurs/tilbud/')[1]!;
    expect(await claimOffer(deps, claim, s.clock.now)).toBe(true);
    expect(await claimOffer(deps, claim, s.clock.now)).toBe(false);
    const booked = await mailsOf('course_booked');
    expect(JSON.parse(booked[2]!.recipients)).toEqual(['cecilie@example.no']);
    expect(renderIcs(booked[2]!)).toContain('DTSTART:20261210T170000Z');
  });

  it('passes an offer that was not claimed in time on to the next in the list', async () => {
    const sessionId = await createSession(s.ctx.db, eksempelby, course(1), 'acc', s.clock.now);
    const ids = [await submit(s, { email: 'a@example.no' }), await submit(s, { email: 'b@example.no' }), await submit(s, { email: 'c@example.no' })];
    const tokens = [];
    for (const id of ids) tokens.push(await invite(id, eksempelby));
    await bookSession(deps, tokens[0]!, sessionId, s.clock.now);
    await bookSession(deps, tokens[1]!, sessionId, s.clock.now);
    s.clock.advance(1000);
    await bookSession(deps, tokens[2]!, sessionId, s.clock.now);
    await cancelBooking(deps, tokens[0]!, s.clock.now);
    const first = (JSON.parse((await mailsOf('course_offer'))[0]!.payload) as { url: string }).url.split('/tilbud/')[1]!;
    s.clock.advance(49 * 3_600_000);
    expect(await openOffer(deps, first, s.clock.now)).toBeNull();
    expect(await expireOffers(deps, s.clock.now)).toBe(1);
    expect((await mailsOf('course_offer')).map((o) => JSON.parse(o.recipients)[0])).toEqual(['b@example.no', 'c@example.no']);
    expect(await claimOffer(deps, first, s.clock.now)).toBe(false);
  });

  it('retires an earlier link when she is invited again, and deletes her invitations and bookings with the application', async () => {
    const sessionId = await createSession(s.ctx.db, eksempelby, course(3), 'acc', s.clock.now);
    const id = await submit(s);
    const old = await invite(id, eksempelby);
    const fresh = await invite(id, eksempelby);
    expect(readInvitationToken(s.ctx.secretKey, old)!.version).toBe(1);
    expect(await bookSession(deps, old, sessionId, s.clock.now)).toEqual({ ok: false, code: 'link_unavailable' });
    expect(await bookSession(deps, fresh, sessionId, s.clock.now)).toEqual({ ok: true, outcome: 'booked' });
    expect(await bookSession(deps, 'made-up.token', sessionId, s.clock.now)).toEqual({ ok: false, code: 'link_unavailable' });

    // Retention deletes the application after its period; her invitation and booking go with it.
    s.clock.advance(400 * 86_400_000);
    expect(await deleteExpiredApplications(s.ctx.db, s.clock.now, s.config.retention.months)).toBe(1);
    expect(await s.ctx.db.selectFrom('course_bookings').selectAll().execute()).toEqual([]);
    expect(await s.ctx.db.selectFrom('course_invitations').selectAll().execute()).toEqual([]);
  });
});

describe('at the same moment', () => {
  it('gives the last place to one of two and puts the other on the waiting list', async () => {
    const sessionId = await createSession(s.ctx.db, eksempelby, course(1), 'acc', s.clock.now);
    const tokens = [await invite(await submit(s, { email: 'a@example.no' }), eksempelby), await invite(await submit(s, { email: 'b@example.no' }), eksempelby)];
    const outcomes = await Promise.all(tokens.map((t) => bookSession(deps, t, sessionId, s.clock.now)));
    expect(outcomes.map((o) => (o.ok ? o.outcome : o.code)).sort()).toEqual(['booked', 'waiting']);
  });

  it('keeps one live booking when her two tabs book two dates at once', async () => {
    const first = await createSession(s.ctx.db, eksempelby, course(3), 'acc', s.clock.now);
    const second = await createSession(s.ctx.db, eksempelby, aCourse(3, { startsAt: '2026-12-11T17:00:00.000Z', endsAt: '2026-12-11T20:00:00.000Z' }), 'acc', s.clock.now);
    const token = await invite(await submit(s), eksempelby);
    await Promise.all([bookSession(deps, token, first, s.clock.now), bookSession(deps, token, second, s.clock.now)]);
    const live = await s.ctx.db.selectFrom('course_bookings').select('status').where('status', '=', 'booked').execute();
    expect(live).toHaveLength(1);
  });
});

describe('her own data', () => {
  it('is in her access-request export, and goes when she withdraws her application', async () => {
    const sessionId = await createSession(s.ctx.db, eksempelby, course(3), 'acc', s.clock.now);
    const id = await submit(s, { email: 'anne@example.no' });
    await bookSession(deps, await invite(id, eksempelby), sessionId, s.clock.now);
    const data = await collectPersonData(s.ctx.db, 'anne@example.no', s.clock.now);
    expect(data.courses.invitations).toMatchObject([{ applicationId: id, kind: 'course' }]);
    expect(data.courses.bookings).toMatchObject([{ applicationId: id, kind: 'course', status: 'booked', startsAt: '2026-12-10T17:00:00.000Z' }]);
    expect((await withdrawApplication(s.ctx.db, id, s.clock.now)).withdrawn).toBe(true);
    expect(await s.ctx.db.selectFrom('course_bookings').selectAll().execute()).toEqual([]);
    expect(await s.ctx.db.selectFrom('course_invitations').selectAll().execute()).toEqual([]);
    expect(await s.ctx.db.selectFrom('outbox').selectAll().where('kind', 'like', 'course_%').execute()).toEqual([]);
  });
});

function renderIcs(row: { payload: string }): string {
  const data = JSON.parse(row.payload) as { session: { startsAt: string } };
  return `DTSTART:${data.session.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}
