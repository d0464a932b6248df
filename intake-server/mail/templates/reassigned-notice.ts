/** The notice to coordinators of an association an application was passed on to: first name, place, link. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { MailContent } from '../mail-content.js';
import type { ReassignedNoticeData } from '../mail-kinds.js';

interface Wording {
  subject: (reference: string) => string;
  place: (postalCode: string, kommune: string | null) => string;
  passedOn: (who: string, association: string) => string;
  open: string;
  respond: (reference: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Søknad om å bli ressursvenn sendt videre til dere (${r})`,
    place: (p, k) => (k ? `postnummer ${p}, ${k} kommune` : `postnummer ${p}`),
    passedOn: (who, a) => `Søknaden fra ${who} er sendt videre til ${a}, fordi søkeren bor i området deres.`,
    open: 'Åpne søknaden',
    respond: (r) => `Ta kontakt med søkeren innen tre arbeidsdager. Referanse: ${r}.`,
  },
  nn: {
    subject: (r) => `Søknad om å bli ressursvenn sendt vidare til dykk (${r})`,
    place: (p, k) => (k ? `postnummer ${p}, ${k} kommune` : `postnummer ${p}`),
    passedOn: (who, a) => `Søknaden frå ${who} er sendt vidare til ${a}, fordi søkjaren bur i området dykkar.`,
    open: 'Opne søknaden',
    respond: (r) => `Ta kontakt med søkjaren innan tre arbeidsdagar. Referanse: ${r}.`,
  },
  en: {
    subject: (r) => `A Ressursvenn application passed on to you (${r})`,
    place: (p, k) => (k ? `postcode ${p}, ${k} municipality` : `postcode ${p}`),
    passedOn: (who, a) => `The application from ${who} has been passed on to ${a}, because the applicant lives in your area.`,
    open: 'Open the application',
    respond: (r) => `Please contact the applicant within three working days. Reference: ${r}.`,
  },
};

/** Builds the notice in the receiving association's language. */
export function reassignedNotice(d: ReassignedNoticeData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  return {
    subject: w.subject(d.reference),
    blocks: [
      { type: 'p', text: w.passedOn(`${d.firstName} (${w.place(d.postalCode, d.kommuneName ?? null)})`, d.associationName) },
      { type: 'link', label: w.open, href: d.applicationUrl },
      { type: 'p', text: w.respond(d.reference) },
    ],
  };
}
