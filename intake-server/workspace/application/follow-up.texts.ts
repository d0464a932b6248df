/** The words of the follow-up forms on the application page: status, checklist, notes, handler, reassignment. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { ChecklistErrorCode } from './checklist-form.js';
import type { WorkflowStatus } from '../../follow-up/statuses.js';

export type NoteErrorCode = 'note_empty' | 'note_too_long';
export type ReassignErrorCode = 'association_required';

export interface FollowUpTexts {
  errorSummary: string;
  error: Record<ChecklistErrorCode | NoteErrorCode | ReassignErrorCode, string>;
  statusHeading: string;
  statusLegend: string;
  statusHint: Record<WorkflowStatus, string>;
  checklistHeading: string;
  checklistIntro: string;
  course: string;
  confidentiality: string;
  dateHint: string;
  policeLegend: string;
  policeRule: string;
  policePresented: string;
  policeDate: string;
  checkedBy: string;
  notesHeading: string;
  noNotes: string;
  newNote: string;
  noteHint: (max: number) => string;
  /** The one button of the follow-up form, and what it saves. */
  save: string;
  saveHint: string;
  editNote: string;
  handlerHeading: string;
  youHandle: string;
  otherHandles: (name: string) => string;
  nobodyHandles: string;
  take: string;
  takeOver: string;
  release: string;
  reassignHeading: string;
  reassignHint: string;
  /** Said to coordinators only: the admin still sees everything. */
  reassignHides: string;
  reassignTo: string;
  choose: string;
  reassign: string;
  noOtherAssociations: string;
  noActiveCoordinator: string;
  withoutCoordinator: (names: string) => string;
}

const nb: FollowUpTexts = {
  errorSummary: 'Noe må rettes før det kan lagres',
  error: {
    invalid_date: 'Skriv en gyldig dato, for eksempel 27.11.2026.',
    future_date: 'Datoen kan ikke være fram i tid.',
    before_application: 'Datoen kan ikke være før søknaden kom inn.',
    date_required: 'Skriv datoen politiattesten ble vist fram.',
    checker_required: 'Velg hvem som så politiattesten.',
    note_empty: 'Skriv noe i notatet før du lagrer.',
    note_too_long: 'Notatet er for langt. Gjør det kortere.',
    association_required: 'Velg foreningen søknaden skal sendes til.',
  },
  statusHeading: 'Hvor langt har dere kommet?',
  statusLegend: 'Velg status',
  statusHint: {
    new: 'Ingen har snakket med søkeren ennå.',
    contacted: 'Dere har snakket med søkeren.',
    information_meeting: 'Søkeren er invitert til eller har vært på informasjonsmøte.',
    course: 'Søkeren er påmeldt eller går på kurset.',
    checks: 'Det gjenstår politiattest eller erklæring.',
    ready_for_matching: 'Alt er i orden. Søkeren kan kobles med en kvinne.',
    declined: 'Foreningen går ikke videre med søkeren.',
    withdrawn: 'Søkeren har trukket seg.',
  },
  checklistHeading: 'Sjekkliste',
  checklistIntro: 'Skriv datoen når noe er gjort. La feltet stå tomt hvis det ikke er gjort ennå.',
  course: 'Kurset fullført',
  confidentiality: 'Taushets- og etikkerklæringen skrevet under',
  dateHint: 'Dato',
  policeLegend: 'Politiattest',
  policeRule:
    'Her registrerer du bare at søkeren har vist fram politiattesten, når, og hvem som så den. Attesten skal ikke lastes opp, kopieres eller tas vare på, og ingenting om innholdet skal skrives ned – heller ikke i notatene.',
  policePresented: 'Ja, politiattesten er vist fram',
  policeDate: 'Dato den ble vist fram',
  checkedBy: 'Hvem så attesten',
  notesHeading: 'Notater',
  noNotes: 'Ingen notater ennå.',
  newNote: 'Nytt notat',
  noteHint: (max) =>
    `Skriv bare det dere trenger for oppfølgingen, for eksempel avtaler og hvem som har ringt. Ikke skriv om helse, vold søkeren selv har opplevd, etnisitet, religion eller hva som står i politiattesten. Høyst ${max} tegn.`,
  save: 'Lagre endringene',
  saveHint: 'Knappen lagrer status, sjekkliste og nytt notat på én gang. Velger du «Avslått», må du bekrefte det etterpå.',
  editNote: 'Endre eller slett notatet',
  handlerHeading: 'Hvem følger opp?',
  youHandle: 'Du følger opp denne søknaden.',
  otherHandles: (name) => `${name} følger opp denne søknaden.`,
  nobodyHandles: 'Ingen har tatt ansvar for denne søknaden ennå.',
  take: 'Jeg tar denne',
  takeOver: 'Jeg tar over',
  release: 'Jeg gir den fra meg',
  reassignHeading: 'Send til en annen forening',
  reassignHint: 'Bruk dette hvis søkeren bor i området til en annen lokalforening. Koordinatorene der får en e-post med lenke til søknaden.',
  reassignHides: 'Etterpå ser ikke din forening søknaden lenger.',
  reassignTo: 'Send til',
  choose: 'Velg forening',
  reassign: 'Send søknaden videre',
  noOtherAssociations: 'Det finnes ingen annen forening å sende søknaden til.',
  noActiveCoordinator: 'ingen aktiv koordinator',
  withoutCoordinator: (names) => `Kan ikke velges fordi de ikke har noen aktiv koordinator: ${names}. Nasjonal kontaktperson kan legge til en koordinator.`,
};

const nn: FollowUpTexts = {
  errorSummary: 'Noko må rettast før det kan lagrast',
  error: {
    invalid_date: 'Skriv ein gyldig dato, til dømes 27.11.2026.',
    future_date: 'Datoen kan ikkje vere fram i tid.',
    before_application: 'Datoen kan ikkje vere før søknaden kom inn.',
    date_required: 'Skriv datoen politiattesten vart vist fram.',
    checker_required: 'Vel kven som såg politiattesten.',
    note_empty: 'Skriv noko i notatet før du lagrar.',
    note_too_long: 'Notatet er for langt. Gjer det kortare.',
    association_required: 'Vel foreininga søknaden skal sendast til.',
  },
  statusHeading: 'Kor langt har de kome?',
  statusLegend: 'Vel status',
  statusHint: {
    new: 'Ingen har snakka med søkjaren enno.',
    contacted: 'De har snakka med søkjaren.',
    information_meeting: 'Søkjaren er invitert til eller har vore på informasjonsmøte.',
    course: 'Søkjaren er påmeld eller går på kurset.',
    checks: 'Det står att politiattest eller fråsegn.',
    ready_for_matching: 'Alt er i orden. Søkjaren kan koplast med ei kvinne.',
    declined: 'Foreininga går ikkje vidare med søkjaren.',
    withdrawn: 'Søkjaren har trekt seg.',
  },
  checklistHeading: 'Sjekkliste',
  checklistIntro: 'Skriv datoen når noko er gjort. La feltet stå tomt om det ikkje er gjort enno.',
  course: 'Kurset fullført',
  confidentiality: 'Teieplikt- og etikkfråsegna skriven under',
  dateHint: 'Dato',
  policeLegend: 'Politiattest',
  policeRule:
    'Her registrerer du berre at søkjaren har vist fram politiattesten, når, og kven som såg han. Attesten skal ikkje lastast opp, kopierast eller takast vare på, og ingenting om innhaldet skal skrivast ned – heller ikkje i notata.',
  policePresented: 'Ja, politiattesten er vist fram',
  policeDate: 'Dato han vart vist fram',
  checkedBy: 'Kven såg attesten',
  notesHeading: 'Notat',
  noNotes: 'Ingen notat enno.',
  newNote: 'Nytt notat',
  noteHint: (max) =>
    `Skriv berre det de treng for oppfølginga, til dømes avtalar og kven som har ringt. Ikkje skriv om helse, vald søkjaren sjølv har opplevd, etnisitet, religion eller kva som står i politiattesten. Høgst ${max} teikn.`,
  save: 'Lagre endringane',
  saveHint: 'Knappen lagrar status, sjekkliste og nytt notat på ein gong. Vel du «Avslått», må du stadfeste det etterpå.',
  editNote: 'Endre eller slett notatet',
  handlerHeading: 'Kven følgjer opp?',
  youHandle: 'Du følgjer opp denne søknaden.',
  otherHandles: (name) => `${name} følgjer opp denne søknaden.`,
  nobodyHandles: 'Ingen har teke ansvar for denne søknaden enno.',
  take: 'Eg tek denne',
  takeOver: 'Eg tek over',
  release: 'Eg gir han frå meg',
  reassignHeading: 'Send til ei anna foreining',
  reassignHint: 'Bruk dette om søkjaren bur i området til ei anna lokalforeining. Koordinatorane der får ein e-post med lenkje til søknaden.',
  reassignHides: 'Etterpå ser ikkje foreininga di søknaden lenger.',
  reassignTo: 'Send til',
  choose: 'Vel foreining',
  reassign: 'Send søknaden vidare',
  noOtherAssociations: 'Det finst inga anna foreining å sende søknaden til.',
  noActiveCoordinator: 'ingen aktiv koordinator',
  withoutCoordinator: (names) => `Kan ikkje veljast fordi dei ikkje har nokon aktiv koordinator: ${names}. Nasjonal kontaktperson kan leggje til ein koordinator.`,
};

const en: FollowUpTexts = {
  errorSummary: 'Something needs correcting before it can be saved',
  error: {
    invalid_date: 'Enter a valid date, for example 27/11/2026.',
    future_date: 'The date cannot be in the future.',
    before_application: 'The date cannot be before the application arrived.',
    date_required: 'Enter the date the police certificate was shown.',
    checker_required: 'Choose who saw the police certificate.',
    note_empty: 'Write something in the note before saving.',
    note_too_long: 'The note is too long. Make it shorter.',
    association_required: 'Choose the association to pass the application to.',
  },
  statusHeading: 'How far have you come?',
  statusLegend: 'Choose a status',
  statusHint: {
    new: 'Nobody has talked to the applicant yet.',
    contacted: 'You have talked to the applicant.',
    information_meeting: 'The applicant is invited to or has been to an information meeting.',
    course: 'The applicant is signed up for or taking the course.',
    checks: 'The police certificate or the declaration is still missing.',
    ready_for_matching: 'Everything is in order. The applicant can be paired with a woman.',
    declined: 'The association will not go further with the applicant.',
    withdrawn: 'The applicant has withdrawn.',
  },
  checklistHeading: 'Checklist',
  checklistIntro: 'Enter the date when something is done. Leave the field empty if it is not done yet.',
  course: 'Course completed',
  confidentiality: 'Confidentiality and ethics declaration signed',
  dateHint: 'Date',
  policeLegend: 'Police certificate',
  policeRule:
    'Record only that the applicant showed the police certificate, when, and who saw it. The certificate must not be uploaded, copied or kept, and nothing about its content may be written down – not in the notes either.',
  policePresented: 'Yes, the police certificate has been shown',
  policeDate: 'Date it was shown',
  checkedBy: 'Who saw the certificate',
  notesHeading: 'Notes',
  noNotes: 'No notes yet.',
  newNote: 'New note',
  noteHint: (max) =>
    `Write only what you need for the follow-up, such as appointments and who has called. Do not write about health, violence the applicant has experienced, ethnicity, religion or what the police certificate says. At most ${max} characters.`,
  save: 'Save changes',
  saveHint: 'The button saves the status, the checklist and a new note at once. If you choose “Declined”, you will be asked to confirm it.',
  editNote: 'Change or delete the note',
  handlerHeading: 'Who is following up?',
  youHandle: 'You are following up this application.',
  otherHandles: (name) => `${name} is following up this application.`,
  nobodyHandles: 'Nobody has taken on this application yet.',
  take: 'I will take this',
  takeOver: 'I will take over',
  release: 'Hand it back',
  reassignHeading: 'Pass on to another association',
  reassignHint: 'Use this if the applicant lives in the area of another local association. Its coordinators get an email with a link to the application.',
  reassignHides: 'Afterwards your association no longer sees it.',
  reassignTo: 'Pass on to',
  choose: 'Choose an association',
  reassign: 'Pass the application on',
  noOtherAssociations: 'There is no other association to pass the application to.',
  noActiveCoordinator: 'no active coordinator',
  withoutCoordinator: (names) => `Cannot be chosen because they have no active coordinator: ${names}. The national contact can add a coordinator.`,
};

const TEXTS: LanguageTexts<FollowUpTexts> = { nb, nn, en };

/** The follow-up forms' words in `language`. */
export function followUpTexts(language: Language): FollowUpTexts {
  return textsFor(TEXTS, language);
}
