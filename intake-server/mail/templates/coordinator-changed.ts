/** To a person added to or removed from an association's coordinators: which association, what, when. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { MailContent } from '../mail-content.js';
import type { CoordinatorChangedData } from '../mail-kinds.js';
import { formatOsloTime } from '../../lib/oslo-format.js';

interface Wording {
  subject: Record<CoordinatorChangedData['change'], (association: string) => string>;
  what: Record<CoordinatorChangedData['change'], (association: string, time: string) => string>;
  meaning: Record<CoordinatorChangedData['change'], string>;
  signIn: string;
  unexpected: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: {
      added: (a) => `Du er lagt til som koordinator for ${a} i Ressursvenn`,
      removed: (a) => `Du er fjernet som koordinator for ${a} i Ressursvenn`,
    },
    what: {
      added: (a, t) => `Du ble lagt til som koordinator for ${a} på koordinatorsidene til Ressursvenn ${t}.`,
      removed: (a, t) => `Du ble fjernet som koordinator for ${a} på koordinatorsidene til Ressursvenn ${t}.`,
    },
    meaning: {
      added: 'Du får e-post om nye søknader til foreningen, og du kan se dem når du logger inn.',
      removed: 'Du får ikke lenger e-post om søknadene til foreningen, og du ser dem ikke når du logger inn.',
    },
    signIn: 'Logg inn på koordinatorsidene med denne e-postadressen',
    unexpected: 'Hvis du ikke ventet dette, ta kontakt med hovedkoordinatoren i foreningen eller med nasjonal kontaktperson.',
  },
  nn: {
    subject: {
      added: (a) => `Du er lagd til som koordinator for ${a} i Ressursvenn`,
      removed: (a) => `Du er fjerna som koordinator for ${a} i Ressursvenn`,
    },
    what: {
      added: (a, t) => `Du vart lagd til som koordinator for ${a} på koordinatorsidene til Ressursvenn ${t}.`,
      removed: (a, t) => `Du vart fjerna som koordinator for ${a} på koordinatorsidene til Ressursvenn ${t}.`,
    },
    meaning: {
      added: 'Du får e-post om nye søknader til foreininga, og du kan sjå dei når du loggar inn.',
      removed: 'Du får ikkje lenger e-post om søknadene til foreininga, og du ser dei ikkje når du loggar inn.',
    },
    signIn: 'Logg inn på koordinatorsidene med denne e-postadressa',
    unexpected: 'Om du ikkje venta dette, ta kontakt med hovudkoordinatoren i foreininga eller med nasjonal kontaktperson.',
  },
  en: {
    subject: {
      added: (a) => `You were added as a coordinator of ${a} in Ressursvenn`,
      removed: (a) => `You were removed as a coordinator of ${a} in Ressursvenn`,
    },
    what: {
      added: (a, t) => `You were added as a coordinator of ${a} on the Ressursvenn coordinator pages on ${t}.`,
      removed: (a, t) => `You were removed as a coordinator of ${a} on the Ressursvenn coordinator pages on ${t}.`,
    },
    meaning: {
      added: 'You will get an email about new applications to the association, and you can see them when you sign in.',
      removed: 'You will no longer get emails about the association’s applications, and you will not see them when you sign in.',
    },
    signIn: 'Sign in to the coordinator pages with this email address',
    unexpected: 'If you did not expect this, please contact the association’s lead coordinator or the national contact.',
  },
};

export function coordinatorChanged(d: CoordinatorChangedData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  return {
    subject: w.subject[d.change](d.associationName),
    blocks: [
      { type: 'p', text: w.what[d.change](d.associationName, formatOsloTime(d.at, lang)) },
      { type: 'p', text: w.meaning[d.change] },
      ...(d.change === 'added' && d.signInUrl ? [{ type: 'link' as const, label: w.signIn, href: d.signInUrl }] : []),
      { type: 'p', text: w.unexpected },
    ],
  };
}
