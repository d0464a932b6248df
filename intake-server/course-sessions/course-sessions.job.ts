/**
 * The `course_sessions` job: reminders a week and a day before (each once: a conditional update of the booking is
 * committed with the mail, so two instances racing send one), offers whose claim time ran out passed on to the next
 * in the waiting list, and what outlived its purpose deleted: sessions `SESSION_KEEP_DAYS` after they ended (with
 * their bookings) and invitations that expired that long ago without a booking.
 */
import { withTransaction } from '../db/transaction.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { deleteExpiredInvitations, findInvitation, listDueReminders, recordBookingReminder } from './course-bookings.repository.js';
import { deleteSessionsEndedBefore, findSession } from './course-sessions.repository.js';
import { expireOffers } from './booking.service.js';
import { applicantCourseMail, linkOf, sessionFacts, type BookingDeps } from './session-mails.js';

/** Days a session (and its bookings) is kept after it ended: long enough to mark attendance late and correct it. */
export const SESSION_KEEP_DAYS = 30;
const DAY = 86_400_000;

export interface CourseJobDeps extends BookingDeps {
  onQueued: () => void;
}

/** One pass as of `at`; the counts go to the log. */
export async function runCourseSessions(deps: CourseJobDeps, at: Date): Promise<{ reminders: number; offersLapsed: number; sessionsDeleted: number; invitationsDeleted: number }> {
  let reminders = 0;
  for (const due of await listDueReminders(deps.db, at)) {
    const which: 1 | 7 = new Date(due.startsAt).getTime() - at.getTime() <= DAY ? 1 : 7;
    const sent = await withTransaction(deps.db, async (trx) => {
      if (!(await recordBookingReminder(trx, due.bookingId, which, at))) return false;
      const [session, invitation] = [await findSession(trx, due.sessionId, at), await findInvitation(trx, due.invitationId)];
      if (!session || !invitation) return false;
      const data = { session: await sessionFacts(trx, session), url: linkOf(deps, invitation), daysBefore: which };
      const mail = await applicantCourseMail(trx, due.applicationId, invitation.association_id, 'course_reminder', data);
      await enqueueMails(trx, mail ? [mail] : [], at);
      return mail !== null;
    });
    if (sent) reminders++;
  }
  const offersLapsed = await expireOffers(deps, at);
  const cutoff = new Date(at.getTime() - SESSION_KEEP_DAYS * DAY);
  const sessionsDeleted = await withTransaction(deps.db, (trx) => deleteSessionsEndedBefore(trx, cutoff));
  const invitationsDeleted = await deleteExpiredInvitations(deps.db, cutoff);
  if (reminders > 0 || offersLapsed > 0) deps.onQueued();
  return { reminders, offersLapsed, sessionsDeleted, invitationsDeleted };
}
