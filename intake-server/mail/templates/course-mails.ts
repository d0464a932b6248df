/**
 * The applicant's mails about information meetings and the course: the invitation (and the "choose a new date" after
 * a no-show), her place with a calendar file, the reminders, and the offer of a freed place. In her language; never
 * anything she submitted, never anyone else's name.
 */
import type { Language } from '../../../contract/index.js';
import { formatOsloTime } from '../../lib/oslo-format.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import { calendarFile } from '../../course-sessions/ics.js';
import type { CourseBookedData, CourseInvitationData, CourseOfferData, CourseReminderData } from '../mail-kinds.js';
import type { MailContent } from '../mail-content.js';
import { courseWords, sessionLines } from './course-wording.js';

interface Wording {
  inviteSubject: (the: string) => string;
  invite: (association: string, the: string) => string;
  rebookSubject: (the: string) => string;
  rebook: (the: string) => string;
  cancelledSubject: (title: string) => string;
  cancelled: (the: string) => string;
  chooseAnother: string;
  sameLink: (the: string) => string;
  validUntil: (date: string) => string;
  chooseDate: string;
  bookedSubject: (the: string) => string;
  booked: (the: string) => string;
  changedSubject: (the: string) => string;
  changed: (the: string) => string;
  calendar: (the: string) => string;
  cannotCome: string;
  cancelOrChange: string;
  reminderSubject: (the: string, days: 7 | 1) => string;
  reminder: (the: string) => string;
  cancelReminder: string;
  cancel: string;
  offerSubject: (the: string) => string;
  offer: (the: string) => string;
  offerUntil: (date: string) => string;
  takePlace: string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    inviteSubject: (t) => `Velg en dato for ${t}`,
    invite: (a, t) => `${a} inviterer deg til ${t} for nye ressursvenner. Velg datoen som passer deg, med lenken under. Du trenger ingen brukerkonto.`,
    rebookSubject: (t) => `Velg en ny dato for ${t}`,
    rebook: (t) => `Vi savnet deg på ${t}. Det går fint: velg en ny dato med lenken under.`,
    cancelledSubject: (t) => `Avlyst: ${t}. Velg en ny dato`,
    cancelled: (t) => `Vi må dessverre avlyse ${t}:`,
    chooseAnother: 'Velg en ny dato med lenken under.',
    sameLink: (t) => `Med den samme lenken kan du avbestille eller velge en annen dato fram til ${t} begynner.`,
    validUntil: (d) => `Lenken virker til ${d}. Ikke del den med andre.`,
    chooseDate: 'Velg dato',
    bookedSubject: (t) => `Du har fått plass på ${t}`,
    booked: (t) => `Du har fått plass på ${t}. Velkommen!`,
    changedSubject: (t) => `Ny tid eller nytt sted for ${t}`,
    changed: (t) => `Det er ny tid eller nytt sted for ${t}. Dette gjelder nå:`,
    calendar: (t) => `Kalenderfilen (.ics) i denne e-posten legger ${t} inn i kalenderen din.`,
    cannotCome: 'Kan du ikke komme? Avbestill eller velg en annen dato med lenken under, så kan en annen få plassen.',
    cancelOrChange: 'Avbestill eller endre dato',
    reminderSubject: (t, d) => (d === 7 ? `Påminnelse: ${t} om en uke` : `Påminnelse: ${t} i morgen`),
    reminder: (t) => `Vi minner om ${t}:`,
    cancelReminder: 'Kan du ikke komme? Avbestill med lenken under, så kan en annen få plassen.',
    cancel: 'Avbestill eller endre dato',
    offerSubject: (t) => `En plass er ledig på ${t}`,
    offer: (t) => `En plass er blitt ledig på ${t}, og du står først på ventelisten:`,
    offerUntil: (d) => `Vil du ha plassen, ta den innen ${d}. Etter det går tilbudet videre til den neste på ventelisten.`,
    takePlace: 'Ta plassen',
  },
  nn: {
    inviteSubject: (t) => `Vel ein dato for ${t}`,
    invite: (a, t) => `${a} inviterer deg til ${t} for nye ressursvenner. Vel datoen som passar deg, med lenkja nedanfor. Du treng ingen brukarkonto.`,
    rebookSubject: (t) => `Vel ein ny dato for ${t}`,
    rebook: (t) => `Vi sakna deg på ${t}. Det går fint: vel ein ny dato med lenkja nedanfor.`,
    cancelledSubject: (t) => `Avlyst: ${t}. Vel ein ny dato`,
    cancelled: (t) => `Vi må dessverre avlyse ${t}:`,
    chooseAnother: 'Vel ein ny dato med lenkja nedanfor.',
    sameLink: (t) => `Med den same lenkja kan du avbestille eller velje ein annan dato fram til ${t} byrjar.`,
    validUntil: (d) => `Lenkja verkar til ${d}. Ikkje del ho med andre.`,
    chooseDate: 'Vel dato',
    bookedSubject: (t) => `Du har fått plass på ${t}`,
    booked: (t) => `Du har fått plass på ${t}. Velkomen!`,
    changedSubject: (t) => `Ny tid eller ny stad for ${t}`,
    changed: (t) => `Det er ny tid eller ny stad for ${t}. Dette gjeld no:`,
    calendar: (t) => `Kalenderfila (.ics) i denne e-posten legg ${t} inn i kalenderen din.`,
    cannotCome: 'Kan du ikkje kome? Avbestill eller vel ein annan dato med lenkja nedanfor, så kan ein annan få plassen.',
    cancelOrChange: 'Avbestill eller endre dato',
    reminderSubject: (t, d) => (d === 7 ? `Påminning: ${t} om ei veke` : `Påminning: ${t} i morgon`),
    reminder: (t) => `Vi minner om ${t}:`,
    cancelReminder: 'Kan du ikkje kome? Avbestill med lenkja nedanfor, så kan ein annan få plassen.',
    cancel: 'Avbestill eller endre dato',
    offerSubject: (t) => `Ein plass er ledig på ${t}`,
    offer: (t) => `Ein plass er blitt ledig på ${t}, og du står først på ventelista:`,
    offerUntil: (d) => `Vil du ha plassen, ta han innan ${d}. Etter det går tilbodet vidare til den neste på ventelista.`,
    takePlace: 'Ta plassen',
  },
  en: {
    inviteSubject: (t) => `Choose a date for ${t}`,
    invite: (a, t) => `${a} invites you to ${t} for new Ressursvenn volunteers. Choose the date that suits you with the link below. You do not need an account.`,
    rebookSubject: (t) => `Choose a new date for ${t}`,
    rebook: (t) => `We missed you at ${t}. That is fine: choose a new date with the link below.`,
    cancelledSubject: (t) => `Cancelled: ${t}. Choose a new date`,
    cancelled: (t) => `We are sorry, but we have to cancel ${t}:`,
    chooseAnother: 'Choose a new date with the link below.',
    sameLink: (t) => `With the same link you can cancel or choose another date until ${t} starts.`,
    validUntil: (d) => `The link works until ${d}. Please do not share it.`,
    chooseDate: 'Choose a date',
    bookedSubject: (t) => `Your place on ${t}`,
    booked: (t) => `You have a place on ${t}. Welcome!`,
    changedSubject: (t) => `New time or place for ${t}`,
    changed: (t) => `There is a new time or place for ${t}. This is what applies now:`,
    calendar: (t) => `The calendar file (.ics) in this email adds ${t} to your calendar.`,
    cannotCome: 'Cannot come? Cancel or choose another date with the link below, so someone else can have the place.',
    cancelOrChange: 'Cancel or change the date',
    reminderSubject: (t, d) => (d === 7 ? `Reminder: ${t} in a week` : `Reminder: ${t} tomorrow`),
    reminder: (t) => `A reminder of ${t}:`,
    cancelReminder: 'Cannot come? Cancel with the link below, so someone else can have the place.',
    cancel: 'Cancel or change the date',
    offerSubject: (t) => `A place is free on ${t}`,
    offer: (t) => `A place has become free on ${t}, and you are first on the waiting list:`,
    offerUntil: (d) => `If you want it, take it by ${d}. After that the offer goes to the next person on the waiting list.`,
    takePlace: 'Take the place',
  },
};

/** The invitation, or after a no-show or a session called off the "choose a new date" mail. */
export function courseInvitation(d: CourseInvitationData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const words = courseWords(lang);
  const the = words.the[d.kind];
  if (d.reason === 'cancelled' && d.session) {
    return {
      subject: w.cancelledSubject(words.title[d.kind]),
      blocks: [
        { type: 'p', text: w.cancelled(the) },
        { type: 'list', items: sessionLines(d.session, lang) },
        { type: 'p', text: w.chooseAnother },
        { type: 'link', label: w.chooseDate, href: d.url },
        { type: 'p', text: w.validUntil(formatOsloTime(d.expiresAt, lang)) },
      ],
    };
  }
  return {
    subject: d.reason === 'rebook' ? w.rebookSubject(the) : w.inviteSubject(the),
    blocks: [
      { type: 'p', text: d.reason === 'rebook' ? w.rebook(the) : w.invite(d.associationName, the) },
      { type: 'link', label: w.chooseDate, href: d.url },
      { type: 'p', text: w.sameLink(the) },
      { type: 'p', text: w.validUntil(formatOsloTime(d.expiresAt, lang)) },
    ],
  };
}

/** Her place (booked, claimed, or changed), with the calendar file. */
export function courseBooked(d: CourseBookedData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const words = courseWords(lang);
  const the = words.the[d.session.kind];
  const ics = calendarFile({
    uid: `${d.uid}@ressursvenn`,
    stamp: new Date(),
    sequence: d.sequence,
    start: new Date(d.session.startsAt),
    end: new Date(d.session.endsAt),
    summary: `${words.title[d.session.kind]}: Ressursvenn`,
    location: d.session.place || d.session.videoUrl,
    description: [...sessionLines(d.session, lang), '', w.cancelOrChange, d.url].join('\n'),
    url: d.url,
  });
  return {
    subject: d.reason === 'changed' ? w.changedSubject(the) : w.bookedSubject(the),
    blocks: [
      { type: 'p', text: d.reason === 'changed' ? w.changed(the) : w.booked(the) },
      { type: 'list', items: sessionLines(d.session, lang) },
      { type: 'p', text: w.calendar(the) },
      { type: 'p', text: w.cannotCome },
      { type: 'link', label: w.cancelOrChange, href: d.url },
    ],
    attachments: [{ filename: d.session.kind === 'course' ? 'kurs.ics' : 'informasjonsmote.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
  };
}

/** A week, or a day, before. */
export function courseReminder(d: CourseReminderData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const the = courseWords(lang).the[d.session.kind];
  return {
    subject: w.reminderSubject(the, d.daysBefore),
    blocks: [
      { type: 'p', text: w.reminder(the) },
      { type: 'list', items: sessionLines(d.session, lang) },
      { type: 'p', text: w.cancelReminder },
      { type: 'link', label: w.cancel, href: d.url },
    ],
  };
}

/** A freed place, offered to the first in the waiting list. */
export function courseOffer(d: CourseOfferData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const the = courseWords(lang).the[d.session.kind];
  return {
    subject: w.offerSubject(the),
    blocks: [
      { type: 'p', text: w.offer(the) },
      { type: 'list', items: sessionLines(d.session, lang) },
      { type: 'link', label: w.takePlace, href: d.url },
      { type: 'p', text: w.offerUntil(formatOsloTime(d.expiresAt, lang)) },
    ],
  };
}
