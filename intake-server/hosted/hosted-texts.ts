/** The few words of the hosted pages around the form, in the form's three languages. */
import type { Language } from '../../contract/index.js';

export interface HostedTexts {
  /** Above the association's name. */
  kicker: string;
  pageTitle: (association: string) => string;
  frameTitle: string;
  noscript: string;
  contactPrefix: string;
  programme: string;
  notFoundTitle: string;
  notFound: string;
}

export const HOSTED_TEXTS: Record<Language, HostedTexts> = {
  nb: {
    kicker: 'Ressursvenn',
    pageTitle: (association) => `Meld deg som ressursvenn – ${association}`,
    frameTitle: 'Påmeldingsskjema for ressursvenner',
    noscript: 'Skjemaet trenger JavaScript. Du kan også melde deg ved å sende en e-post til',
    contactPrefix: 'Spørsmål? Kontakt oss på',
    programme: 'Ressursvenn er et tilbud fra Norske Kvinners Sanitetsforening.',
    notFoundTitle: 'Fant ikke skjemaet',
    notFound: 'Vi fant ingen sanitetsforening med denne adressen. Sjekk lenken, eller spør foreningen du vil melde deg hos.',
  },
  nn: {
    kicker: 'Ressursvenn',
    pageTitle: (association) => `Meld deg som ressursvenn – ${association}`,
    frameTitle: 'Påmeldingsskjema for ressursvenner',
    noscript: 'Skjemaet treng JavaScript. Du kan òg melde deg ved å sende ein e-post til',
    contactPrefix: 'Spørsmål? Kontakt oss på',
    programme: 'Ressursvenn er eit tilbod frå Norske Kvinners Sanitetsforening.',
    notFoundTitle: 'Fann ikkje skjemaet',
    notFound: 'Vi fann inga sanitetsforeining med denne adressa. Sjekk lenkja, eller spør foreininga du vil melde deg hos.',
  },
  en: {
    kicker: 'Ressursvenn volunteers',
    pageTitle: (association) => `Sign up as a Ressursvenn volunteer – ${association}`,
    frameTitle: 'Ressursvenn volunteer sign-up form',
    noscript: 'The form needs JavaScript. You can also sign up by emailing',
    contactPrefix: 'Questions? Contact us at',
    programme: 'Ressursvenn is a programme of Norske Kvinners Sanitetsforening.',
    notFoundTitle: 'Form not found',
    notFound: 'We found no association at this address. Check the link, or ask the association you want to join.',
  },
};
