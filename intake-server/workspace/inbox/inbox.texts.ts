/** The words of the inbox page. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface InboxTexts {
  title: string;
  intro: string;
  adminIntro: string;
  filterHeading: string;
  association: string;
  allMine: string;
  allAssociations: string;
  status: string;
  open: string;
  all: string;
  show: string;
  who: string;
  whoEveryone: string;
  whoMine: string;
  whoNobody: string;
  order: string;
  orderWaiting: string;
  orderNewest: string;
  search: string;
  searchHint: string;
  searchTooLong: (max: number) => string;
  errorSummary: string;
  searchedFor: (query: string) => string;
  clearSearch: string;
  count: (n: number) => string;
  empty: string;
  applied: (ago: string) => string;
  handledBy: (name: string) => string;
  nobody: string;
  waiting: (days: number) => string;
  appliedAgain: string;
  repeat: string;
  flags: string;
  unroutedHeading: string;
  unroutedIntro: string;
  quarantined: (n: number) => string;
  adminHeading: string;
  nationalFigures: string;
  privacy: string;
  coverage: string;
  exportHeading: string;
  exportLink: (association: string) => string;
  exportHint: string;
  reassigned: string;
}

const nb: InboxTexts = {
  title: 'Søknader',
  intro: 'Her er alle som har søkt om å bli ressursvenn hos dere. Åpne en søknad for å se kontaktopplysningene og følge den opp.',
  adminIntro: 'Som nasjonal kontaktperson ser du søknadene til alle foreningene.',
  filterHeading: 'Hva vil du se?',
  association: 'Forening',
  allMine: 'Alle mine foreninger',
  allAssociations: 'Alle foreninger',
  status: 'Status',
  open: 'Alle som ikke er avsluttet',
  all: 'Alle, også avsluttede',
  show: 'Vis',
  who: 'Hvem følger opp',
  whoEveryone: 'Alle',
  whoMine: 'Søknader jeg følger opp',
  whoNobody: 'Søknader ingen har tatt ennå',
  order: 'Rekkefølge',
  orderWaiting: 'Lengst ventetid først',
  orderNewest: 'Nyeste først',
  search: 'Søk',
  searchHint: 'Navn, e-postadresse eller referanse',
  searchTooLong: (max) => `Søket kan være høyst ${max} tegn. Gjør det kortere.`,
  errorSummary: 'Noe må rettes',
  searchedFor: (q) => `Søk etter «${q}»`,
  clearSearch: 'Fjern søket',
  count: (n) => (n === 0 ? 'Ingen søknader' : n === 1 ? '1 søknad' : `${n} søknader`),
  empty: 'Det er ingen søknader å vise her.',
  applied: (ago) => `Søkte ${ago}`,
  handledBy: (name) => `${name} følger opp`,
  nobody: 'Ingen har tatt denne ennå',
  waiting: (d) => `Har ventet ${d} dager på første kontakt`,
  appliedAgain: 'Søkte på nytt',
  repeat: 'Gjentatt søknad fra en som har søkt før',
  flags: 'Ting å snakke om',
  unroutedHeading: 'Ikke fordelt',
  unroutedIntro: 'Ingen lokalforening kunne ta imot disse søknadene. Åpne søknaden og send den videre til riktig forening.',
  quarantined: (n) =>
    n === 1
      ? '1 innsending er holdt tilbake som mulig spam. Den vises ikke her, ingen får e-post om den, og den slettes automatisk.'
      : `${n} innsendinger er holdt tilbake som mulig spam. De vises ikke her, ingen får e-post om dem, og de slettes automatisk.`,
  adminHeading: 'For nasjonal kontaktperson',
  nationalFigures: 'Tall for hele landet',
  privacy: 'Innsyn og sletting for én person',
  coverage: 'Dekning: hvem tar imot søknader fra hver kommune',
  exportHeading: 'Last ned som regneark',
  exportLink: (a) => `Søknadene til ${a} (CSV for Excel)`,
  exportHint: 'Filen inneholder kontaktopplysninger. Ikke lagre den på en delt maskin, og slett den når du er ferdig.',
  reassigned: 'Søknaden er sendt videre. Koordinatorene i den andre foreningen har fått e-post om den.',
};

const nn: InboxTexts = {
  title: 'Søknader',
  intro: 'Her er alle som har søkt om å bli ressursvenn hos dykk. Opne ein søknad for å sjå kontaktopplysningane og følgje han opp.',
  adminIntro: 'Som nasjonal kontaktperson ser du søknadene til alle foreiningane.',
  filterHeading: 'Kva vil du sjå?',
  association: 'Foreining',
  allMine: 'Alle foreiningane mine',
  allAssociations: 'Alle foreiningar',
  status: 'Status',
  open: 'Alle som ikkje er avslutta',
  all: 'Alle, også avslutta',
  show: 'Vis',
  who: 'Kven følgjer opp',
  whoEveryone: 'Alle',
  whoMine: 'Søknader eg følgjer opp',
  whoNobody: 'Søknader ingen har teke enno',
  order: 'Rekkjefølgje',
  orderWaiting: 'Lengst ventetid først',
  orderNewest: 'Nyaste først',
  search: 'Søk',
  searchHint: 'Namn, e-postadresse eller referanse',
  searchTooLong: (max) => `Søket kan vere høgst ${max} teikn. Gjer det kortare.`,
  errorSummary: 'Noko må rettast',
  searchedFor: (q) => `Søk etter «${q}»`,
  clearSearch: 'Fjern søket',
  count: (n) => (n === 0 ? 'Ingen søknader' : n === 1 ? '1 søknad' : `${n} søknader`),
  empty: 'Det er ingen søknader å vise her.',
  applied: (ago) => `Søkte ${ago}`,
  handledBy: (name) => `${name} følgjer opp`,
  nobody: 'Ingen har teke denne enno',
  waiting: (d) => `Har venta ${d} dagar på første kontakt`,
  appliedAgain: 'Søkte på nytt',
  repeat: 'Gjenteken søknad frå ein som har søkt før',
  flags: 'Ting å snakke om',
  unroutedHeading: 'Ikkje fordelte',
  unroutedIntro: 'Inga lokalforeining kunne ta imot desse søknadene. Opne søknaden og send han vidare til rett foreining.',
  quarantined: (n) =>
    n === 1
      ? '1 innsending er halden tilbake som mogleg spam. Ho blir ikkje vist her, ingen får e-post om ho, og ho blir sletta automatisk.'
      : `${n} innsendingar er haldne tilbake som mogleg spam. Dei blir ikkje viste her, ingen får e-post om dei, og dei blir sletta automatisk.`,
  adminHeading: 'For nasjonal kontaktperson',
  nationalFigures: 'Tal for heile landet',
  privacy: 'Innsyn og sletting for éin person',
  coverage: 'Dekning: kven tek imot søknader frå kvar kommune',
  exportHeading: 'Last ned som rekneark',
  exportLink: (a) => `Søknadene til ${a} (CSV for Excel)`,
  exportHint: 'Fila inneheld kontaktopplysningar. Ikkje lagre ho på ei delt maskin, og slett ho når du er ferdig.',
  reassigned: 'Søknaden er sendt vidare. Koordinatorane i den andre foreininga har fått e-post om han.',
};

const en: InboxTexts = {
  title: 'Applications',
  intro: 'Everyone who has applied to become a Ressursvenn volunteer with you. Open an application to see the contact details and follow it up.',
  adminIntro: 'As the national contact you see the applications of every association.',
  filterHeading: 'What do you want to see?',
  association: 'Association',
  allMine: 'All my associations',
  allAssociations: 'All associations',
  status: 'Status',
  open: 'Open applications',
  all: 'All, including closed',
  show: 'Show',
  who: 'Who is following up',
  whoEveryone: 'Everyone',
  whoMine: 'Applications I follow up',
  whoNobody: 'Applications nobody has taken yet',
  order: 'Order',
  orderWaiting: 'Longest waiting first',
  orderNewest: 'Newest first',
  search: 'Search',
  searchHint: 'Name, email address or reference',
  searchTooLong: (max) => `The search can be at most ${max} characters. Make it shorter.`,
  errorSummary: 'Something needs correcting',
  searchedFor: (q) => `Search for “${q}”`,
  clearSearch: 'Clear the search',
  count: (n) => (n === 0 ? 'No applications' : n === 1 ? '1 application' : `${n} applications`),
  empty: 'There are no applications to show here.',
  applied: (ago) => `Applied ${ago}`,
  handledBy: (name) => `${name} is following up`,
  nobody: 'Nobody has taken this yet',
  waiting: (d) => `Has waited ${d} days for a first contact`,
  appliedAgain: 'Applied again',
  repeat: 'Repeat application from someone who applied before',
  flags: 'Things to talk through',
  unroutedHeading: 'Not assigned',
  unroutedIntro: 'No local association could take these applications. Open one and pass it on to the right association.',
  quarantined: (n) =>
    n === 1
      ? '1 submission is held back as possible spam. It is not shown here, nobody is emailed about it, and it is deleted automatically.'
      : `${n} submissions are held back as possible spam. They are not shown here, nobody is emailed about them, and they are deleted automatically.`,
  adminHeading: 'For the national contact',
  nationalFigures: 'Figures for the whole country',
  privacy: 'Access and erasure for one person',
  coverage: 'Coverage: who takes applications from each kommune',
  exportHeading: 'Download as a spreadsheet',
  exportLink: (a) => `Applications of ${a} (CSV for Excel)`,
  exportHint: 'The file holds contact details. Do not keep it on a shared computer, and delete it when you are done.',
  reassigned: 'The application has been passed on. The coordinators of the other association have been emailed.',
};

const TEXTS: LanguageTexts<InboxTexts> = { nb, nn, en };

/** The inbox's words in `language`. */
export function inboxTexts(language: Language): InboxTexts {
  return textsFor(TEXTS, language);
}
