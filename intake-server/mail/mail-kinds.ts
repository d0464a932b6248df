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
  /** The language she applied in (her receipt and later mails are in it); absent in mail queued before it was added. */
  applicantLanguage?: Language;
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

/**
 * To the national contact when an association's hourly budget (RATE_LIMIT_PER_ASSOCIATION) first holds an application
 * back in a window: the association only, no applicant. What is held waits in the workspace to be released or discarded.
 */
export interface AssociationLimitAlertData {
  associationName: string;
  /** ISO 8601 time the first application was held back. */
  since: string;
}

/**
 * To a person added to or removed from an association's coordinators (second attack, finding 3): which association,
 * what and when, and what to do if it is unexpected. Nothing about applicants.
 */
export interface CoordinatorChangedData {
  change: 'added' | 'removed';
  associationName: string;
  /** ISO 8601 time of the change. */
  at: string;
  /** Where the coordinator pages are (PUBLIC_URL/koordinator), for someone added. Absent in mails queued before it was. */
  signInUrl?: string;
}

export interface ApplicantReceiptData {
  reference: string;
  associationName: string;
  contactEmail: string;
  contactPhone: string | null;
  /** The link that withdraws the application (absent in receipts queued before withdrawal existed). */
  withdrawUrl?: string;
}

/** To the coordinators of an application its applicant withdrew: the reference only (no name, no details). */
export interface ApplicationWithdrawnData {
  reference: string;
}

/** To a coordinator who asked to sign in: a single-use link. Nothing else, so a forwarded mail tells nobody anything. */
export interface SignInLinkData {
  /** `PUBLIC_URL/koordinator/logg-inn/lenke?token=...`. */
  url: string;
  validMinutes: number;
}

/**
 * To a workspace account when a passkey was added or removed (by her), or all of them removed (by the national
 * admin, for a lost phone). No passkey name or device: what happened, when, and where to look.
 */
export interface PasskeyChangedData {
  change: 'added' | 'removed' | 'reset';
  /** ISO 8601 time of the change. */
  at: string;
  /** `PUBLIC_URL/koordinator/konto`. */
  accountUrl: string;
}

/** What a follow-up mail says about the application: as little as the notice, never free text. */
export interface FollowUpApplicant {
  reference: string;
  firstName: string;
  postalCode: string;
  kommuneName?: string | null;
  /** The association that has the application (the national contact's name for an unrouted one). */
  associationName: string;
  /** Whole days since the application arrived. */
  daysWaiting: number;
  applicationUrl: string;
  /** True when no local association has it: the national contact is to pass it on. */
  fallback: boolean;
}

/** To the coordinators when nobody has recorded contact with the applicant after the reminder's working days. */
export interface FollowUpReminderData extends FollowUpApplicant {
  /** Days without contact after which the national contact is told. */
  escalationDays: number;
}

/** To the national contact, once, when nobody has recorded contact with the applicant after `daysWaiting` days. */
export interface FollowUpEscalationData extends FollowUpApplicant {
  /** How many reminders the coordinators were sent. */
  remindersSent: number;
}

/**
 * To the coordinators of the association an application was passed on to in the workspace. As minimal as the
 * coordinator notice (first name, place, link) and never free text.
 */
export interface ReassignedNoticeData {
  reference: string;
  firstName: string;
  postalCode: string;
  kommuneName?: string | null;
  /** The association that now has the application. */
  associationName: string;
  applicationUrl: string;
}

/**
 * To the applicant whose application was passed on to another association (who contacts her now), or declined
 * (kind and short, no reason): the reference and the association that has it, with how to reach it.
 */
export interface ApplicantUpdateData {
  reference: string;
  associationName: string;
  contactEmail: string;
  contactPhone: string | null;
}

/** A session as the applicant's mails describe it: kind, time, place or video link, and who arranges it. */
export interface CourseSessionFacts {
  kind: 'info_meeting' | 'course';
  startsAt: string;
  endsAt: string;
  place: string;
  videoUrl: string;
  associationName: string;
}

/** To the applicant: an invitation to choose a date for an information meeting or the course, with her link. */
export interface CourseInvitationData {
  kind: 'info_meeting' | 'course';
  associationName: string;
  /** `PUBLIC_URL/kurs/TOKEN`. */
  url: string;
  /** ISO 8601: the link works until then (or until the session she books starts). */
  expiresAt: string;
  /** `invited`: the first invitation; `rebook`: she was not there; `cancelled`: the session she had was called off. */
  reason: 'invited' | 'rebook' | 'cancelled';
  /** The session that was called off (`cancelled` only). */
  session?: CourseSessionFacts;
}

/** To the applicant: her place (booked, claimed from the waiting list, or its time or place changed), with a calendar file. */
export interface CourseBookedData {
  session: CourseSessionFacts;
  /** The link that cancels or rebooks. */
  url: string;
  /** The calendar event's UID: the same for the booking whatever changes, so her calendar updates the event. */
  uid: string;
  /** Raised with every change of the session's time or place. */
  sequence: number;
  reason: 'booked' | 'changed';
}

/** To the applicant a week and a day before her session. */
export interface CourseReminderData {
  session: CourseSessionFacts;
  url: string;
  daysBefore: 7 | 1;
}

/** To the next in the waiting list when a place is freed: a claim link that expires. */
export interface CourseOfferData {
  session: CourseSessionFacts;
  /** `PUBLIC_URL/kurs/tilbud/TOKEN`. */
  url: string;
  expiresAt: string;
}

export interface MailData {
  coordinator_notice: CoordinatorNoticeData;
  reassigned_notice: ReassignedNoticeData;
  applicant_receipt: ApplicantReceiptData;
  application_withdrawn: ApplicationWithdrawnData;
  applicant_reassigned: ApplicantUpdateData;
  applicant_closed: ApplicantUpdateData;
  dead_letter_alert: DeadLetterAlertData;
  smtp_auth_alert: SmtpAuthAlertData;
  association_limit_alert: AssociationLimitAlertData;
  coordinator_changed: CoordinatorChangedData;
  sign_in_link: SignInLinkData;
  passkey_changed: PasskeyChangedData;
  follow_up_reminder: FollowUpReminderData;
  follow_up_escalation: FollowUpEscalationData;
  course_invitation: CourseInvitationData;
  course_booked: CourseBookedData;
  course_reminder: CourseReminderData;
  course_offer: CourseOfferData;
}
export type MailKind = keyof MailData;

/** An email waiting in the outbox. */
export type OutgoingMail = {
  [K in MailKind]: { kind: K; language: Language; recipients: string[]; replyTo: string | null; data: MailData[K] };
}[MailKind];
