/** Words every workspace page shares: statuses, soft flags, ages, yes and no, and the error pages. */
import type { SoftFlag } from '../../screening/soft-flags.js';
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { ApplicationStatus } from '../../follow-up/statuses.js';

export interface CommonTexts {
  status: Record<ApplicationStatus, string>;
  /** Short forms of the soft flags, for lists and labels. */
  flag: Record<SoftFlag, string>;
  yes: string;
  no: string;
  /** "i dag", "i går", "for 3 dager siden". */
  ago: (days: number) => string;
  backToInbox: string;
  notFoundTitle: string;
  notFoundBody: string;
}

const nb: CommonTexts = {
  status: {
    new: 'Ny',
    unrouted: 'Ikke fordelt',
    duplicate: 'Gjentatt søknad',
    quarantined: 'Holdt tilbake',
    contacted: 'Kontaktet',
    information_meeting: 'Informasjonsmøte',
    course: 'Kurs',
    checks: 'Attest og erklæring',
    ready_for_matching: 'Klar for kobling',
    declined: 'Avslått',
    withdrawn: 'Trukket seg',
  },
  flag: {
    under_25: 'Under 25 år',
    cannot_commit: 'Kan ikke love 9–12 måneder',
    no_course: 'Ikke sagt ja til kurset',
    no_confidentiality_declaration: 'Ikke sagt ja til taushets- og etikkerklæringen',
    no_police_certificate: 'Ikke sagt ja til politiattest',
  },
  yes: 'Ja',
  no: 'Nei',
  ago: (d) => (d === 0 ? 'i dag' : d === 1 ? 'i går' : `for ${d} dager siden`),
  backToInbox: 'Tilbake til søknadene',
  notFoundTitle: 'Fant ikke siden',
  notFoundBody: 'Siden finnes ikke, eller du har ikke tilgang til den. Søknader vises bare for koordinatorene i foreningen som har fått dem.',
};

const nn: CommonTexts = {
  status: {
    new: 'Ny',
    unrouted: 'Ikkje fordelt',
    duplicate: 'Gjenteken søknad',
    quarantined: 'Halden tilbake',
    contacted: 'Kontakta',
    information_meeting: 'Informasjonsmøte',
    course: 'Kurs',
    checks: 'Attest og fråsegn',
    ready_for_matching: 'Klar for kopling',
    declined: 'Avslått',
    withdrawn: 'Trekt seg',
  },
  flag: {
    under_25: 'Under 25 år',
    cannot_commit: 'Kan ikkje love 9–12 månader',
    no_course: 'Ikkje sagt ja til kurset',
    no_confidentiality_declaration: 'Ikkje sagt ja til teieplikt- og etikkfråsegna',
    no_police_certificate: 'Ikkje sagt ja til politiattest',
  },
  yes: 'Ja',
  no: 'Nei',
  ago: (d) => (d === 0 ? 'i dag' : d === 1 ? 'i går' : `for ${d} dagar sidan`),
  backToInbox: 'Tilbake til søknadene',
  notFoundTitle: 'Fann ikkje sida',
  notFoundBody: 'Sida finst ikkje, eller du har ikkje tilgang til henne. Søknader blir berre viste for koordinatorane i foreininga som har fått dei.',
};

const en: CommonTexts = {
  status: {
    new: 'New',
    unrouted: 'Not assigned',
    duplicate: 'Repeat application',
    quarantined: 'Held back',
    contacted: 'Contacted',
    information_meeting: 'Information meeting',
    course: 'Course',
    checks: 'Certificate and declaration',
    ready_for_matching: 'Ready to be paired',
    declined: 'Declined',
    withdrawn: 'Withdrawn',
  },
  flag: {
    under_25: 'Under 25',
    cannot_commit: 'Cannot promise 9–12 months',
    no_course: 'Has not agreed to the course',
    no_confidentiality_declaration: 'Has not agreed to the confidentiality and ethics declaration',
    no_police_certificate: 'Has not agreed to a police certificate',
  },
  yes: 'Yes',
  no: 'No',
  ago: (d) => (d === 0 ? 'today' : d === 1 ? 'yesterday' : `${d} days ago`),
  backToInbox: 'Back to the applications',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page does not exist, or you do not have access to it. Applications are shown only to the coordinators of the association that received them.',
};

const TEXTS: LanguageTexts<CommonTexts> = { nb, nn, en };

/** The shared words in `language`. */
export function commonTexts(language: Language): CommonTexts {
  return textsFor(TEXTS, language);
}
