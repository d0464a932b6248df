/**
 * The mails the applicant gets when a coordinator passes her application on or declines it: in the language she
 * applied in, replies going to the association that now has it. Only the reference and the association's contact
 * details: never her answers, never the coordinator's reason.
 */
import type { Association } from '../associations/association.js';
import { isSingleAddress } from '../mail/single-address.js';
import type { MailToEnqueue } from '../outbox/outbox.repository.js';
import type { WorkspaceApplication } from '../applications/application.js';

/** The mail to queue, or null when her address is not one plain address (nothing can be sent to it). */
export function applicantMail(a: WorkspaceApplication, kind: 'applicant_reassigned' | 'applicant_closed', association: Association): MailToEnqueue | null {
  if (!isSingleAddress(a.email)) return null;
  const data = { reference: a.reference, associationName: association.name, contactEmail: association.contactEmail, contactPhone: association.contactPhone };
  return { applicationId: a.id, mail: { kind, language: a.language, recipients: [a.email], replyTo: association.contactEmail, data } };
}
