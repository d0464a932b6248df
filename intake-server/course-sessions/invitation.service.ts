/**
 * A coordinator invites an applicant to choose a date for an information meeting or the course: one invitation per
 * application and kind. Inviting again retires the earlier link (a new link version) and sends a new one; her
 * booking, if any, stays. The mail, the invitation and the audit entry commit together.
 */
import type { Language } from '../../contract/index.js';
import { writeAudit } from '../audit/audit.repository.js';
import { withTransaction } from '../db/transaction.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { insertInvitation, listInvitationsOf, renewInvitationLink } from './course-bookings.repository.js';
import type { SessionKind } from './course-session.js';
import { applicantCourseMail, linkOf, type BookingDeps } from './session-mails.js';
import { listAssociations } from '../associations/associations.repository.js';

/** How long an invitation's link works when she books nothing (a booking keeps it working until its session ends). */
export const INVITATION_DAYS = 60;

export interface Invite {
  applicationId: string;
  /** The association that has the application: the mail names it and replies go to it. */
  associationId: string;
  language: Language;
  kind: SessionKind;
  accountId: string | null;
  /** `rebook`: after a no-show, the "choose a new date" mail. */
  reason: 'invited' | 'rebook';
}

/** Sends (or sends again) the invitation; resolves to true when a mail was queued. */
export async function inviteApplicant(deps: BookingDeps, i: Invite, at: Date): Promise<boolean> {
  const expiresAt = new Date(at.getTime() + INVITATION_DAYS * 86_400_000);
  const association = (await listAssociations(deps.db)).find((a) => a.id === i.associationId);
  return withTransaction(deps.db, async (trx) => {
    const earlier = (await listInvitationsOf(trx, i.applicationId)).find((x) => x.kind === i.kind);
    let id: string;
    let version: number;
    if (earlier) {
      id = earlier.id;
      version = await renewInvitationLink(trx, earlier.id, expiresAt, i.reason === 'rebook' ? at : null);
    } else {
      id = await insertInvitation(trx, { applicationId: i.applicationId, associationId: i.associationId, kind: i.kind, language: i.language, accountId: i.accountId, expiresAt }, at);
      version = 1;
    }
    await writeAudit(
      trx,
      { accountId: i.accountId, action: 'course.invited', associationId: i.associationId, applicationId: i.applicationId, detail: { kind: i.kind, invitationId: id, reason: i.reason } },
      at,
    );
    const data = { kind: i.kind, associationName: association?.name ?? '', url: linkOf(deps, { id, link_version: version }), expiresAt: expiresAt.toISOString(), reason: i.reason };
    const mail = await applicantCourseMail(trx, i.applicationId, i.associationId, 'course_invitation', data);
    await enqueueMails(trx, mail ? [mail] : [], at);
    return mail !== null;
  });
}
