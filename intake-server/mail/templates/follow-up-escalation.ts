/** The escalation to the national contact when an applicant has waited too long for contact: minimal, never free text. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { Block, MailContent } from '../mail-content.js';
import type { FollowUpEscalationData } from '../mail-kinds.js';
import { applicantAndPlace, dayCount } from './follow-up-applicant.js';

interface Wording {
  subject: (days: string, reference: string) => string;
  waiting: (who: string, association: string, days: string) => string;
  reminders: (n: number) => string;
  act: string;
  actFallback: string;
  open: string;
  replyTo: (association: string) => string;
  reference: (r: string) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: {
    subject: (days, r) => `Ingen kontakt etter ${days} (${r})`,
    waiting: (who, a, days) => `${who} søkte om å bli ressursvenn hos ${a} for ${days} siden, og det er ikke registrert noen kontakt med søkeren.`,
    reminders: (n) => (n === 1 ? 'Koordinatorene har fått én påminnelse.' : `Koordinatorene har fått ${n} påminnelser.`),
    act: 'Ta kontakt med foreningen, eller send søknaden videre til en annen forening.',
    actFallback: 'Ingen lokalforening har søknaden. Sett søkeren i kontakt med riktig lokalforening.',
    open: 'Åpne søknaden',
    replyTo: (a) => `Et svar på denne e-posten går til ${a}.`,
    reference: (r) => `Referanse: ${r}.`,
  },
  nn: {
    subject: (days, r) => `Ingen kontakt etter ${days} (${r})`,
    waiting: (who, a, days) => `${who} søkte om å bli ressursvenn hos ${a} for ${days} sidan, og det er ikkje registrert nokon kontakt med søkjaren.`,
    reminders: (n) => (n === 1 ? 'Koordinatorane har fått éi påminning.' : `Koordinatorane har fått ${n} påminningar.`),
    act: 'Ta kontakt med foreininga, eller send søknaden vidare til ei anna foreining.',
    actFallback: 'Inga lokalforeining har søknaden. Set søkjaren i kontakt med rett lokalforeining.',
    open: 'Opne søknaden',
    replyTo: (a) => `Eit svar på denne e-posten går til ${a}.`,
    reference: (r) => `Referanse: ${r}.`,
  },
  en: {
    subject: (days, r) => `No contact after ${days} (${r})`,
    waiting: (who, a, days) => `${who} applied to become a Ressursvenn volunteer with ${a} ${days} ago, and no contact with the applicant has been recorded.`,
    reminders: (n) => (n === 1 ? 'The coordinators were sent one reminder.' : `The coordinators were sent ${n} reminders.`),
    act: 'Please contact the association, or pass the application on to another association.',
    actFallback: 'No local association has the application. Please put the applicant in touch with the right local association.',
    open: 'Open the application',
    replyTo: (a) => `A reply to this email goes to ${a}.`,
    reference: (r) => `Reference: ${r}.`,
  },
};

/**
 * Builds the escalation in the national contact's language: first name, postal code and kommune, the association,
 * days waiting, how many reminders went out, a link. Never free text.
 */
export function followUpEscalation(d: FollowUpEscalationData, lang: Language): MailContent {
  const w = textsFor(WORDING, lang);
  const days = dayCount(d.daysWaiting, lang);
  const blocks: Block[] = [{ type: 'p', text: w.waiting(applicantAndPlace(d, lang), d.associationName, days) }];
  if (d.remindersSent > 0) blocks.push({ type: 'p', text: w.reminders(d.remindersSent) });
  blocks.push({ type: 'p', text: d.fallback ? w.actFallback : w.act }, { type: 'link', label: w.open, href: d.applicationUrl });
  if (!d.fallback) blocks.push({ type: 'p', text: w.replyTo(d.associationName) });
  blocks.push({ type: 'p', text: w.reference(d.reference) });
  return { subject: w.subject(days, d.reference), blocks };
}
