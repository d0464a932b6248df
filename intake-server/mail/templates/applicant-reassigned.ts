/**
 * To the applicant when a coordinator passed her application on to another association: who will contact her now
 * and how to reach them. Never the reason, never what she submitted.
 */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { ApplicantUpdateData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';
import { associationContact } from './applicant-receipt.js';

interface Wording {
  subject: (reference: string) => string;
  moved: (association: string) => string;
  next: (association: string) => string;
  questions: (association: string, contact: string) => string;
  reference: (reference: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Søknaden din om å bli ressursvenn er sendt videre (${r})`,
    moved: (a) => `Søknaden din om å bli ressursvenn er sendt videre til ${a}, som har ressursvenner i området der du bor.`,
    next: (a) => `Nå er det en koordinator i ${a} som tar kontakt med deg. Du trenger ikke å søke på nytt.`,
    questions: (a, c) => `Har du spørsmål? Svar på denne e-posten eller kontakt ${a}: ${c}.`,
    reference: (r) => `Referansenummeret ditt er fortsatt ${r}.`,
  },
  nn: {
    subject: (r) => `Søknaden din om å bli ressursvenn er sendt vidare (${r})`,
    moved: (a) => `Søknaden din om å bli ressursvenn er sendt vidare til ${a}, som har ressursvenner i området der du bur.`,
    next: (a) => `No er det ein koordinator i ${a} som tek kontakt med deg. Du treng ikkje søkje på nytt.`,
    questions: (a, c) => `Har du spørsmål? Svar på denne e-posten eller kontakt ${a}: ${c}.`,
    reference: (r) => `Referansenummeret ditt er framleis ${r}.`,
  },
  en: {
    subject: (r) => `Your Ressursvenn application has been passed on (${r})`,
    moved: (a) => `Your application to become a Ressursvenn volunteer has been passed on to ${a}, which has Ressursvenn volunteers where you live.`,
    next: (a) => `A coordinator at ${a} will now contact you. You do not need to apply again.`,
    questions: (a, c) => `Questions? Reply to this email or contact ${a}: ${c}.`,
    reference: (r) => `Your reference number is still ${r}.`,
  },
};

/** Builds the mail in the language of her application. */
export function applicantReassigned(d: ApplicantUpdateData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const contact = associationContact(d);
  return {
    subject: w.subject(d.reference),
    blocks: [
      { type: 'p', text: w.moved(d.associationName) },
      { type: 'p', text: w.next(d.associationName) },
      { type: 'p', text: w.questions(d.associationName, contact) },
      { type: 'p', text: w.reference(d.reference) },
    ],
  };
}
