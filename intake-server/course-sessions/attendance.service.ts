/**
 * Marking who came. Present at the course ticks the checklist's "course completed" with the session's day; present at
 * either kind moves the status forward (after the information meeting to `course`, after the course to `checks`),
 * never back, through follow-up's own status and checklist code, so the history and retention see it as any change.
 * Absent: she gets a "choose a new date" mail with a fresh link (the old one is retired), and the roster says so.
 */
import { changeStatus, saveChecklist } from '../applications/application-changes.repository.js';
import type { WorkspaceApplication } from '../applications/application.js';
import { writeAudit } from '../audit/audit.repository.js';
import { withTransaction } from '../db/transaction.js';
import { osloDate } from '../lib/time.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../follow-up/statuses.js';
import { findBooking, findInvitation, moveBooking, renewInvitationLink } from './course-bookings.repository.js';
import type { SessionWithPlaces } from './course-session.js';
import { INVITATION_DAYS } from './invitation.service.js';
import { applicantCourseMail, linkOf, type BookingDeps } from './session-mails.js';
import { listAssociations } from '../associations/associations.repository.js';

export type Attendance = 'present' | 'absent';
export type AttendanceOutcome = { ok: true; changed: boolean; mailed: boolean } | { ok: false; code: 'not_started' | 'not_found' };

/** The status attendance moves to, when it lies ahead of the current one. */
function statusAfter(kind: SessionWithPlaces['kind'], current: string): WorkflowStatus | null {
  const target: WorkflowStatus = kind === 'course' ? 'checks' : 'course';
  const order = WORKFLOW_STATUSES.indexOf(current as WorkflowStatus);
  // Only along the way forward from new up to ready for matching; declined and withdrawn stay as they are.
  return order >= 0 && order < WORKFLOW_STATUSES.indexOf(target) ? target : null;
}

/** Sessions can be marked from the (Oslo) day they start. */
export const mayMarkAttendance = (s: SessionWithPlaces, now: Date) => osloDate(new Date(s.startsAt)) <= osloDate(now);

/**
 * Records attendance of booking `bookingId` on session `s` for application `a` (which the caller checked the person
 * may see). Marking the same again changes nothing.
 */
export async function markAttendance(
  deps: BookingDeps,
  s: SessionWithPlaces,
  a: WorkspaceApplication,
  bookingId: string,
  mark: Attendance,
  accountId: string,
  now: Date,
): Promise<AttendanceOutcome> {
  if (!mayMarkAttendance(s, now)) return { ok: false, code: 'not_started' };
  const booking = await findBooking(deps.db, bookingId);
  if (!booking || booking.session_id !== s.id || booking.application_id !== a.id) return { ok: false, code: 'not_found' };
  const to = mark === 'present' ? 'attended' : 'no_show';
  if (booking.status === to) return { ok: true, changed: false, mailed: false };
  const association = (await listAssociations(deps.db)).find((x) => x.id === booking.association_id);
  return withTransaction(deps.db, async (trx): Promise<AttendanceOutcome> => {
    if (!(await moveBooking(trx, booking.id, ['booked', 'attended', 'no_show'], to, now))) return { ok: false, code: 'not_found' };
    await writeAudit(trx, { accountId, action: 'course.attendance_marked', associationId: a.associationId, applicationId: a.id, detail: { bookingId, sessionId: s.id, attendance: to } }, now);
    if (mark === 'present') {
      if (s.kind === 'course' && !a.checklist.courseCompletedOn) {
        const items = await saveChecklist(trx, a, { ...a.checklist, courseCompletedOn: osloDate(new Date(s.startsAt)) }, accountId, now);
        if (items.length > 0) await writeAudit(trx, { accountId, action: 'application.checklist_changed', associationId: a.associationId, applicationId: a.id, detail: { items } }, now);
      }
      const next = statusAfter(s.kind, a.status);
      if (next) {
        await changeStatus(trx, a, next, accountId, now);
        await writeAudit(trx, { accountId, action: 'application.status_changed', associationId: a.associationId, applicationId: a.id, detail: { from: a.status, to: next } }, now);
      }
      return { ok: true, changed: true, mailed: false };
    }
    // Absent: a new link, sent at once, so she can choose another date without waiting for anyone.
    const invitation = await findInvitation(trx, booking.invitation_id);
    if (!invitation) return { ok: true, changed: true, mailed: false };
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
    const version = await renewInvitationLink(trx, invitation.id, expiresAt, now);
    const data = { kind: s.kind, associationName: association?.name ?? '', url: linkOf(deps, { id: invitation.id, link_version: version }), expiresAt: expiresAt.toISOString(), reason: 'rebook' as const };
    const mail = await applicantCourseMail(trx, a.id, booking.association_id, 'course_invitation', data);
    await enqueueMails(trx, mail ? [mail] : [], now);
    return { ok: true, changed: true, mailed: mail !== null };
  });
}
