/** The words of the workspace's pages for information meetings and the course, in nb, nn and en. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { SessionErrorCode, SessionField } from '../../course-sessions/session-fields.js';
import type { SessionKind, BookingStatus } from '../../course-sessions/course-session.js';

export type SavedCode = 'created' | 'changed' | 'unchanged' | 'attendance' | 'invited' | 'cancelled';
export type PageErrorCode = SessionErrorCode | 'not_started' | 'attendance_required' | 'kind_required';

export interface CourseTexts {
  navLabel: string;
  listTitle: string;
  listIntro: string;
  newSession: string;
  upcoming: string;
  past: string;
  none: string;
  kind: Record<SessionKind, string>;
  kindLegend: string;
  kindHint: Record<SessionKind, string>;
  when: (day: string, from: string, to: string) => string;
  places: (taken: number, capacity: number) => string;
  waiting: (n: number) => string;
  free: (n: number) => string;
  video: string;
  arranger: (name: string) => string;
  sharedWith: (names: string) => string;
  openToAllNote: string;
  newTitle: string;
  editTitle: string;
  labels: Record<Exclude<SessionField, 'kind' | 'shared'> | 'association', string>;
  hints: Partial<Record<SessionField | 'association', string>>;
  sharedLegend: string;
  sharedHint: string;
  openToAll: string;
  openToAllHint: string;
  create: string;
  save: string;
  errorTitle: string;
  errors: Record<PageErrorCode, string>;
  saved: Record<SavedCode, string>;
  savedChangedTold: (n: number) => string;
  facts: string;
  cancelLink: string;
  cancelTitle: string;
  cancelWhat: (people: number) => string;
  cancelButton: string;
  keepIt: string;
  rosterTitle: string;
  rosterIntro: string;
  rosterEmpty: string;
  bookingStatus: Record<BookingStatus, string>;
  rebookSent: (when: string) => string;
  attendanceLegend: (name: string) => string;
  present: string;
  absent: string;
  absentHint: string;
  saveAttendance: string;
  attendanceLater: (day: string) => string;
  inviteTitle: string;
  inviteIntro: string;
  inviteLegend: string;
  inviteButton: string;
  invitationsLink: string;
  invitationsTitle: (name: string) => string;
  invitationsNone: string;
  invitedOn: (when: string) => string;
  linkValidUntil: (when: string) => string;
  noBooking: string;
  bookedFor: (session: string) => string;
  waitingFor: (session: string) => string;
  offeredFor: (session: string) => string;
  attendedAt: (session: string) => string;
  noShowAt: (session: string) => string;
  backToApplication: string;
  backToList: string;
  figuresLink: string;
  figuresTitle: string;
  figuresIntro: string;
  figuresColumns: { association: string; invited: string; booked: string; attended: string; noShows: string; days: string };
  national: string;
  noMedian: string;
}

const nb: CourseTexts = {
  navLabel: 'Kurs og møter',
  listTitle: 'Informasjonsmøter og kurs',
  listIntro: 'Her lager du informasjonsmøter og kurs, alene eller sammen med naboforeninger. Søkerne velger dato selv med lenken i invitasjonen, uten brukerkonto.',
  newSession: 'Nytt informasjonsmøte eller kurs',
  upcoming: 'Kommende',
  past: 'Holdt den siste måneden',
  none: 'Ingen.',
  kind: { info_meeting: 'Informasjonsmøte', course: 'Kurs' },
  kindLegend: 'Hva slags samling?',
  kindHint: { info_meeting: 'Et møte der søkerne får vite mer om å være ressursvenn.', course: 'Det obligatoriske kurset. Oppmøte krysser av «kurs fullført» i sjekklisten.' },
  when: (d, f, t) => `${d} kl. ${f}–${t}`,
  places: (t, c) => `${t} av ${c} plasser tatt`,
  waiting: (n) => `${n} på venteliste`,
  free: (n) => (n === 1 ? '1 ledig plass' : `${n} ledige plasser`),
  video: 'Videomøte',
  arranger: (n) => `Arrangør: ${n}`,
  sharedWith: (n) => `Delt med ${n}`,
  openToAllNote: 'Åpent for alle foreninger',
  newTitle: 'Nytt informasjonsmøte eller kurs',
  editTitle: 'Endre tid, sted eller plasser',
  labels: { date: 'Dato', start: 'Starter kl.', end: 'Slutter kl.', place: 'Sted', video_url: 'Videolenke', capacity: 'Antall plasser', language: 'Språk på samlingen', association: 'Arrangør' },
  hints: {
    date: 'Velg en dag fra i dag og framover.',
    start: 'For eksempel 18:00.',
    place: 'Adresse og rom. Tomt hvis det bare er videomøte.',
    video_url: 'En https-lenke. Tomt hvis det bare er fysisk oppmøte.',
    capacity: 'Fra 1 til 500. Er det fullt, kan søkerne stå på venteliste.',
  },
  sharedLegend: 'Del med andre foreninger',
  sharedHint: 'De du deler med, kan invitere sine søkere. Hver forening ser bare sine egne søkere på deltakerlisten.',
  openToAll: 'Åpent for alle foreninger (nasjonalt)',
  openToAllHint: 'Alle foreninger kan invitere sine søkere.',
  create: 'Lag samlingen',
  save: 'Lagre endringene',
  errorTitle: 'Noe må rettes før vi kan lagre',
  errors: {
    kind_required: 'Velg informasjonsmøte eller kurs.',
    date_invalid: 'Skriv en gyldig dato.',
    date_past: 'Datoen kan ikke være før i dag.',
    time_invalid: 'Skriv klokkeslettet som TT:MM, for eksempel 18:00.',
    end_before_start: 'Slutten må være etter starten, samme dag.',
    place_or_video_required: 'Skriv et sted eller en videolenke.',
    place_too_long: 'Stedet kan være på høyst 200 tegn.',
    video_url_invalid: 'Videolenken må begynne med https:// og være på høyst 500 tegn.',
    capacity_invalid: 'Skriv et antall plasser fra 1 til 500.',
    capacity_below_taken: 'Det er flere påmeldte enn det. Skriv minst så mange plasser som er tatt.',
    language_required: 'Velg språk.',
    share_unknown: 'Velg bare foreninger fra listen.',
    not_started: 'Oppmøte kan føres fra dagen samlingen holdes.',
    attendance_required: 'Velg møtte eller møtte ikke.',
  },
  saved: {
    created: 'Samlingen er laget.',
    changed: 'Endringene er lagret.',
    unchanged: 'Ingenting var endret.',
    attendance: 'Oppmøtet er lagret.',
    invited: 'Invitasjonen er sendt til søkeren.',
    cancelled: 'Samlingen er avlyst, og de påmeldte har fått e-post.',
  },
  savedChangedTold: (n) => `Endringene er lagret, og ${n === 1 ? '1 påmeldt har' : `${n} påmeldte har`} fått beskjed på e-post.`,
  facts: 'Om samlingen',
  cancelLink: 'Avlys samlingen',
  cancelTitle: 'Avlyse samlingen?',
  cancelWhat: (n) => `${n === 1 ? '1 søker som er påmeldt eller står på venteliste' : `${n} søkere som er påmeldt eller står på venteliste`}, også fra foreninger dere deler med, får en e-post med lenke til å velge en ny dato. Samlingen og påmeldingene slettes. Dette kan ikke angres.`,
  cancelButton: 'Ja, avlys samlingen',
  keepIt: 'Nei, behold den',
  rosterTitle: 'Deltakerliste',
  rosterIntro: 'Bare søkere fra din forening vises her, med fornavn og forbokstav i etternavnet.',
  rosterEmpty: 'Ingen av dine søkere er påmeldt ennå.',
  bookingStatus: { booked: 'Påmeldt', waiting: 'På venteliste', offered: 'Tilbudt ledig plass', cancelled: 'Avbestilt', offer_expired: 'Tilbudet gikk ut', attended: 'Møtte', no_show: 'Møtte ikke' },
  rebookSent: (w) => `Fikk lenke til ny dato ${w}`,
  attendanceLegend: (n) => `Oppmøte for ${n}`,
  present: 'Møtte',
  absent: 'Møtte ikke',
  absentHint: 'Søkeren får en e-post med lenke til å velge en ny dato.',
  saveAttendance: 'Lagre oppmøtet',
  attendanceLater: (d) => `Oppmøtet kan føres fra ${d}.`,
  inviteTitle: 'Informasjonsmøte og kurs',
  inviteIntro: 'Søkeren får en e-post på sitt språk med en lenke der hun velger dato selv. Lenken virker i 60 dager, og fram til samlingen hun har valgt begynner.',
  inviteLegend: 'Inviter til',
  inviteButton: 'Send invitasjon',
  invitationsLink: 'Se invitasjoner og påmeldinger',
  invitationsTitle: (n) => `Invitasjoner for ${n}`,
  invitationsNone: 'Søkeren er ikke invitert ennå.',
  invitedOn: (w) => `Invitert ${w}`,
  linkValidUntil: (w) => `Lenken virker til ${w}`,
  noBooking: 'Ikke påmeldt ennå.',
  bookedFor: (s) => `Påmeldt: ${s}`,
  waitingFor: (s) => `På venteliste: ${s}`,
  offeredFor: (s) => `Tilbudt ledig plass: ${s}`,
  attendedAt: (s) => `Møtte: ${s}`,
  noShowAt: (s) => `Møtte ikke: ${s}`,
  backToApplication: 'Tilbake til søknaden',
  backToList: 'Tilbake til kurs og møter',
  figuresLink: 'Tall for kurs og møter',
  figuresTitle: 'Tall for informasjonsmøter og kurs',
  figuresIntro: 'Bare antall, aldri navn. Samlinger slettes 30 dager etter at de er holdt, og påmeldinger med søknaden, så tallene gjelder det som finnes nå.',
  figuresColumns: { association: 'Forening', invited: 'Invitert', booked: 'Påmeldt', attended: 'Møtte', noShows: 'Møtte ikke', days: 'Dager fra søknad til kurs (median)' },
  national: 'Hele landet',
  noMedian: '–',
};

const nn: CourseTexts = {
  navLabel: 'Kurs og møte',
  listTitle: 'Informasjonsmøte og kurs',
  listIntro: 'Her lagar du informasjonsmøte og kurs, åleine eller saman med naboforeiningar. Søkjarane vel dato sjølve med lenkja i invitasjonen, utan brukarkonto.',
  newSession: 'Nytt informasjonsmøte eller kurs',
  upcoming: 'Kommande',
  past: 'Haldne den siste månaden',
  none: 'Ingen.',
  kind: { info_meeting: 'Informasjonsmøte', course: 'Kurs' },
  kindLegend: 'Kva slags samling?',
  kindHint: { info_meeting: 'Eit møte der søkjarane får vite meir om å vere ressursvenn.', course: 'Det obligatoriske kurset. Oppmøte kryssar av «kurs fullført» i sjekklista.' },
  when: (d, f, t) => `${d} kl. ${f}–${t}`,
  places: (t, c) => `${t} av ${c} plassar tekne`,
  waiting: (n) => `${n} på venteliste`,
  free: (n) => (n === 1 ? '1 ledig plass' : `${n} ledige plassar`),
  video: 'Videomøte',
  arranger: (n) => `Arrangør: ${n}`,
  sharedWith: (n) => `Delt med ${n}`,
  openToAllNote: 'Ope for alle foreiningar',
  newTitle: 'Nytt informasjonsmøte eller kurs',
  editTitle: 'Endre tid, stad eller plassar',
  labels: { date: 'Dato', start: 'Byrjar kl.', end: 'Sluttar kl.', place: 'Stad', video_url: 'Videolenkje', capacity: 'Tal på plassar', language: 'Språk på samlinga', association: 'Arrangør' },
  hints: {
    date: 'Vel ein dag frå i dag og framover.',
    start: 'Til dømes 18:00.',
    place: 'Adresse og rom. Tomt om det berre er videomøte.',
    video_url: 'Ei https-lenkje. Tomt om det berre er fysisk oppmøte.',
    capacity: 'Frå 1 til 500. Er det fullt, kan søkjarane stå på venteliste.',
  },
  sharedLegend: 'Del med andre foreiningar',
  sharedHint: 'Dei du deler med, kan invitere søkjarane sine. Kvar foreining ser berre sine eigne søkjarar på deltakarlista.',
  openToAll: 'Ope for alle foreiningar (nasjonalt)',
  openToAllHint: 'Alle foreiningar kan invitere søkjarane sine.',
  create: 'Lag samlinga',
  save: 'Lagre endringane',
  errorTitle: 'Noko må rettast før vi kan lagre',
  errors: {
    kind_required: 'Vel informasjonsmøte eller kurs.',
    date_invalid: 'Skriv ein gyldig dato.',
    date_past: 'Datoen kan ikkje vere før i dag.',
    time_invalid: 'Skriv klokkeslettet som TT:MM, til dømes 18:00.',
    end_before_start: 'Slutten må vere etter starten, same dag.',
    place_or_video_required: 'Skriv ein stad eller ei videolenkje.',
    place_too_long: 'Staden kan vere på høgst 200 teikn.',
    video_url_invalid: 'Videolenkja må byrje med https:// og vere på høgst 500 teikn.',
    capacity_invalid: 'Skriv eit tal på plassar frå 1 til 500.',
    capacity_below_taken: 'Det er fleire påmelde enn det. Skriv minst så mange plassar som er tekne.',
    language_required: 'Vel språk.',
    share_unknown: 'Vel berre foreiningar frå lista.',
    not_started: 'Oppmøte kan førast frå dagen samlinga blir halden.',
    attendance_required: 'Vel møtte eller møtte ikkje.',
  },
  saved: {
    created: 'Samlinga er laga.',
    changed: 'Endringane er lagra.',
    unchanged: 'Ingenting var endra.',
    attendance: 'Oppmøtet er lagra.',
    invited: 'Invitasjonen er send til søkjaren.',
    cancelled: 'Samlinga er avlyst, og dei påmelde har fått e-post.',
  },
  savedChangedTold: (n) => `Endringane er lagra, og ${n === 1 ? '1 påmeld har' : `${n} påmelde har`} fått melding på e-post.`,
  facts: 'Om samlinga',
  cancelLink: 'Avlys samlinga',
  cancelTitle: 'Avlyse samlinga?',
  cancelWhat: (n) => `${n === 1 ? '1 søkjar som er påmeld eller står på venteliste' : `${n} søkjarar som er påmelde eller står på venteliste`}, også frå foreiningar de deler med, får ein e-post med lenkje til å velje ein ny dato. Samlinga og påmeldingane blir sletta. Dette kan ikkje angrast.`,
  cancelButton: 'Ja, avlys samlinga',
  keepIt: 'Nei, behald henne',
  rosterTitle: 'Deltakarliste',
  rosterIntro: 'Berre søkjarar frå foreininga di blir viste her, med førenamn og forbokstav i etternamnet.',
  rosterEmpty: 'Ingen av søkjarane dine er påmelde enno.',
  bookingStatus: { booked: 'Påmeld', waiting: 'På venteliste', offered: 'Tilboden ledig plass', cancelled: 'Avbestilt', offer_expired: 'Tilbodet gjekk ut', attended: 'Møtte', no_show: 'Møtte ikkje' },
  rebookSent: (w) => `Fekk lenkje til ny dato ${w}`,
  attendanceLegend: (n) => `Oppmøte for ${n}`,
  present: 'Møtte',
  absent: 'Møtte ikkje',
  absentHint: 'Søkjaren får ein e-post med lenkje til å velje ein ny dato.',
  saveAttendance: 'Lagre oppmøtet',
  attendanceLater: (d) => `Oppmøtet kan førast frå ${d}.`,
  inviteTitle: 'Informasjonsmøte og kurs',
  inviteIntro: 'Søkjaren får ein e-post på sitt språk med ei lenkje der ho vel dato sjølv. Lenkja verkar i 60 dagar, og fram til samlinga ho har valt byrjar.',
  inviteLegend: 'Inviter til',
  inviteButton: 'Send invitasjon',
  invitationsLink: 'Sjå invitasjonar og påmeldingar',
  invitationsTitle: (n) => `Invitasjonar for ${n}`,
  invitationsNone: 'Søkjaren er ikkje invitert enno.',
  invitedOn: (w) => `Invitert ${w}`,
  linkValidUntil: (w) => `Lenkja verkar til ${w}`,
  noBooking: 'Ikkje påmeld enno.',
  bookedFor: (s) => `Påmeld: ${s}`,
  waitingFor: (s) => `På venteliste: ${s}`,
  offeredFor: (s) => `Tilboden ledig plass: ${s}`,
  attendedAt: (s) => `Møtte: ${s}`,
  noShowAt: (s) => `Møtte ikkje: ${s}`,
  backToApplication: 'Tilbake til søknaden',
  backToList: 'Tilbake til kurs og møte',
  figuresLink: 'Tal for kurs og møte',
  figuresTitle: 'Tal for informasjonsmøte og kurs',
  figuresIntro: 'Berre tal, aldri namn. Samlingar blir sletta 30 dagar etter at dei er haldne, og påmeldingar med søknaden, så tala gjeld det som finst no.',
  figuresColumns: { association: 'Foreining', invited: 'Invitert', booked: 'Påmeld', attended: 'Møtte', noShows: 'Møtte ikkje', days: 'Dagar frå søknad til kurs (median)' },
  national: 'Heile landet',
  noMedian: '–',
};

const en: CourseTexts = {
  navLabel: 'Courses and meetings',
  listTitle: 'Information meetings and courses',
  listIntro: 'Create information meetings and courses here, on your own or with neighbouring associations. Applicants choose a date themselves with the link in their invitation, without an account.',
  newSession: 'New information meeting or course',
  upcoming: 'Coming up',
  past: 'Held in the last month',
  none: 'None.',
  kind: { info_meeting: 'Information meeting', course: 'Course' },
  kindLegend: 'What kind of session?',
  kindHint: { info_meeting: 'A meeting where applicants learn more about being a Ressursvenn volunteer.', course: 'The mandatory course. Attendance ticks "course completed" in the checklist.' },
  when: (d, f, t) => `${d}, ${f}–${t}`,
  places: (t, c) => `${t} of ${c} places taken`,
  waiting: (n) => `${n} on the waiting list`,
  free: (n) => (n === 1 ? '1 free place' : `${n} free places`),
  video: 'Video meeting',
  arranger: (n) => `Arranged by: ${n}`,
  sharedWith: (n) => `Shared with ${n}`,
  openToAllNote: 'Open to every association',
  newTitle: 'New information meeting or course',
  editTitle: 'Change the time, place or places',
  labels: { date: 'Date', start: 'Starts at', end: 'Ends at', place: 'Place', video_url: 'Video link', capacity: 'Number of places', language: 'Language of the session', association: 'Arranged by' },
  hints: {
    date: 'Choose a day from today on.',
    start: 'For example 18:00.',
    place: 'Address and room. Empty if it is a video meeting only.',
    video_url: 'An https link. Empty if people only meet in person.',
    capacity: 'From 1 to 500. When it is full, applicants can join a waiting list.',
  },
  sharedLegend: 'Share with other associations',
  sharedHint: 'Those you share with can invite their applicants. Each association sees only its own applicants on the list of participants.',
  openToAll: 'Open to every association (national)',
  openToAllHint: 'Every association can invite its applicants.',
  create: 'Create the session',
  save: 'Save the changes',
  errorTitle: 'Something needs correcting before we can save',
  errors: {
    kind_required: 'Choose information meeting or course.',
    date_invalid: 'Type a valid date.',
    date_past: 'The date cannot be before today.',
    time_invalid: 'Type the time as HH:MM, for example 18:00.',
    end_before_start: 'The end must be after the start, on the same day.',
    place_or_video_required: 'Type a place or a video link.',
    place_too_long: 'The place can be at most 200 characters.',
    video_url_invalid: 'The video link must start with https:// and be at most 500 characters.',
    capacity_invalid: 'Type a number of places from 1 to 500.',
    capacity_below_taken: 'More people have booked than that. Type at least as many places as are taken.',
    language_required: 'Choose a language.',
    share_unknown: 'Choose only associations from the list.',
    not_started: 'Attendance can be recorded from the day of the session.',
    attendance_required: 'Choose attended or did not attend.',
  },
  saved: {
    created: 'The session has been created.',
    changed: 'The changes have been saved.',
    unchanged: 'Nothing had changed.',
    attendance: 'Attendance has been saved.',
    invited: 'The invitation has been sent to the applicant.',
    cancelled: 'The session has been cancelled, and those who booked have been emailed.',
  },
  savedChangedTold: (n) => `The changes have been saved, and ${n === 1 ? '1 person who booked has' : `${n} people who booked have`} been told by email.`,
  facts: 'About the session',
  cancelLink: 'Cancel the session',
  cancelTitle: 'Cancel the session?',
  cancelWhat: (n) => `${n === 1 ? '1 applicant who has booked or is on the waiting list' : `${n} applicants who have booked or are on the waiting list`}, also from associations you share it with, will get an email with a link to choose a new date. The session and its bookings are deleted. This cannot be undone.`,
  cancelButton: 'Yes, cancel the session',
  keepIt: 'No, keep it',
  rosterTitle: 'Participants',
  rosterIntro: 'Only applicants of your association are shown here, by first name and the initial of the surname.',
  rosterEmpty: 'None of your applicants has booked yet.',
  bookingStatus: { booked: 'Booked', waiting: 'On the waiting list', offered: 'Offered a free place', cancelled: 'Cancelled', offer_expired: 'Offer lapsed', attended: 'Attended', no_show: 'Did not attend' },
  rebookSent: (w) => `Sent a link to choose a new date ${w}`,
  attendanceLegend: (n) => `Attendance of ${n}`,
  present: 'Attended',
  absent: 'Did not attend',
  absentHint: 'The applicant gets an email with a link to choose a new date.',
  saveAttendance: 'Save attendance',
  attendanceLater: (d) => `Attendance can be recorded from ${d}.`,
  inviteTitle: 'Information meeting and course',
  inviteIntro: 'The applicant gets an email in her language with a link where she chooses a date herself. The link works for 60 days, and until the session she chose starts.',
  inviteLegend: 'Invite to',
  inviteButton: 'Send the invitation',
  invitationsLink: 'See invitations and bookings',
  invitationsTitle: (n) => `Invitations for ${n}`,
  invitationsNone: 'The applicant has not been invited yet.',
  invitedOn: (w) => `Invited ${w}`,
  linkValidUntil: (w) => `The link works until ${w}`,
  noBooking: 'Not booked yet.',
  bookedFor: (s) => `Booked: ${s}`,
  waitingFor: (s) => `On the waiting list: ${s}`,
  offeredFor: (s) => `Offered a free place: ${s}`,
  attendedAt: (s) => `Attended: ${s}`,
  noShowAt: (s) => `Did not attend: ${s}`,
  backToApplication: 'Back to the application',
  backToList: 'Back to courses and meetings',
  figuresLink: 'Figures for courses and meetings',
  figuresTitle: 'Figures for information meetings and courses',
  figuresIntro: 'Counts only, never names. Sessions are deleted 30 days after they were held, and bookings with the application, so the figures are of what is held now.',
  figuresColumns: { association: 'Association', invited: 'Invited', booked: 'Booked', attended: 'Attended', noShows: 'Did not attend', days: 'Days from application to course (median)' },
  national: 'The whole country',
  noMedian: '–',
};

const TEXTS: LanguageTexts<CourseTexts> = { nb, nn, en };

export const courseTexts = (language: Language): CourseTexts => textsFor(TEXTS, language);
