/** Test support for the course services: a test server's booking deps, a course to book, an invited applicant's link. */
import type { TestServer } from '../test-support.js';
import type { SessionKind } from './course-session.js';
import type { SessionFields } from './course-sessions.repository.js';
import { inviteApplicant } from './invitation.service.js';
import type { BookingDeps } from './session-mails.js';

/** What the booking services need, from a test server. */
export const bookingDepsOf = (s: TestServer): BookingDeps => ({ db: s.ctx.db, publicUrl: s.config.publicUrl, secret: s.ctx.secretKey });

/** A course on Thursday 10 December 2026, 18:00–21:00 Norwegian time, at Storgata 1, with `capacity` places. */
export const aCourse = (capacity: number, overrides: Partial<SessionFields> = {}): SessionFields => ({
  kind: 'course',
  startsAt: '2026-12-10T17:00:00.000Z',
  endsAt: '2026-12-10T20:00:00.000Z',
  place: 'Storgata 1',
  videoUrl: '',
  capacity,
  language: 'nb',
  sharedWith: [],
  openToAll: false,
  ...overrides,
});

/** Invites the applicant of `applicationId` (for `associationId`) and returns the token of the link in that mail. */
export async function inviteForToken(s: TestServer, applicationId: string, associationId: string, kind: SessionKind = 'course'): Promise<string> {
  await inviteApplicant(bookingDepsOf(s), { applicationId, associationId, language: 'nb', kind, accountId: null, reason: 'invited' }, s.clock.now);
  const row = await s.ctx.db
    .selectFrom('outbox')
    .select('payload')
    .where('application_id', '=', applicationId)
    .where('kind', '=', 'course_invitation')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return (JSON.parse(row.payload) as { url: string }).url.split('/kurs/')[1]!;
}
