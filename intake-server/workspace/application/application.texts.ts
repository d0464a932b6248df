/** The words of the application page's details and history. The forms have theirs in `follow-up.texts.ts`. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { Answers } from '../../applications/application.js';

export interface ApplicationTexts {
  reference: (r: string) => string;
  overview: string;
  status: string;
  applied: string;
  association: string;
  sharedWith: string;
  contactHeading: string;
  name: string;
  email: string;
  phone: string;
  postalCode: string;
  kommune: string;
  /** The language she filled the form in: the receipt and every later mail to her are in it. */
  formLanguage: string;
  languageNames: Record<Language, string>;
  answersHeading: string;
  answer: Record<keyof Answers, string>;
  flagsHeading: string;
  noFlags: string;
  motivation: string;
  languages: string;
  freeTextNote: string;
  privacyHeading: string;
  privacy: (version: string, when: string) => string;
  repeatOf: string;
  openFirst: string;
  repeatsHeading: string;
  unrouted: string;
  saved: Record<'changes' | 'unchanged' | 'handler' | 'reassigned' | 'declined' | 'note_edited' | 'note_deleted', string>;
  historyHeading: string;
  event: {
    received: string;
    status: (from: string, to: string) => string;
    checklist: string;
    checklistItem: Record<'course_completed' | 'confidentiality_signed' | 'police_certificate_presented', string>;
    cleared: string;
    taken: string;
    released: string;
    reassigned: (to: string) => string;
    note: string;
    noteEdited: string;
    noteDeleted: string;
    reminder: string;
    escalated: string;
    other: (kind: string) => string;
  };
  /** Who did it, after the event: «La til et notat – Kari Koordinator» («… av Kari» read as if the note were hers). */
  by: (name: string) => string;
}

const nb: ApplicationTexts = {
  reference: (r) => `Referanse ${r}`,
  overview: 'Oversikt',
  status: 'Status',
  applied: 'Søkte',
  association: 'Forening',
  sharedWith: 'Også sendt til',
  contactHeading: 'Kontaktopplysninger',
  name: 'Navn',
  email: 'E-post',
  phone: 'Telefon',
  postalCode: 'Postnummer',
  kommune: 'Kommune',
  formLanguage: 'Søknadens språk',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
  answersHeading: 'Svar i søknaden',
  answer: {
    age25OrOlder: 'Er 25 år eller eldre',
    canCommit: 'Kan møtes 2–4 ganger i måneden i 9–12 måneder',
    willTakeCourse: 'Vil ta kurset',
    willSignConfidentiality: 'Vil skrive under på taushets- og etikkerklæringen',
    willShowPoliceCertificate: 'Vil vise politiattest',
  },
  flagsHeading: 'Ting å snakke om',
  noFlags: 'Ingenting spesielt: søkeren har svart ja på alt.',
  motivation: 'Hvorfor søkeren vil bli ressursvenn',
  languages: 'Språk søkeren snakker',
  freeTextNote: 'Søkerens egne ord. De vises bare her, aldri i e-post.',
  privacyHeading: 'Personvern',
  privacy: (v, when) => `Søkeren bekreftet å ha lest personvernerklæringen (versjon ${v}) ${when}.`,
  repeatOf: 'Dette er en gjentatt søknad fra en som har søkt før. Følg opp den første søknaden.',
  openFirst: 'Åpne den første søknaden',
  repeatsHeading: 'Søkte på nytt',
  unrouted: 'Ingen lokalforening kunne ta imot denne søknaden. Bruk «Send til en annen forening» lenger ned.',
  saved: {
    changes: 'Endringene er lagret.',
    unchanged: 'Ingenting var endret, så ingenting ble lagret.',
    handler: 'Lagret.',
    reassigned: 'Søknaden er sendt videre. Koordinatorene der og søkeren har fått e-post.',
    declined: 'Søknaden er avslått, og søkeren har fått e-post om det.',
    note_edited: 'Notatet er endret.',
    note_deleted: 'Notatet er slettet.',
  },
  historyHeading: 'Historikk',
  event: {
    received: 'Søknaden kom inn',
    status: (from, to) => `Status endret fra «${from}» til «${to}»`,
    checklist: 'Sjekklisten oppdatert',
    checklistItem: { course_completed: 'kurset fullført', confidentiality_signed: 'erklæringen skrevet under', police_certificate_presented: 'politiattest vist fram' },
    cleared: 'fjernet',
    taken: 'Tok ansvar for oppfølgingen',
    released: 'Ga fra seg oppfølgingen',
    reassigned: (to) => `Sendt videre til ${to}`,
    note: 'La til et notat',
    noteEdited: 'Endret et notat',
    noteDeleted: 'Slettet et notat',
    reminder: 'Påminnelse sendt til koordinatorene',
    escalated: 'Varslet nasjonal kontaktperson',
    other: (k) => `Hendelse: ${k}`,
  },
  by: (name) => `– ${name}`,
};

const nn: ApplicationTexts = {
  reference: (r) => `Referanse ${r}`,
  overview: 'Oversikt',
  status: 'Status',
  applied: 'Søkte',
  association: 'Foreining',
  sharedWith: 'Også sendt til',
  contactHeading: 'Kontaktopplysningar',
  name: 'Namn',
  email: 'E-post',
  phone: 'Telefon',
  postalCode: 'Postnummer',
  kommune: 'Kommune',
  formLanguage: 'Språket i søknaden',
  languageNames: { nb: 'Bokmål', nn: 'Nynorsk', en: 'Engelsk' },
  answersHeading: 'Svar i søknaden',
  answer: {
    age25OrOlder: 'Er 25 år eller eldre',
    canCommit: 'Kan møtast 2–4 gonger i månaden i 9–12 månader',
    willTakeCourse: 'Vil ta kurset',
    willSignConfidentiality: 'Vil skrive under på teieplikt- og etikkfråsegna',
    willShowPoliceCertificate: 'Vil vise politiattest',
  },
  flagsHeading: 'Ting å snakke om',
  noFlags: 'Ingenting spesielt: søkjaren har svart ja på alt.',
  motivation: 'Kvifor søkjaren vil bli ressursvenn',
  languages: 'Språk søkjaren snakkar',
  freeTextNote: 'Orda til søkjaren sjølv. Dei blir berre viste her, aldri i e-post.',
  privacyHeading: 'Personvern',
  privacy: (v, when) => `Søkjaren stadfesta å ha lese personvernerklæringa (versjon ${v}) ${when}.`,
  repeatOf: 'Dette er ein gjenteken søknad frå ein som har søkt før. Følg opp den første søknaden.',
  openFirst: 'Opne den første søknaden',
  repeatsHeading: 'Søkte på nytt',
  unrouted: 'Inga lokalforeining kunne ta imot denne søknaden. Bruk «Send til ei anna foreining» lenger ned.',
  saved: {
    changes: 'Endringane er lagra.',
    unchanged: 'Ingenting var endra, så ingenting vart lagra.',
    handler: 'Lagra.',
    reassigned: 'Søknaden er sendt vidare. Koordinatorane der og søkjaren har fått e-post.',
    declined: 'Søknaden er avslått, og søkjaren har fått e-post om det.',
    note_edited: 'Notatet er endra.',
    note_deleted: 'Notatet er sletta.',
  },
  historyHeading: 'Historikk',
  event: {
    received: 'Søknaden kom inn',
    status: (from, to) => `Status endra frå «${from}» til «${to}»`,
    checklist: 'Sjekklista oppdatert',
    checklistItem: { course_completed: 'kurset fullført', confidentiality_signed: 'fråsegna skriven under', police_certificate_presented: 'politiattest vist fram' },
    cleared: 'fjerna',
    taken: 'Tok ansvar for oppfølginga',
    released: 'Gav frå seg oppfølginga',
    reassigned: (to) => `Sendt vidare til ${to}`,
    note: 'La til eit notat',
    noteEdited: 'Endra eit notat',
    noteDeleted: 'Sletta eit notat',
    reminder: 'Påminning sendt til koordinatorane',
    escalated: 'Varsla nasjonal kontaktperson',
    other: (k) => `Hending: ${k}`,
  },
  by: (name) => `– ${name}`,
};

const en: ApplicationTexts = {
  reference: (r) => `Reference ${r}`,
  overview: 'Overview',
  status: 'Status',
  applied: 'Applied',
  association: 'Association',
  sharedWith: 'Also sent to',
  contactHeading: 'Contact details',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  postalCode: 'Postcode',
  kommune: 'Municipality',
  formLanguage: 'Language of the application',
  languageNames: { nb: 'Norwegian (Bokmål)', nn: 'Norwegian (Nynorsk)', en: 'English' },
  answersHeading: 'Answers in the application',
  answer: {
    age25OrOlder: 'Is 25 or older',
    canCommit: 'Can meet 2–4 times a month for 9–12 months',
    willTakeCourse: 'Will take the course',
    willSignConfidentiality: 'Will sign the confidentiality and ethics declaration',
    willShowPoliceCertificate: 'Will show a police certificate',
  },
  flagsHeading: 'Things to talk through',
  noFlags: 'Nothing in particular: the applicant answered yes to everything.',
  motivation: 'Why the applicant wants to become a Ressursvenn volunteer',
  languages: 'Languages the applicant speaks',
  freeTextNote: 'The applicant’s own words. They are shown only here, never in email.',
  privacyHeading: 'Privacy',
  privacy: (v, when) => `The applicant confirmed reading the privacy notice (version ${v}) on ${when}.`,
  repeatOf: 'This is a repeat application from someone who applied before. Follow up the first application.',
  openFirst: 'Open the first application',
  repeatsHeading: 'Applied again',
  unrouted: 'No local association could take this application. Use “Pass on to another association” further down.',
  saved: {
    changes: 'Your changes have been saved.',
    unchanged: 'Nothing had changed, so nothing was saved.',
    handler: 'Saved.',
    reassigned: 'The application has been passed on. Its coordinators and the applicant have been emailed.',
    declined: 'The application has been declined, and the applicant has been emailed.',
    note_edited: 'The note has been changed.',
    note_deleted: 'The note has been deleted.',
  },
  historyHeading: 'History',
  event: {
    received: 'The application arrived',
    status: (from, to) => `Status changed from “${from}” to “${to}”`,
    checklist: 'Checklist updated',
    checklistItem: { course_completed: 'course completed', confidentiality_signed: 'declaration signed', police_certificate_presented: 'police certificate shown' },
    cleared: 'removed',
    taken: 'Took on the follow-up',
    released: 'Handed back the follow-up',
    reassigned: (to) => `Passed on to ${to}`,
    note: 'Added a note',
    noteEdited: 'Changed a note',
    noteDeleted: 'Deleted a note',
    reminder: 'Reminder sent to the coordinators',
    escalated: 'Alerted the national contact',
    other: (k) => `Event: ${k}`,
  },
  by: (name) => `– ${name}`,
};

const TEXTS: LanguageTexts<ApplicationTexts> = { nb, nn, en };

/** The application page's words in `language`. */
export function applicationTexts(language: Language): ApplicationTexts {
  return textsFor(TEXTS, language);
}
