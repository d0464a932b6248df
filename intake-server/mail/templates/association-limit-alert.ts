/** The alert to the national contact when an association's hourly budget holds applications back. No personal data. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { MailContent } from '../mail-content.js';
import type { AssociationLimitAlertData } from '../mail-kinds.js';
import { formatOsloTime } from '../../lib/oslo-format.js';

interface Wording {
  subject: (association: string) => string;
  held: (association: string, since: string) => string;
  why: string;
  whatToDo: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (a) => `Ressursvenn: søknader til ${a} holdes tilbake`,
    held: (a, since) =>
      `Fra ${since} har ${a} fått flere søknader enn grensen per time. Søknadene over grensen blir holdt tilbake: koordinatorene får ikke e-post om dem, og søkerne får ingen kvittering før noen slipper dem inn.`,
    why: 'Det kan være stor pågang, eller noen som sender mange falske søknader for å skjule de ekte.',
    whatToDo:
      'Logg inn i arbeidsflaten og åpne «Holdt tilbake». Der kan du og koordinatorene i foreningen slippe inn søknadene som ser ekte ut og forkaste resten. Søknader ingen slipper inn, blir slettet automatisk.',
  },
  nn: {
    subject: (a) => `Ressursvenn: søknader til ${a} blir haldne tilbake`,
    held: (a, since) =>
      `Frå ${since} har ${a} fått fleire søknader enn grensa per time. Søknadene over grensa blir haldne tilbake: koordinatorane får ikkje e-post om dei, og søkjarane får inga kvittering før nokon slepper dei inn.`,
    why: 'Det kan vere stor pågang, eller nokon som sender mange falske søknader for å gøyme dei ekte.',
    whatToDo:
      'Logg inn i arbeidsflata og opne «Halde tilbake». Der kan du og koordinatorane i foreininga sleppe inn søknadene som ser ekte ut og forkaste resten. Søknader ingen slepper inn, blir sletta automatisk.',
  },
  en: {
    subject: (a) => `Ressursvenn: applications to ${a} are being held back`,
    held: (a, since) =>
      `Since ${since}, ${a} has received more applications than its hourly limit. Those over the limit are held back: the coordinators get no email about them, and the applicants get no receipt until someone lets them through.`,
    why: 'It may be a rush of applications, or someone sending many fake ones to hide the real ones.',
    whatToDo:
      'Sign in to the workspace and open “Held back”. There you and the association’s coordinators can let through the applications that look real and discard the rest. Applications nobody lets through are deleted automatically.',
  },
};

export function associationLimitAlert(d: AssociationLimitAlertData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  return {
    subject: w.subject(d.associationName),
    blocks: [
      { type: 'p', text: w.held(d.associationName, formatOsloTime(d.since, lang)) },
      { type: 'p', text: w.why },
      { type: 'p', text: w.whatToDo },
    ],
  };
}
