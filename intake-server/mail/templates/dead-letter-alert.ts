/** The alert to the national contact about mail given up on: counts, kinds and reason codes only, no personal data. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { Block, MailContent } from '../mail-content.js';
import type { DeadLetterAlertData, DeadLetterCount, MailKind } from '../mail-kinds.js';

interface Wording {
  subject: (count: number) => string;
  intro: string;
  /** Every mail kind by name: a new kind in `MailData` is a type error here until it is named in each language. */
  kinds: Record<MailKind, string>;
  smtpRefused: (code: string) => string;
  invalidRecipient: string;
  unrenderable: string;
  allRejected: string;
  gaveUp: (last: string) => string;
  other: (reason: string) => string;
  advice: string[];
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (n) => `Ressursvenn: ${n === 1 ? '1 e-post' : `${n} e-poster`} kunne ikke leveres`,
    intro: 'Tjenesten har gitt opp å levere disse e-postene. Søknadene de gjelder, er lagret. Det er bare e-posten som ikke kom fram.',
    kinds: {
      coordinator_notice: 'varsel om ny søknad til koordinator',
      reassigned_notice: 'varsel om søknad sendt videre til koordinator',
      applicant_receipt: 'kvittering til søker',
      application_withdrawn: 'melding om trukket søknad',
      applicant_reassigned: 'melding til søker om at søknaden er sendt videre',
      applicant_closed: 'melding til søker om at søknaden er avslått',
      dead_letter_alert: 'varsel om e-post som ikke kunne leveres',
      smtp_auth_alert: 'varsel om pålogging til e-posttjeneren',
      association_limit_alert: 'varsel om søknader som holdes tilbake',
      coordinator_changed: 'melding om endring i koordinatorlisten',
      sign_in_link: 'innloggingslenke',
      passkey_changed: 'melding om endret passnøkkel',
      follow_up_reminder: 'påminnelse til koordinator',
      follow_up_escalation: 'varsel til nasjonal kontaktperson om søker uten kontakt',
      course_invitation: 'invitasjon til søker om informasjonsmøte eller kurs',
      course_booked: 'bekreftelse til søker på plass på informasjonsmøte eller kurs',
      course_reminder: 'påminnelse til søker om informasjonsmøte eller kurs',
      course_offer: 'tilbud til søker om ledig plass fra ventelisten',
    },
    smtpRefused: (c) => `mottakerens e-posttjener avviste den (${c})`,
    invalidRecipient: 'ugyldig mottakeradresse, ble aldri sendt',
    unrenderable: 'e-posten kunne ikke lages',
    allRejected: 'alle mottakerne ble avvist',
    gaveUp: (l) => `ga opp etter for mange forsøk (sist: ${l})`,
    other: (r) => `annen feil (${r})`,
    advice: [
      'Kom ikke en kvittering fram, har søkeren trolig skrevet e-postadressen feil. Koordinatoren ser søknaden og kan ta kontakt på telefon.',
      'Kom ikke et varsel til en koordinator fram, sjekk koordinatorens e-postadresse.',
      'Dette varselet inneholder ingen personopplysninger. Du får høyst ett slikt varsel i timen; det som skjer etterpå, samles i neste varsel.',
    ],
  },
  nn: {
    subject: (n) => `Ressursvenn: ${n === 1 ? '1 e-post' : `${n} e-postar`} kunne ikkje leverast`,
    intro: 'Tenesta har gitt opp å levere desse e-postane. Søknadene dei gjeld, er lagra. Det er berre e-posten som ikkje kom fram.',
    kinds: {
      coordinator_notice: 'varsel om ny søknad til koordinator',
      reassigned_notice: 'varsel om søknad send vidare til koordinator',
      applicant_receipt: 'kvittering til søkjar',
      application_withdrawn: 'melding om trekt søknad',
      applicant_reassigned: 'melding til søkjar om at søknaden er sendt vidare',
      applicant_closed: 'melding til søkjar om at søknaden er avslått',
      dead_letter_alert: 'varsel om e-post som ikkje kunne leverast',
      smtp_auth_alert: 'varsel om innlogging til e-posttenaren',
      association_limit_alert: 'varsel om søknader som blir haldne tilbake',
      coordinator_changed: 'melding om endring i koordinatorlista',
      sign_in_link: 'innloggingslenkje',
      passkey_changed: 'melding om endra passnøkkel',
      follow_up_reminder: 'påminning til koordinator',
      follow_up_escalation: 'varsel til nasjonal kontaktperson om søkjar utan kontakt',
      course_invitation: 'invitasjon til søkjar om informasjonsmøte eller kurs',
      course_booked: 'stadfesting til søkjar på plass på informasjonsmøte eller kurs',
      course_reminder: 'påminning til søkjar om informasjonsmøte eller kurs',
      course_offer: 'tilbod til søkjar om ledig plass frå ventelista',
    },
    smtpRefused: (c) => `e-posttenaren til mottakaren avviste han (${c})`,
    invalidRecipient: 'ugyldig mottakaradresse, vart aldri sendt',
    unrenderable: 'e-posten kunne ikkje lagast',
    allRejected: 'alle mottakarane vart avviste',
    gaveUp: (l) => `gav opp etter for mange forsøk (sist: ${l})`,
    other: (r) => `anna feil (${r})`,
    advice: [
      'Kom ikkje ei kvittering fram, har søkjaren truleg skrive e-postadressa feil. Koordinatoren ser søknaden og kan ta kontakt på telefon.',
      'Kom ikkje eit varsel til ein koordinator fram, sjekk e-postadressa til koordinatoren.',
      'Dette varselet inneheld ingen personopplysningar. Du får høgst eitt slikt varsel i timen; det som skjer etterpå, blir samla i neste varsel.',
    ],
  },
  en: {
    subject: (n) => `Ressursvenn: ${n === 1 ? '1 email' : `${n} emails`} could not be delivered`,
    intro: 'The service has given up delivering these emails. The applications they concern are stored. Only the email did not arrive.',
    kinds: {
      coordinator_notice: 'notice of a new application to a coordinator',
      reassigned_notice: 'notice of a passed-on application to a coordinator',
      applicant_receipt: 'receipt to an applicant',
      application_withdrawn: 'notice of a withdrawn application',
      applicant_reassigned: 'message to an applicant that her application was passed on',
      applicant_closed: 'message to an applicant that her application was declined',
      dead_letter_alert: 'alert about undeliverable email',
      smtp_auth_alert: 'alert about the mail server login',
      association_limit_alert: 'alert about applications held back',
      coordinator_changed: 'notice of a change to the coordinators',
      sign_in_link: 'sign-in link',
      passkey_changed: 'message about a changed passkey',
      follow_up_reminder: 'reminder to a coordinator',
      follow_up_escalation: 'alert to the national contact about an applicant without contact',
      course_invitation: 'invitation to an applicant to an information meeting or the course',
      course_booked: 'confirmation to an applicant of a place at an information meeting or the course',
      course_reminder: 'reminder to an applicant of an information meeting or the course',
      course_offer: 'offer to an applicant of a freed place from the waiting list',
    },
    smtpRefused: (c) => `the recipient’s mail server refused it (${c})`,
    invalidRecipient: 'invalid recipient address, never sent',
    unrenderable: 'the email could not be built',
    allRejected: 'every recipient was refused',
    gaveUp: (l) => `gave up after too many attempts (last: ${l})`,
    other: (r) => `other error (${r})`,
    advice: [
      'If a receipt did not arrive, the applicant probably mistyped her address. The coordinator sees the application and can phone her.',
      'If a notice to a coordinator did not arrive, check the coordinator’s email address.',
      'This alert contains no personal data. You get at most one such alert an hour; anything after it is gathered into the next one.',
    ],
  },
};

/** A stored kind in words; a kind this version does not know (mail queued by another version) is shown as stored. */
function describeKind(kind: string, w: Wording): string {
  return Object.hasOwn(w.kinds, kind) ? w.kinds[kind as MailKind] : kind;
}

/** Turns a reason code from the outbox worker into words. */
function describeReason(reason: string, w: Wording): string {
  if (reason.startsWith('max_attempts')) return w.gaveUp(reason.slice('max_attempts'.length).trim() || '?');
  if (reason === 'ERECIPIENT') return w.invalidRecipient;
  if (reason === 'EMESSAGE') return w.unrenderable;
  if (reason === 'all_recipients_rejected') return w.allRejected;
  const smtp = /\b(5\d\d)$/.exec(reason);
  if (smtp) return w.smtpRefused(smtp[1]!);
  return w.other(reason);
}

/** Builds the alert; each line reads "3 × receipt to an applicant: the recipient's mail server refused it (550)". */
export function deadLetterAlert(d: DeadLetterAlertData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const line = (l: DeadLetterCount) => `${l.count} × ${describeKind(l.kind, w)}: ${describeReason(l.reason, w)}`;
  // Without a breakdown, the kinds and the reasons are listed apart: which reason hit which kind is not known.
  const lists: Block[] = d.breakdown?.length
    ? [{ type: 'list', items: d.breakdown.map(line) }]
    : [
        { type: 'list', items: d.kinds.map((k) => describeKind(k, w)) },
        { type: 'list', items: d.reasons.map((r) => describeReason(r, w)) },
      ];
  return { subject: w.subject(d.count), blocks: [{ type: 'p', text: w.intro }, ...lists, ...w.advice.map((text) => ({ type: 'p' as const, text }))] };
}
