/** The form's texts: the shape every language fills in, and the pick by language. */
import type { Language } from '../../contract/index.js';
import type { VisibleField, YesNoField } from '../form-fields.js';
import type { Segment } from './segments.js';
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';

export type { Segment } from './segments.js';

/** Every text the element shows, in one language. */
export interface Messages {
  title: string;
  intro: string;
  requiredNote: string;
  /** Added to the labels of optional fields, in brackets. */
  optional: string;
  yes: string;
  no: string;
  sections: { contact: string; fit: string; fitIntro: string; about: string; privacy: string };
  labels: Record<VisibleField, string>;
  hints: Partial<Record<VisibleField, string>>;
  /** The visible warning above the free-text answer: what not to write about (GDPR art. 9). */
  motivationNote: string;
  maxCharacters: (max: number) => string;
  privacy: { notice: string; versionLabel: string };
  submit: string;
  sending: string;
  retry: string;
  help: { summary: string; intro: string; items: ReadonlyArray<{ title: string; body: readonly Segment[] }> };
  errorSummaryHeading: string;
  errors: {
    required: Record<YesNoField | 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode', string>;
    invalidEmail: string;
    invalidPhone: string;
    invalidPostalCode: string;
    needsLetter: (label: string) => string;
    tooLong: (label: string, max: number) => string;
    forbiddenCharacters: (label: string) => string;
    mustAcknowledge: string;
    invalidValue: (label: string) => string;
    /** For problems the applicant cannot fix: the page set up the element wrongly. */
    setup: string;
  };
  /** Short announcements for the live region. */
  status: { sending: string; sent: string; failed: string };
  receipt: {
    heading: string;
    referenceLabel: string;
    nextHeading: string;
    contact: (association: string) => string;
    contactUnknown: string;
    questions: (email: Segment) => Segment[];
  };
  failure: {
    heading: string;
    reasons: { network_error: string; timeout: string; rate_limited: string; service_unavailable: string; other: string };
    wait: (minutes: number) => string;
    later: string;
    kept: string;
    persist: string;
    requestId: (id: string) => string;
  };
}

const BY_LANGUAGE: Record<Language, Messages> = { nb, nn, en };

/** The texts for a form language. */
export function pickMessages(language: Language): Messages {
  return BY_LANGUAGE[language];
}
