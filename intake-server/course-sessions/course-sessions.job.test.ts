import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { sameDatabaseEnv, startSecondInstance } from '../jobs/testing.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { submit } from '../workspace/kit/page-testing.js';
import { bookSession } from './booking.service.js';
import { aCourse, bookingDepsOf, inviteForToken } from './testing.js';
import { createSession } from './session-admin.service.js';
import type { BookingDeps } from './session-mails.js';

let s: TestServer;
let deps: BookingDeps;
beforeEach(async () => {
  s = await createTestServer();
  deps = bookingDepsOf(s);
});
afterEach(async () => {
  await s.close();
});

/** A course on 20 December 18:00 Oslo time, booked by one applicant on 27 November. */
async function bookedCourse(): Promise<string> {
  const eksempelby = (await findAssociationBySlug(s.ctx.db, 'eksempelby'))!.id;
  const sessionId = await createSession(s.ctx.db, eksempelby, aCourse(5, { startsAt: '2026-12-20T17:00:00.000Z', endsAt: '2026-12-20T20:00:00.000Z' }), 'acc', s.clock.now);
  const token = await inviteForToken(s, await submit(s), eksempelby);
  expect(await bookSession(deps, token, sessionId, s.clock.now)).toEqual({ ok: true, outcome: 'booked' });
  return sessionId;
}

const reminders = async () =>
  (await s.ctx.db.selectFrom('outbox').select('payload').where('kind', '=', 'course_reminder').orderBy('id').execute()).map((r) => (JSON.parse(r.payload) as { daysBefore: number }).daysBefore);

describe('the course_sessions job', () => {
  it('sends the week-before and the day-before reminders once each, with two instances on one database', async () => {
    await bookedCourse();
    const other = await startSecondInstance(sameDatabaseEnv(s.config));
    try {
      // Every six hours from 12 December to the start, both instances at once, as their timers would.
      for (let t = Date.parse('2026-12-12T16:00:00Z'); t <= Date.parse('2026-12-20T17:00:00Z'); t += 6 * 3_600_000) {
        s.clock.now = new Date(t);
        const results = (await Promise.all([s.ctx.jobs.runDue(), other.runDue(s.clock.now)])).flat();
        expect(results.filter((r) => r.name === 'course_sessions' && r.outcome === 'ran')).toHaveLength(1);
      }
      expect(await reminders()).toEqual([7, 1]);
    } finally {
      await other.stop();
    }
  });

  it('sends only the day-before reminder for a place booked less than a week ahead, and none twice when passes race', async () => {
    s.clock.now = new Date('2026-12-16T10:00:00Z');
    await bookedCourse();
    const { runCourseSessions } = await import('./course-sessions.job.js');
    const job = { ...deps, onQueued: () => {} };
    await Promise.all([runCourseSessions(job, new Date('2026-12-17T10:00:00Z')), runCourseSessions(job, new Date('2026-12-17T10:00:00Z'))]);
    expect(await reminders()).toEqual([]);
    await Promise.all([runCourseSessions(job, new Date('2026-12-19T18:00:00Z')), runCourseSessions(job, new Date('2026-12-19T18:00:00Z'))]);
    expect(await reminders()).toEqual([1]);
  });

  it('deletes a session and its bookings 30 days after it ended', async () => {
    await bookedCourse();
    const { runCourseSessions } = await import('./course-sessions.job.js');
    const job = { ...deps, onQueued: () => {} };
    expect((await runCourseSessions(job, new Date('2027-01-18T10:00:00Z'))).sessionsDeleted).toBe(0);
    expect((await runCourseSessions(job, new Date('2027-01-20T10:00:00Z'))).sessionsDeleted).toBe(1);
    expect(await s.ctx.db.selectFrom('course_bookings').selectAll().execute()).toEqual([]);
    expect(await s.ctx.db.selectFrom('course_sessions').selectAll().execute()).toEqual([]);
  });
});
