/**
 * To the applicant when the association closed her application (declined): kind and short, no reason given, and
 * nothing she submitted.
 */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { ApplicantUpdateData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';
import { associationContact } from './applicant-receipt.js';

interface Wording {
  subject: (reference: string) => string;
  thanks: string;
  closed: (association: string) => string;
  questions: (association: string, contact: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Søknaden din om å bli ressursvenn (${r})`,
    thanks: 'Takk for at du ville bli ressursvenn, og for tiden du har brukt på det.',
    closed: (a) => `${a} går ikke videre med søknaden din denne gangen, og vi har avsluttet den.`,
    questions: (a, c) => `Har du spørsmål? Svar på denne e-posten eller kontakt ${a}: ${c}.`,
  },
  nn: {
    subject: (r) => `Søknaden din om å bli ressursvenn (${r})`,
    thanks: 'Takk for at du ville bli ressursvenn, og for tida du har brukt på det.',
    closed: (a) => `${a} går ikkje vidare med søknaden din denne gongen, og vi har avslutta han.`,
    questions: (a, c) => `Har du spørsmål? Svar på denne e-posten eller kontakt ${a}: ${c}.`,
  },
  en: {
    subject: (r) => `Your Ressursvenn application (${r})`,
    thanks: 'Thank you for wanting to become a Ressursvenn volunteer, and for the time you have given to it.',
    closed: (a) => `${a} will not be taking your application further this time, and it has now been closed.`,
    questions: (a, c) => `Questions? Reply to this email or contact ${a}: ${c}.`,
  },
};

/** Builds the mail in the language of her application. */
export function applicantClosed(d: ApplicantUpdateData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const contact = associationContact(d);
  return {
    subject: w.subject(d.reference),
    blocks: [
      { type: 'p', text: w.thanks },
      { type: 'p', text: w.closed(d.associationName) },
      { type: 'p', text: w.questions(d.associationName, contact) },
    ],
  };
}
