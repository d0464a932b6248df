/**
 * The two mails a new application queues: the coordinators' notice and the applicant's receipt, at intake
 * (applications.service.ts) and when a held application is released (held-applications.service.ts).
 */
import type { Language } from '../../contract/index.js';
import type { OutgoingMail } from '../mail/mail-kinds.js';
import type { Route } from '../routing/route-application.js';
import type { SoftFlag } from '../screening/soft-flags.js';

/** What the mails need of the applicant (an `Application`, or a stored one). */
export interface MailedApplicant {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postalCode: string;
  language: Language;
}

export function coordinatorNotice(id: string, reference: string, a: MailedApplicant, route: Route, flags: SoftFlag[], publicUrl: string): OutgoingMail {
  const association = route.primary;
  const sharing = route.associations;
  // Full details only when every association that gets this notice asked for them.
  const fullDetails = sharing.length > 0 && sharing.every((s) => s.settings.fullDetailsInNotice);
  return {
    kind: 'coordinator_notice',
    language: association.defaultLanguage,
    recipients: route.recipients,
    // A coordinator who answers the notice reaches the association's own mailbox, not a no-reply address.
    replyTo: association.contactEmail,
    data: {
      reference,
      firstName: a.firstName,
      postalCode: a.postalCode,
      kommuneName: route.kommune?.name ?? null,
      associationName: association.name,
      sharedWith: sharing.filter((s) => s.id !== association.id).map((s) => s.name),
      flags,
      applicationUrl: `${publicUrl}/koordinator/soknader/${id}`,
      fallback: route.routing === 'national_fallback',
      details: fullDetails ? { lastName: a.lastName, email: a.email, phone: a.phone } : null,
      applicantLanguage: a.language,
    },
  };
}

export function applicantReceipt(reference: string, a: MailedApplicant, route: Route, withdrawUrl: string): OutgoingMail {
  const association = route.primary;
  return {
    kind: 'applicant_receipt',
    language: a.language,
    recipients: [a.email],
    replyTo: association.contactEmail,
    data: { reference, associationName: association.name, contactEmail: association.contactEmail, contactPhone: association.contactPhone, withdrawUrl },
  };
}
