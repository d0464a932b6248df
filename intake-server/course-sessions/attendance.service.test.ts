import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findVisibleApplication } from '../applications/applications.repository.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { loadStaff } from '../accounts/staff.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { applicationRow, cookieFor, submit } from '../workspace/kit/page-testing.js';
import { markAttendance } from './attendance.service.js';
import { bookSession } from './booking.service.js';
import { findSession } from './course-sessions.repository.js';
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

/** An applicant of Eksempelby booked on an information meeting on 10 December; the clock then on that evening. */
async function bookedOnInfoMeeting(status?: string) {
  const eksempelby = (await findAssociationBySlug(s.ctx.db, 'eksempelby'))!.id;
  const sessionId = await createSession(
    s.ctx.db,
    eksempelby,
    aCourse(5, { kind: 'info_meeting', endsAt: '2026-12-10T18:00:00.000Z', place: '', videoUrl: 'https://meet.example/rv' }),
    'acc',
    s.clock.now,
  );
  const id = await submit(s);
  if (status) await s.ctx.db.updateTable('applications').set({ status }).where('id', '=', id).execute();
  await bookSession(deps, await inviteForToken(s, id, eksempelby, 'info_meeting'), sessionId, s.clock.now);
  const bookingId = (await s.ctx.db.selectFrom('course_bookings').select('id').executeTakeFirstOrThrow()).id;
  s.clock.now = new Date('2026-12-10T18:30:00Z');
  await cookieFor(s, 'eksempelby'); // signs her in once, which makes her account
  const account = await s.ctx.db.selectFrom('accounts').select('id').where('email', '=', 'kari.koordinator@eksempelby-sanitet.example').executeTakeFirstOrThrow();
  const staff = (await loadStaff(s.ctx.db, account.id))!;
  const session = (await findSession(s.ctx.db, sessionId, s.clock.now))!;
  const application = (await findVisibleApplication(s.ctx.db, staff, id))!;
  return { id, bookingId, session, application, staff };
}

describe('attendance', () => {
  it('moves her on to the course after the information meeting, with no checklist item to tick', async () => {
    const b = await bookedOnInfoMeeting('contacted');
    expect(await markAttendance(deps, b.session, b.application, b.bookingId, 'present', b.staff.accountId, s.clock.now)).toEqual({ ok: true, changed: true, mailed: false });
    const row = await applicationRow(s, b.id);
    expect(row.status).toBe('course');
    expect(row.course_completed_at).toBeNull();
  });

  it('never moves a declined application, nor one already further on', async () => {
    const b = await bookedOnInfoMeeting('declined');
    await markAttendance(deps, b.session, b.application, b.bookingId, 'present', b.staff.accountId, s.clock.now);
    expect((await applicationRow(s, b.id)).status).toBe('declined');
  });

  it('sends the "choose a new date" mail once, however often she is marked absent', async () => {
    const b = await bookedOnInfoMeeting();
    expect(await markAttendance(deps, b.session, b.application, b.bookingId, 'absent', b.staff.accountId, s.clock.now)).toEqual({ ok: true, changed: true, mailed: true });
    expect(await markAttendance(deps, b.session, b.application, b.bookingId, 'absent', b.staff.accountId, s.clock.now)).toEqual({ ok: true, changed: false, mailed: false });
    const mails = await s.ctx.db.selectFrom('outbox').select('payload').where('kind', '=', 'course_invitation').execute();
    expect(mails.map((m) => (JSON.parse(m.payload) as { reason: string }).reason)).toEqual(['invited', 'rebook']);
  });
});
