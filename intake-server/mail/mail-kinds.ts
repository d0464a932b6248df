/** The emails the service sends, each with the data its template needs. Typed so enqueue and render agree. */
import type { Language } from '../../contract/index.js';
import type { SoftFlag } from '../screening/soft-flags.js';

export interface CoordinatorNoticeData {
  reference: string;
  firstName: string;
  postalCode: string;
  /** The kommune the postal code lies in, when the register knows it. */
  kommuneName?: string | null;
  associationName: string;
  /** Other associations that received the same application (a kommune served by several, nobody chosen). */
  sharedWith?: string[];
  flags: SoftFlag[];
  applicationUrl: string;
  /** True when the application reached the national contact because no local association could take it. */
  fallback: boolean;
  /** Only for associations that chose full details in notices: contact details, never free text. */
  details?: { lastName: string; email: string; phone: string } | null;
}

/** To the national contact when mail could not be delivered and was given up on. Counts only, no personal data. */
export interface DeadLetterAlertData {
  count: number;
  /** Mail kinds affected, e.g. ["applicant_receipt"]. */
  kinds: string[];
  /** The SMTP codes or error codes seen, e.g. ["550"]. */
  reasons: string[];
  /** How many of each kind failed for each reason, e.g. 3 × applicant_receipt for "EENVELOPE 550". */
  breakdown?: DeadLetterCount[];
}

/** One line of a dead-letter alert: a mail kind, a reason code, how many. */
export interface DeadLetterCount {
  kind: string;
  reason: string;
  count: number;
}

/** To the national contact when the mail server refuses the service's credentials; delivery is paused. */
export interface SmtpAuthAlertData {
  /** ISO 8601 time the server first refused the credentials. */
  since: string;
}

export interface ApplicantReceiptData {
  reference: string;
  associationName: string;
  contactEmail: string;
  contactPhone: string | null;
}

export interface MailData {
  coordinator_notice: CoordinatorNoticeData;
  applicant_receipt: ApplicantReceiptData;
  dead_letter_alert: DeadLetterAlertData;
  smtp_auth_alert: SmtpAuthAlertData;
}
export type MailKind = keyof MailData;

/** An email waiting in the outbox. */
export type OutgoingMail = {
  [K in MailKind]: { kind: K; language: Language; recipients: string[]; replyTo: string | null; data: MailData[K] };
}[MailKind];
