/** The words of the pages that confirm an irreversible step (decline, pass on) and of the page to correct a note. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export type ReasonErrorCode = 'reason_required' | 'reason_too_long';
export type EditNoteErrorCode = 'note_empty' | 'note_too_long';

export interface ConfirmTexts {
  errorSummary: string;
  error: Record<ReasonErrorCode | EditNoteErrorCode, string>;
  otherChangesSaved: string;
  declineTitle: string;
  declineIntro: (name: string) => string;
  declineMail: string;
  confirmDecline: string;
  reassignTitle: string;
  reassignIntro: (name: string, association: string) => string;
  reassignMail: (association: string) => string;
  confirmReassign: string;
  reason: string;
  reasonHint: (max: number) => string;
  cancel: string;
  noteTitle: string;
  noteLabel: string;
  noteHint: (max: number) => string;
  saveNote: string;
  deleteHeading: string;
  deleteHint: string;
  deleteNote: string;
}

const WORDS: LanguageTexts<ConfirmTexts> = {
  nb: {
    errorSummary: 'Noe må rettes før du kan gå videre',
    error: {
      reason_required: 'Skriv hvorfor.',
      reason_too_long: 'Begrunnelsen er for lang. Gjør den kortere.',
      note_empty: 'Skriv noe i notatet, eller slett det.',
      note_too_long: 'Notatet er for langt. Gjør det kortere.',
    },
    otherChangesSaved: 'De andre endringene dine er lagret. Statusen er ikke endret før du bekrefter.',
    declineTitle: 'Avslå søknaden?',
    declineIntro: (n) => `Søknaden fra ${n} blir avslått og avsluttet. Det kan ikke gjøres om uten å endre status igjen, og søkeren får beskjed.`,
    declineMail: 'Søkeren får en kort og vennlig e-post om at foreningen ikke går videre med søknaden. Begrunnelsen står ikke i e-posten.',
    confirmDecline: 'Ja, avslå søknaden',
    reassignTitle: 'Sende søknaden videre?',
    reassignIntro: (n, a) => `Søknaden fra ${n} blir sendt til ${a}, og blir deres alene.`,
    reassignMail: (a) => `Koordinatorene i ${a} får e-post med lenke til søknaden. Søkeren får e-post om at det nå er ${a} som tar kontakt, med kontaktopplysningene deres. Begrunnelsen står ikke i noen e-post.`,
    confirmReassign: 'Ja, send søknaden videre',
    reason: 'Hvorfor?',
    reasonHint: (max) => `Begrunnelsen lagres i loggen over endringer, ikke i e-post. Ikke skriv om helse, vold søkeren selv har opplevd, etnisitet, religion eller politiattesten. Høyst ${max} tegn.`,
    cancel: 'Avbryt og gå tilbake til søknaden',
    noteTitle: 'Endre notatet',
    noteLabel: 'Notat',
    noteHint: (max) => `Ikke skriv om helse, vold søkeren selv har opplevd, etnisitet, religion eller hva som står i politiattesten. Høyst ${max} tegn.`,
    saveNote: 'Lagre notatet',
    deleteHeading: 'Slette notatet?',
    deleteHint: 'Notatet blir borte for godt. Loggen viser bare at du slettet et notat, ikke hva det sto i det.',
    deleteNote: 'Slett notatet',
  },
  nn: {
    errorSummary: 'Noko må rettast før du kan gå vidare',
    error: {
      reason_required: 'Skriv kvifor.',
      reason_too_long: 'Grunngivinga er for lang. Gjer ho kortare.',
      note_empty: 'Skriv noko i notatet, eller slett det.',
      note_too_long: 'Notatet er for langt. Gjer det kortare.',
    },
    otherChangesSaved: 'Dei andre endringane dine er lagra. Statusen er ikkje endra før du stadfestar.',
    declineTitle: 'Avslå søknaden?',
    declineIntro: (n) => `Søknaden frå ${n} blir avslått og avslutta. Det kan ikkje gjerast om utan å endre status igjen, og søkjaren får melding.`,
    declineMail: 'Søkjaren får ein kort og venleg e-post om at foreininga ikkje går vidare med søknaden. Grunngivinga står ikkje i e-posten.',
    confirmDecline: 'Ja, avslå søknaden',
    reassignTitle: 'Sende søknaden vidare?',
    reassignIntro: (n, a) => `Søknaden frå ${n} blir sendt til ${a}, og blir deira åleine.`,
    reassignMail: (a) => `Koordinatorane i ${a} får e-post med lenke til søknaden. Søkjaren får e-post om at det no er ${a} som tek kontakt, med kontaktopplysningane deira. Grunngivinga står ikkje i nokon e-post.`,
    confirmReassign: 'Ja, send søknaden vidare',
    reason: 'Kvifor?',
    reasonHint: (max) => `Grunngivinga blir lagra i loggen over endringar, ikkje i e-post. Ikkje skriv om helse, vald søkjaren sjølv har opplevd, etnisitet, religion eller politiattesten. Høgst ${max} teikn.`,
    cancel: 'Avbryt og gå tilbake til søknaden',
    noteTitle: 'Endre notatet',
    noteLabel: 'Notat',
    noteHint: (max) => `Ikkje skriv om helse, vald søkjaren sjølv har opplevd, etnisitet, religion eller kva som står i politiattesten. Høgst ${max} teikn.`,
    saveNote: 'Lagre notatet',
    deleteHeading: 'Slette notatet?',
    deleteHint: 'Notatet blir borte for godt. Loggen viser berre at du sletta eit notat, ikkje kva som stod i det.',
    deleteNote: 'Slett notatet',
  },
  en: {
    errorSummary: 'Something needs correcting before you can go on',
    error: {
      reason_required: 'Write why.',
      reason_too_long: 'The reason is too long. Make it shorter.',
      note_empty: 'Write something in the note, or delete it.',
      note_too_long: 'The note is too long. Make it shorter.',
    },
    otherChangesSaved: 'Your other changes have been saved. The status does not change until you confirm.',
    declineTitle: 'Decline the application?',
    declineIntro: (n) => `The application from ${n} will be declined and closed. Only changing the status again undoes it, and the applicant is told.`,
    declineMail: 'The applicant gets a short, kind email saying the association will not take her application further. The reason is not in the email.',
    confirmDecline: 'Yes, decline the application',
    reassignTitle: 'Pass the application on?',
    reassignIntro: (n, a) => `The application from ${n} will go to ${a} and become theirs alone.`,
    reassignMail: (a) => `The coordinators of ${a} get an email with a link to the application. The applicant gets an email saying that ${a} will contact her now, with their contact details. The reason is in no email.`,
    confirmReassign: 'Yes, pass the application on',
    reason: 'Why?',
    reasonHint: (max) => `The reason is kept in the log of changes, not in any email. Do not write about health, violence the applicant has experienced, ethnicity, religion or the police certificate. At most ${max} characters.`,
    cancel: 'Cancel and go back to the application',
    noteTitle: 'Change the note',
    noteLabel: 'Note',
    noteHint: (max) => `Do not write about health, violence the applicant has experienced, ethnicity, religion or what the police certificate says. At most ${max} characters.`,
    saveNote: 'Save the note',
    deleteHeading: 'Delete the note?',
    deleteHint: 'The note is gone for good. The log shows only that you deleted a note, not what it said.',
    deleteNote: 'Delete the note',
  },
};

export const confirmTexts = (language: Language): ConfirmTexts => textsFor(WORDS, language);
