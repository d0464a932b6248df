/** The emails the service sends, each with the data its template needs. Typed so enqueue and render agree. */
import type { Language } from '../../contract/index.js';
import type { SoftFlag } from '../screening/soft-flags.js';

export interface CoordinatorNoticeData {
  reference: string;
  firstName: string;
  postalCode: string;
  associationName: string;
  flags: SoftFlag[];
  applicationUrl: string;
  /** True when the application reached the national contact because no local association could take it. */
  fallback: boolean;
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
}
export type MailKind = keyof MailData;

/** An email waiting in the outbox. */
export type OutgoingMail = {
  [K in MailKind]: { kind: K; language: Language; recipients: string[]; replyTo: string | null; data: MailData[K] };
}[MailKind];
