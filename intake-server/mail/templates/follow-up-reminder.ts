/** The reminder to coordinators when nobody has recorded contact with an applicant: minimal, never free text. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { Block, MailContent } from '../mail-content.js';
import type { FollowUpReminderData } from '../mail-kinds.js';
import { applicantAndPlace, dayCount } from './follow-up-applicant.js';

interface Wording {
  subject: (reference: string) => string;
  waiting: (who: string, association: string, days: string) => string;
  fallback: string;
  act: string;
  open: string;
  escalation: (days: string, reference: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (r) => `Påminnelse: en søker venter på å bli kontaktet (${r})`,
    waiting: (who, a, days) => `${who} søkte om å bli ressursvenn hos ${a} for ${days} siden, og det er ikke registrert noen kontakt med søkeren ennå.`,
    fallback: 'Ingen lokalforening har søknaden. Sett søkeren i kontakt med riktig lokalforening.',
    act: 'Ta kontakt med søkeren og registrer det i søknaden, så stopper påminnelsene.',
    open: 'Åpne søknaden',
    escalation: (days, r) => `Etter ${days} uten kontakt får nasjonal kontaktperson beskjed. Referanse: ${r}.`,
  },
  nn: {
    subject: (r) => `Påminning: ein søkjar ventar på å bli kontakta (${r})`,
    waiting: (who, a, days) => `${who} søkte om å bli ressursvenn hos ${a} for ${days} sidan, og det er ikkje registrert nokon kontakt med søkjaren enno.`,
    fallback: 'Inga lokalforeining har søknaden. Set søkjaren i kontakt med rett lokalforeining.',
    act: 'Ta kontakt med søkjaren og registrer det i søknaden, så stoppar påminningane.',
    open: 'Opne søknaden',
    escalation: (days, r) => `Etter ${days} utan kontakt får nasjonal kontaktperson melding. Referanse: ${r}.`,
  },
  en: {
    subject: (r) => `Reminder: an applicant is waiting to be contacted (${r})`,
    waiting: (who, a, days) => `${who} applied to become a Ressursvenn volunteer with ${a} ${days} ago, and no contact with the applicant has been recorded yet.`,
    fallback: 'No local association has the application. Please put the applicant in touch with the right local association.',
    act: 'Please contact the applicant and record it on the application; the reminders then stop.',
    open: 'Open the application',
    escalation: (days, r) => `After ${days} without contact the national contact is notified. Reference: ${r}.`,
  },
};

/**
 * Builds the reminder in the association's language: first name, postal code and kommune, days waiting and a link,
 * as minimal as the coordinator notice (it stays in personal mailboxes). Never free text.
 */
export function followUpReminder(d: FollowUpReminderData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const blocks: Block[] = [{ type: 'p', text: w.waiting(applicantAndPlace(d, lang), d.associationName, dayCount(d.daysWaiting, lang)) }];
  if (d.fallback) blocks.push({ type: 'p', text: w.fallback });
  blocks.push(
    { type: 'p', text: w.act },
    { type: 'link', label: w.open, href: d.applicationUrl },
    { type: 'p', text: w.escalation(dayCount(d.escalationDays, lang), d.reference) },
  );
  return { subject: w.subject(d.reference), blocks };
}
