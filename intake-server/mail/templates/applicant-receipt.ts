/** The receipt to the applicant: the reference, what happens next and whom to ask. Never echoes what was submitted. */
import type { Language } from '../../../contract/index.js';
import type { ApplicantReceiptData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';

/** Builds the receipt in the language the applicant used. */
export function applicantReceipt(d: ApplicantReceiptData, lang: Language): MailContent {
  const contact = d.contactPhone ? `${d.contactEmail}, ${d.contactPhone}` : d.contactEmail;
  switch (lang) {
    case 'nn':
      return {
        subject: `Vi har fått søknaden din om å bli ressursven (${d.reference})`,
        blocks: [
          { type: 'p', text: 'Takk for at du vil bli ressursven!' },
          { type: 'p', text: `Søknaden din er registrert med referansen ${d.reference}.` },
          { type: 'p', text: `Ein koordinator i ${d.associationName} tek kontakt med deg, vanlegvis innan nokre dagar. Då fortel vi meir om kurset, teieplikta og politiattesten.` },
          { type: 'p', text: `Har du spørsmål? Svar på denne e-posten eller kontakt ${d.associationName}: ${contact}.` },
          { type: 'p', text: 'Har du ikkje søkt? Då kan du sjå bort frå denne e-posten.' },
        ],
      };
    case 'en':
      return {
        subject: `We have received your Ressursvenn application (${d.reference})`,
        blocks: [
          { type: 'p', text: 'Thank you for wanting to become a Ressursvenn!' },
          { type: 'p', text: `Your application is registered with the reference ${d.reference}.` },
          { type: 'p', text: `A coordinator at ${d.associationName} will contact you, usually within a few days, and tell you more about the course, confidentiality and the police certificate.` },
          { type: 'p', text: `Questions? Reply to this email or contact ${d.associationName}: ${contact}.` },
          { type: 'p', text: 'Did not apply? Then you can ignore this email.' },
        ],
      };
    default:
      return {
        subject: `Vi har mottatt søknaden din om å bli ressursvenn (${d.reference})`,
        blocks: [
          { type: 'p', text: 'Takk for at du vil bli ressursvenn!' },
          { type: 'p', text: `Søknaden din er registrert med referansen ${d.reference}.` },
          { type: 'p', text: `En koordinator i ${d.associationName} tar kontakt med deg, vanligvis innen noen dager. Da forteller vi mer om kurset, taushetsplikten og politiattesten.` },
          { type: 'p', text: `Har du spørsmål? Svar på denne e-posten eller kontakt ${d.associationName}: ${contact}.` },
          { type: 'p', text: 'Har du ikke søkt? Da kan du se bort fra denne e-posten.' },
        ],
      };
  }
}
