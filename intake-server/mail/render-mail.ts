/** Turns an outbox row into a message ready for the mail port. */
import { LANGUAGES, type Language } from '../../contract/index.js';
import type { OutboxRow } from '../outbox/outbox.table.js';
import { renderHtml, renderText, type MailContent } from './mail-content.js';
import type { MailData, MailKind } from './mail-kinds.js';
import type { MailMessage } from './mailer.js';
import { isSingleAddress } from './single-address.js';
import { applicantReceipt } from './templates/applicant-receipt.js';
import { applicationWithdrawn } from './templates/application-withdrawn.js';
import { applicantClosed } from './templates/applicant-closed.js';
import { applicantReassigned } from './templates/applicant-reassigned.js';
import { coordinatorNotice } from './templates/coordinator-notice.js';
import { deadLetterAlert } from './templates/dead-letter-alert.js';
import { reassignedNotice } from './templates/reassigned-notice.js';
import { followUpEscalation } from './templates/follow-up-escalation.js';
import { followUpReminder } from './templates/follow-up-reminder.js';
import { passkeyChanged } from './templates/passkey-changed.js';
import { signInLink } from './templates/sign-in-link.js';
import { smtpAuthAlert } from './templates/smtp-auth-alert.js';
import { associationLimitAlert } from './templates/association-limit-alert.js';
import { coordinatorChanged } from './templates/coordinator-changed.js';
import { courseBooked, courseInvitation, courseOffer, courseReminder } from './templates/course-mails.js';

const TEMPLATES: { [K in MailKind]: (data: MailData[K], lang: Language) => MailContent } = {
  coordinator_notice: coordinatorNotice,
  reassigned_notice: reassignedNotice,
  applicant_receipt: applicantReceipt,
  application_withdrawn: applicationWithdrawn,
  applicant_reassigned: applicantReassigned,
  applicant_closed: applicantClosed,
  dead_letter_alert: deadLetterAlert,
  smtp_auth_alert: smtpAuthAlert,
  association_limit_alert: associationLimitAlert,
  coordinator_changed: coordinatorChanged,
  sign_in_link: signInLink,
  passkey_changed: passkeyChanged,
  follow_up_reminder: followUpReminder,
  follow_up_escalation: followUpEscalation,
  course_invitation: courseInvitation,
  course_booked: courseBooked,
  course_reminder: courseReminder,
  course_offer: courseOffer,
};

/**
 * Thrown when a row cannot be rendered (`EMESSAGE`) or names a recipient that is not one plain address (`ERECIPIENT`);
 * the worker dead-letters it instead of retrying forever, and nothing is sent.
 */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly code: 'EMESSAGE' | 'ERECIPIENT' = 'EMESSAGE',
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

/**
 * Renders an outbox row; throws `RenderError` for an unknown kind, a broken payload, or a recipient or reply-to that
 * is not a single validated address (a list, a display name, a line break: never handed to the mailer to parse).
 */
export function renderMail(row: OutboxRow): MailMessage {
  const template = TEMPLATES[row.kind as MailKind] as ((data: unknown, lang: Language) => MailContent) | undefined;
  if (!template) throw new RenderError(`unknown mail kind ${row.kind}`);
  const language = (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as Language) : 'nb';
  const to = recipientsOf(row);
  let content: MailContent;
  try {
    content = template(JSON.parse(row.payload), language);
  } catch (err) {
    throw new RenderError(`cannot render ${row.kind}: ${(err as Error).name}`);
  }
  return {
    id: row.id,
    to,
    replyTo: row.reply_to,
    subject: content.subject,
    text: renderText(content),
    html: renderHtml(content, language),
    language,
    ...(content.attachments ? { attachments: content.attachments } : {}),
  };
}

function recipientsOf(row: OutboxRow): string[] {
  let to: unknown;
  try {
    to = JSON.parse(row.recipients);
  } catch {
    throw new RenderError(`unreadable recipients for ${row.kind}`, 'ERECIPIENT');
  }
  if (!Array.isArray(to) || to.length === 0) throw new RenderError(`no recipients for ${row.kind}`, 'ERECIPIENT');
  if (!to.every(isSingleAddress)) throw new RenderError(`invalid recipient for ${row.kind}`, 'ERECIPIENT');
  if (row.reply_to !== null && !isSingleAddress(row.reply_to)) throw new RenderError(`invalid reply-to for ${row.kind}`, 'ERECIPIENT');
  // The same address twice (a coordinator of two associations) is one recipient, not a reason to drop the mail.
  const seen = new Set<string>();
  return to.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}
