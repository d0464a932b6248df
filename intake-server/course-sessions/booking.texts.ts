/** The words of the applicant's booking pages, in her language (the one she applied in, kept on the invitation). */
import type { LanguageTexts } from '../texts.js';
import type { SessionKind } from './course-session.js';

export type BookingMessage = 'booked' | 'waiting' | 'cancelled' | 'unchanged' | 'unavailable' | 'choose';

export interface BookingTexts {
  kicker: string;
  chooseTitle: Record<SessionKind, string>;
  chooseLegend: string;
  noSessions: string;
  when: (day: string, from: string, to: string) => string;
  video: string;
  free: (n: number) => string;
  full: string;
  book: string;
  bookedTitle: string;
  bookedFor: (session: string) => string;
  waitingFor: (session: string) => string;
  offeredFor: (session: string) => string;
  mailSays: string;
  cancelBooked: string;
  leaveWaiting: string;
  otherDate: string;
  switchDate: string;
  messages: Record<BookingMessage, string>;
  claimTitle: string;
  claimIntro: (session: string) => string;
  claimUntil: (when: string) => string;
  claim: string;
  claimedTitle: string;
  claimed: string;
  unavailableTitle: string;
  unavailable: string;
  unavailableHelp: string;
}

export const BOOKING_TEXTS: LanguageTexts<BookingTexts> = {
  nb: {
    kicker: 'Ressursvenn',
    chooseTitle: { info_meeting: 'Velg dato for informasjonsmøtet', course: 'Velg dato for kurset' },
    chooseLegend: 'Hvilken dato passer for deg?',
    noSessions: 'Det er ingen datoer å velge akkurat nå. Sanitetsforeningen gir beskjed når det kommer nye, og denne lenken virker fortsatt.',
    when: (d, f, t) => `${d} kl. ${f}–${t}`,
    video: 'Videomøte',
    free: (n) => (n === 1 ? '1 ledig plass' : `${n} ledige plasser`),
    full: 'Fullt: du kan stå på venteliste',
    book: 'Meld meg på',
    bookedTitle: 'Din påmelding',
    bookedFor: (s) => `Du er påmeldt: ${s}.`,
    waitingFor: (s) => `Du står på ventelisten: ${s}. Blir en plass ledig og du står først, får du en e-post med tilbud om plassen.`,
    offeredFor: (s) => `Du har fått tilbud om en ledig plass: ${s}. Ta den med lenken i e-posten.`,
    mailSays: 'Tid, sted og kalenderfil står i e-posten vi har sendt deg.',
    cancelBooked: 'Avbestill plassen',
    leaveWaiting: 'Gå av ventelisten',
    otherDate: 'Vil du heller ha en annen dato?',
    switchDate: 'Bytt til denne datoen',
    messages: {
      booked: 'Du er påmeldt. Du får en bekreftelse på e-post med en kalenderfil.',
      waiting: 'Du står på ventelisten. Blir en plass ledig, får du en e-post.',
      cancelled: 'Plassen er avbestilt. Du kan velge en ny dato her når du vil.',
      unchanged: 'Du er allerede påmeldt den datoen.',
      unavailable: 'Den datoen kan ikke velges lenger. Velg en annen.',
      choose: 'Velg en dato først.',
    },
    claimTitle: 'En plass er ledig',
    claimIntro: (s) => `Du står først på ventelisten, og en plass er blitt ledig: ${s}.`,
    claimUntil: (w) => `Tilbudet gjelder til ${w}. Etter det går det videre til den neste på ventelisten.`,
    claim: 'Ta plassen',
    claimedTitle: 'Plassen er din',
    claimed: 'Du får en bekreftelse på e-post med en kalenderfil. Med lenken i den kan du avbestille eller bytte dato.',
    unavailableTitle: 'Lenken virker ikke lenger',
    unavailable: 'Lenken er gått ut, er erstattet av en nyere, eller samlingen har begynt.',
    unavailableHelp: 'Se etter en nyere e-post fra oss, eller svar på e-posten for å få hjelp av sanitetsforeningen.',
  },
  nn: {
    kicker: 'Ressursvenn',
    chooseTitle: { info_meeting: 'Vel dato for informasjonsmøtet', course: 'Vel dato for kurset' },
    chooseLegend: 'Kva dato passar for deg?',
    noSessions: 'Det er ingen datoar å velje akkurat no. Sanitetsforeininga gir melding når det kjem nye, og denne lenkja verkar framleis.',
    when: (d, f, t) => `${d} kl. ${f}–${t}`,
    video: 'Videomøte',
    free: (n) => (n === 1 ? '1 ledig plass' : `${n} ledige plassar`),
    full: 'Fullt: du kan stå på venteliste',
    book: 'Meld meg på',
    bookedTitle: 'Påmeldinga di',
    bookedFor: (s) => `Du er påmeld: ${s}.`,
    waitingFor: (s) => `Du står på ventelista: ${s}. Blir ein plass ledig og du står først, får du ein e-post med tilbod om plassen.`,
    offeredFor: (s) => `Du har fått tilbod om ein ledig plass: ${s}. Ta han med lenkja i e-posten.`,
    mailSays: 'Tid, stad og kalenderfil står i e-posten vi har sendt deg.',
    cancelBooked: 'Avbestill plassen',
    leaveWaiting: 'Gå av ventelista',
    otherDate: 'Vil du heller ha ein annan dato?',
    switchDate: 'Byt til denne datoen',
    messages: {
      booked: 'Du er påmeld. Du får ei stadfesting på e-post med ei kalenderfil.',
      waiting: 'Du står på ventelista. Blir ein plass ledig, får du ein e-post.',
      cancelled: 'Plassen er avbestilt. Du kan velje ein ny dato her når du vil.',
      unchanged: 'Du er allereie påmeld den datoen.',
      unavailable: 'Den datoen kan ikkje veljast lenger. Vel ein annan.',
      choose: 'Vel ein dato først.',
    },
    claimTitle: 'Ein plass er ledig',
    claimIntro: (s) => `Du står først på ventelista, og ein plass er blitt ledig: ${s}.`,
    claimUntil: (w) => `Tilbodet gjeld til ${w}. Etter det går det vidare til den neste på ventelista.`,
    claim: 'Ta plassen',
    claimedTitle: 'Plassen er din',
    claimed: 'Du får ei stadfesting på e-post med ei kalenderfil. Med lenkja i ho kan du avbestille eller byte dato.',
    unavailableTitle: 'Lenkja verkar ikkje lenger',
    unavailable: 'Lenkja har gått ut, er bytt ut med ei nyare, eller samlinga har byrja.',
    unavailableHelp: 'Sjå etter ein nyare e-post frå oss, eller svar på e-posten for å få hjelp av sanitetsforeininga.',
  },
  en: {
    kicker: 'Ressursvenn',
    chooseTitle: { info_meeting: 'Choose a date for the information meeting', course: 'Choose a date for the course' },
    chooseLegend: 'Which date suits you?',
    noSessions: 'There are no dates to choose just now. The local association will tell you when there are new ones, and this link still works.',
    when: (d, f, t) => `${d}, ${f}–${t}`,
    video: 'Video meeting',
    free: (n) => (n === 1 ? '1 free place' : `${n} free places`),
    full: 'Full: you can join the waiting list',
    book: 'Book my place',
    bookedTitle: 'Your booking',
    bookedFor: (s) => `You have booked: ${s}.`,
    waitingFor: (s) => `You are on the waiting list: ${s}. If a place becomes free while you are first, you will get an email offering it to you.`,
    offeredFor: (s) => `You have been offered a free place: ${s}. Take it with the link in the email.`,
    mailSays: 'The time, the place and a calendar file are in the email we sent you.',
    cancelBooked: 'Cancel my place',
    leaveWaiting: 'Leave the waiting list',
    otherDate: 'Would you rather have another date?',
    switchDate: 'Change to this date',
    messages: {
      booked: 'You have booked a place. You will get a confirmation by email with a calendar file.',
      waiting: 'You are on the waiting list. If a place becomes free, you will get an email.',
      cancelled: 'Your place has been cancelled. You can choose a new date here whenever you like.',
      unchanged: 'You have already booked that date.',
      unavailable: 'That date can no longer be chosen. Please choose another.',
      choose: 'Choose a date first.',
    },
    claimTitle: 'A place is free',
    claimIntro: (s) => `You are first on the waiting list, and a place has become free: ${s}.`,
    claimUntil: (w) => `The offer stands until ${w}. After that it goes to the next person on the waiting list.`,
    claim: 'Take the place',
    claimedTitle: 'The place is yours',
    claimed: 'You will get a confirmation by email with a calendar file. With the link in it you can cancel or change the date.',
    unavailableTitle: 'The link no longer works',
    unavailable: 'The link has expired, has been replaced by a newer one, or the session has started.',
    unavailableHelp: 'Look for a newer email from us, or reply to the email to get help from the local association.',
  },
};
