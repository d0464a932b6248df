/** To the coordinators when the applicant withdrew her application: the reference and nothing else (no name, no details). */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { ApplicationWithdrawnData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';

interface Wording {
  subject: (reference: string) => string;
  body: (reference: string) => string;
  nothingToDo: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Søknad ${r} er trukket`,
    body: (r) => `Søkeren har selv trukket søknaden ${r}. Søknaden og alt som hørte til den, er slettet.`,
    nothingToDo: 'Du trenger ikke gjøre noe. Har du notert noe om søknaden utenfor tjenesten, skal det også slettes.',
  },
  nn: {
    subject: (r) => `Søknad ${r} er trekt`,
    body: (r) => `Søkjaren har sjølv trekt søknaden ${r}. Søknaden og alt som høyrde til han, er sletta.`,
    nothingToDo: 'Du treng ikkje gjere noko. Har du notert noko om søknaden utanfor tenesta, skal det òg slettast.',
  },
  en: {
    subject: (r) => `Application ${r} has been withdrawn`,
    body: (r) => `The applicant has withdrawn application ${r} herself. The application and everything attached to it have been deleted.`,
    nothingToDo: 'You do not need to do anything. If you noted anything about the application outside the service, delete that too.',
  },
};

export function applicationWithdrawn(d: ApplicationWithdrawnData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  return { subject: w.subject(d.reference), blocks: [{ type: 'p', text: w.body(d.reference) }, { type: 'p', text: w.nothingToDo }] };
}
