/** The receipt to the applicant: the reference, what happens next and whom to ask. Never echoes what was submitted. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { ApplicantReceiptData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';

interface Wording {
  subject: (reference: string) => string;
  thanks: string;
  reference: (reference: string) => string;
  next: (association: string) => string;
  questions: (association: string, contact: string) => string;
  notYou: string;
  withdraw: string;
  withdrawLink: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Vi har mottatt søknaden din om å bli ressursvenn (${r})`,
    thanks: 'Takk for at du vil bli ressursvenn!',
    reference: (r) => `Referansenummeret ditt er ${r}.`,
    next: (a) =>
      `En koordinator i ${a} tar kontakt med deg, vanligvis innen noen dager, og forteller mer om kurset, taushets- og etikkerklæringen og politiattesten.`,
    questions: (a, c) => `Har du spørsmål? Svar på denne e-posten eller kontakt ${a}: ${c}.`,
    notYou: 'Har du ikke søkt? Da kan du se bort fra denne e-posten.',
    withdraw: 'Ombestemmer du deg, kan du trekke søknaden selv. Da sletter vi den og alt vi har om den, og sanitetsforeningen får bare beskjed om at den er trukket.',
    withdrawLink: 'Trekk søknaden',
  },
  nn: {
    subject: (r) => `Vi har fått søknaden din om å bli ressursvenn (${r})`,
    thanks: 'Takk for at du vil bli ressursvenn!',
    reference: (r) => `Referansenummeret ditt er ${r}.`,
    next: (a) =>
      `Ein koordinator i ${a} tek kontakt med deg, vanlegvis innan nokre dagar, og fortel meir om kurset, teieplikt- og etikkfråsegna og politiattesten.`,
    questions: (a, c) => `Har du spørsmål? Svar på denne e-posten eller kontakt ${a}: ${c}.`,
    notYou: 'Har du ikkje søkt? Då kan du sjå bort frå denne e-posten.',
    withdraw: 'Ombestemmer du deg, kan du trekkje søknaden sjølv. Då slettar vi han og alt vi har om han, og sanitetsforeininga får berre melding om at han er trekt.',
    withdrawLink: 'Trekk søknaden',
  },
  en: {
    subject: (r) => `We have received your Ressursvenn application (${r})`,
    thanks: 'Thank you for wanting to become a Ressursvenn volunteer!',
    reference: (r) => `Your reference number is ${r}.`,
    next: (a) =>
      `A coordinator at ${a} will contact you, usually within a few days, and tell you more about the course, the confidentiality and ethics declaration and the police certificate.`,
    questions: (a, c) => `Questions? Reply to this email or contact ${a}: ${c}.`,
    notYou: 'If you did not apply, you can ignore this email.',
    withdraw: 'If you change your mind, you can withdraw your application yourself. We then delete it and everything we hold about it, and the association is only told that it was withdrawn.',
    withdrawLink: 'Withdraw the application',
  },
};

/** How to reach the association, as mails to the applicant give it: the address, and the phone when it has one. */
export function associationContact(d: { contactEmail: string; contactPhone: string | null }): string {
  return d.contactPhone ? `${d.contactEmail}, ${d.contactPhone}` : d.contactEmail;
}

/** Builds the receipt in the language the applicant used. */
export function applicantReceipt(d: ApplicantReceiptData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const contact = associationContact(d);
  return {
    subject: w.subject(d.reference),
    blocks: [
      { type: 'p', text: w.thanks },
      { type: 'p', text: w.reference(d.reference) },
      { type: 'p', text: w.next(d.associationName) },
      { type: 'p', text: w.questions(d.associationName, contact) },
      ...(d.withdrawUrl ? [{ type: 'p' as const, text: w.withdraw }, { type: 'link' as const, label: w.withdrawLink, href: d.withdrawUrl }] : []),
      { type: 'p', text: w.notYou },
    ],
  };
}
