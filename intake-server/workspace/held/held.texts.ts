/** The words of the held-back queue: applications an association's hourly budget held back. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface HeldTexts {
  title: string;
  intro: string;
  whatRelease: string;
  deletedAfter: (days: number) => string;
  none: string;
  count: (n: number) => string;
  received: string;
  association: string;
  email: string;
  postalCode: string;
  motivation: string;
  deletedOn: (day: string) => string;
  release: string;
  discard: string;
  /** Said to a screen reader after the button's word: whose application. */
  whose: (name: string, reference: string) => string;
  released: string;
  discarded: string;
  /** The inbox's line and link. */
  inboxLine: (n: number) => string;
  inboxLink: string;
}

const nb: HeldTexts = {
  title: 'Holdt tilbake',
  intro:
    'Disse søknadene kom etter at foreningen hadde fått flere søknader enn grensen per time. De kan være ekte. Koordinatorene har ikke fått e-post om dem, og søkerne har ikke fått kvittering.',
  whatRelease: 'Slipp inn de som ser ekte ut: da blir de vanlige nye søknader, koordinatorene får e-post og søkeren får kvittering. Forkast resten.',
  deletedAfter: (d) => `Søknader ingen slipper inn, slettes automatisk ${d} dager etter at de kom inn.`,
  none: 'Ingen søknader holdes tilbake nå.',
  count: (n) => (n === 1 ? '1 søknad holdes tilbake' : `${n} søknader holdes tilbake`),
  received: 'Kom inn',
  association: 'Forening',
  email: 'E-post',
  postalCode: 'Postnummer',
  motivation: 'Hvorfor søkeren vil bli ressursvenn',
  deletedOn: (d) => `Slettes ${d} hvis ingen slipper den inn.`,
  release: 'Slipp inn',
  discard: 'Forkast',
  whose: (name, ref) => `søknaden fra ${name} (${ref})`,
  released: 'Søknaden er sluppet inn. Koordinatorene får e-post om den, og søkeren får kvittering.',
  discarded: 'Søknaden er forkastet og slettet.',
  inboxLine: (n) =>
    n === 1
      ? '1 søknad holdes tilbake fordi foreningen fikk flere søknader enn grensen per time. Den kan være ekte.'
      : `${n} søknader holdes tilbake fordi foreningen fikk flere søknader enn grensen per time. De kan være ekte.`,
  inboxLink: 'Se søknadene som holdes tilbake',
};

const nn: HeldTexts = {
  title: 'Halde tilbake',
  intro:
    'Desse søknadene kom etter at foreininga hadde fått fleire søknader enn grensa per time. Dei kan vere ekte. Koordinatorane har ikkje fått e-post om dei, og søkjarane har ikkje fått kvittering.',
  whatRelease: 'Slepp inn dei som ser ekte ut: då blir dei vanlege nye søknader, koordinatorane får e-post og søkjaren får kvittering. Forkast resten.',
  deletedAfter: (d) => `Søknader ingen slepper inn, blir sletta automatisk ${d} dagar etter at dei kom inn.`,
  none: 'Ingen søknader blir haldne tilbake no.',
  count: (n) => (n === 1 ? '1 søknad blir halden tilbake' : `${n} søknader blir haldne tilbake`),
  received: 'Kom inn',
  association: 'Foreining',
  email: 'E-post',
  postalCode: 'Postnummer',
  motivation: 'Kvifor søkjaren vil bli ressursvenn',
  deletedOn: (d) => `Blir sletta ${d} om ingen slepper han inn.`,
  release: 'Slepp inn',
  discard: 'Forkast',
  whose: (name, ref) => `søknaden frå ${name} (${ref})`,
  released: 'Søknaden er sleppt inn. Koordinatorane får e-post om han, og søkjaren får kvittering.',
  discarded: 'Søknaden er forkasta og sletta.',
  inboxLine: (n) =>
    n === 1
      ? '1 søknad blir halden tilbake fordi foreininga fekk fleire søknader enn grensa per time. Han kan vere ekte.'
      : `${n} søknader blir haldne tilbake fordi foreininga fekk fleire søknader enn grensa per time. Dei kan vere ekte.`,
  inboxLink: 'Sjå søknadene som blir haldne tilbake',
};

const en: HeldTexts = {
  title: 'Held back',
  intro:
    'These applications came in after the association had received more than its hourly limit. They may be real. The coordinators got no email about them, and the applicants got no receipt.',
  whatRelease: 'Let through the ones that look real: they become ordinary new applications, the coordinators get an email and the applicant gets her receipt. Discard the rest.',
  deletedAfter: (d) => `Applications nobody lets through are deleted automatically ${d} days after they came in.`,
  none: 'No applications are being held back now.',
  count: (n) => (n === 1 ? '1 application held back' : `${n} applications held back`),
  received: 'Received',
  association: 'Association',
  email: 'Email',
  postalCode: 'Postal code',
  motivation: 'Why the applicant wants to become a Ressursvenn volunteer',
  deletedOn: (d) => `Deleted on ${d} unless someone lets it through.`,
  release: 'Let through',
  discard: 'Discard',
  whose: (name, ref) => `the application from ${name} (${ref})`,
  released: 'The application was let through. The coordinators get an email about it, and the applicant gets her receipt.',
  discarded: 'The application was discarded and deleted.',
  inboxLine: (n) =>
    n === 1
      ? '1 application is held back because the association received more than its hourly limit. It may be real.'
      : `${n} applications are held back because the association received more than its hourly limit. They may be real.`,
  inboxLink: 'See the applications held back',
};

const TEXTS: LanguageTexts<HeldTexts> = { nb, nn, en };

export function heldTexts(language: Language): HeldTexts {
  return textsFor(TEXTS, language);
}
