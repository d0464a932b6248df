/** The few words of the hosted pages around the form, in the form's three languages. */
import { FORM_FRAME_TITLES } from '../../contract/index.js';
import type { LanguageTexts } from '../texts.js';

export interface HostedTexts {
  /** Above the association's name. */
  kicker: string;
  pageTitle: (association: string) => string;
  /** The frame's accessible name: the contract's, shared with the widget's isolated frame. */
  frameTitle: string;
  contactPrefix: string;
  programme: string;
  notFoundTitle: string;
  notFound: string;
}

export const HOSTED_TEXTS: LanguageTexts<HostedTexts> = {
  nb: {
    kicker: 'Ressursvenn',
    pageTitle: (association) => `Søk om å bli ressursvenn – ${association}`,
    frameTitle: FORM_FRAME_TITLES.nb,
    contactPrefix: 'Spørsmål? Kontakt oss på',
    programme: 'Ressursvenn er et tilbud fra Norske Kvinners Sanitetsforening.',
    notFoundTitle: 'Fant ikke skjemaet',
    notFound: 'Vi fant ingen sanitetsforening med denne adressen. Sjekk lenken, eller spør sanitetsforeningen du vil bli ressursvenn hos.',
  },
  nn: {
    kicker: 'Ressursvenn',
    pageTitle: (association) => `Søk om å bli ressursvenn – ${association}`,
    frameTitle: FORM_FRAME_TITLES.nn,
    contactPrefix: 'Spørsmål? Kontakt oss på',
    programme: 'Ressursvenn er eit tilbod frå Norske Kvinners Sanitetsforening.',
    notFoundTitle: 'Fann ikkje skjemaet',
    notFound: 'Vi fann inga sanitetsforeining med denne adressa. Sjekk lenkja, eller spør sanitetsforeininga du vil bli ressursvenn hos.',
  },
  en: {
    kicker: 'Ressursvenn volunteers',
    pageTitle: (association) => `Apply to become a Ressursvenn volunteer – ${association}`,
    frameTitle: FORM_FRAME_TITLES.en,
    contactPrefix: 'Questions? Contact us at',
    programme: 'Ressursvenn is a programme of Norske Kvinners Sanitetsforening.',
    notFoundTitle: 'Form not found',
    notFound: 'We found no association at this address. Check the link, or ask the association you want to volunteer with.',
  },
};
