/**
 * The words of the hosted page's plain HTML form (the form without JavaScript). They are the widget's own texts
 * (widget/messages/*), read from there, so the two forms cannot drift apart; only what the widget never says (the form
 * could not be taken now) is the server's own.
 */
import type { FieldErrorCode } from '../../contract/index.js';
import { en } from '../../widget/messages/en.js';
import { enLater } from '../../widget/messages/en-later.js';
import type { LaterMessages, Messages } from '../../widget/messages/index.js';
import { nb } from '../../widget/messages/nb.js';
import { nbLater } from '../../widget/messages/nb-later.js';
import { nn } from '../../widget/messages/nn.js';
import { nnLater } from '../../widget/messages/nn-later.js';
import type { LanguageTexts } from '../texts.js';

export type TextField = 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode' | 'languages';
export type YesNoField = 'age25OrOlder' | 'canCommit' | 'willTakeCourse' | 'willSignConfidentiality' | 'willShowPoliceCertificate';
export type FormField = TextField | YesNoField | 'motivation' | 'privacyAcknowledged';

export interface HostedFormTexts {
  title: string;
  intro: string;
  requiredNote: string;
  optional: string;
  yes: string;
  no: string;
  sections: { contact: string; fit: string; fitIntro: string; about: string; privacy: string };
  labels: Record<FormField, string>;
  hints: Partial<Record<FormField, string>>;
  motivationNote: string;
  maxCharacters: (max: number) => string;
  privacyNotice: string;
  submit: string;
  errorSummaryHeading: string;
  /** The sentence for a field's problem (the contract's code), as the widget words it. */
  errors: {
    required: Record<FormField, string>;
    invalidEmail: string;
    invalidPhone: string;
    invalidPostalCode: string;
    unknownPostalCode: string;
    needsLetter: (label: string) => string;
    tooLong: (label: string, max: number) => string;
    forbiddenCharacters: (label: string) => string;
    containsLink: (label: string) => string;
    invalidValue: (label: string) => string;
  };
  receipt: {
    heading: string;
    referenceLabel: string;
    nextHeading: string;
    contact: (association: string) => string;
    steps: readonly string[];
    questions: (email: string) => readonly [string, string, string];
  };
  /** The form could not be taken now (too many from this address, or the service is down). */
  notSentTitle: string;
  notSent: string;
  tryAgain: string;
}

/** The server's own words: what the widget never has to say. */
interface OwnTexts {
  notSentTitle: string;
  notSent: string;
  tryAgain: string;
}

/** One language of the plain form, from the widget's two parts of that language. */
function formTexts(first: Messages, later: LaterMessages, own: OwnTexts): HostedFormTexts {
  const labels = { ...first.labels, ...later.labels };
  return {
    title: first.title,
    intro: first.intro,
    requiredNote: first.requiredNote,
    optional: first.optional,
    yes: later.yes,
    no: later.no,
    sections: { contact: first.sections.contact, ...later.sections },
    labels,
    hints: { ...first.hints, ...later.hints },
    motivationNote: later.motivationNote,
    maxCharacters: later.maxCharacters,
    privacyNotice: later.privacy.notice,
    submit: later.submit,
    errorSummaryHeading: later.errorSummaryHeading,
    errors: {
      required: {
        ...later.errors.required,
        ...later.answerRequired,
        motivation: later.errors.invalidValue(labels.motivation),
        languages: later.errors.invalidValue(labels.languages),
        privacyAcknowledged: later.mustAcknowledge,
      },
      invalidEmail: later.errors.invalidEmail,
      invalidPhone: later.errors.invalidPhone,
      invalidPostalCode: later.errors.invalidPostalCode,
      unknownPostalCode: later.unknownPostalCode,
      needsLetter: later.errors.needsLetter,
      tooLong: later.errors.tooLong,
      forbiddenCharacters: later.errors.forbiddenCharacters,
      containsLink: later.containsLink,
      invalidValue: later.errors.invalidValue,
    },
    receipt: {
      heading: later.receipt.heading,
      referenceLabel: later.receipt.referenceLabel,
      nextHeading: later.receipt.nextHeading,
      contact: later.receipt.contact,
      steps: later.receipt.steps,
      // The widget's sentence around the address, with the address as plain text (the page links it itself).
      questions: (email) => {
        const [before, , after] = later.receipt.questions(email);
        return [String(before), email, String(after)];
      },
    },
    ...own,
  };
}

export const HOSTED_FORM_TEXTS: LanguageTexts<HostedFormTexts> = {
  nb: formTexts(nb, nbLater, {
    notSentTitle: 'Søknaden er ikke sendt ennå',
    notSent: 'Det har kommet mange søknader på kort tid, eller tjenesten er midlertidig utilgjengelig. Det du har skrevet, ligger fortsatt i skjemaet.',
    tryAgain: 'Vent noen minutter, og send skjemaet på nytt.',
  }),
  nn: formTexts(nn, nnLater, {
    notSentTitle: 'Søknaden er ikkje send enno',
    notSent: 'Det har kome mange søknader på kort tid, eller tenesta er mellombels utilgjengeleg. Det du har skrive, ligg framleis i skjemaet.',
    tryAgain: 'Vent nokre minutt, og send skjemaet på nytt.',
  }),
  en: formTexts(en, enLater, {
    notSentTitle: 'Your application has not been sent yet',
    notSent: 'Many applications have arrived in a short time, or the service is temporarily unavailable. What you have written is still in the form.',
    tryAgain: 'Wait a few minutes, and send the form again.',
  }),
};

/** The sentence for one field's problem. */
export function fieldErrorText(t: HostedFormTexts, field: FormField, code: FieldErrorCode, max: number): string {
  const label = t.labels[field];
  switch (code) {
    case 'required':
    case 'must_acknowledge':
      return t.errors.required[field];
    case 'invalid_email':
      return t.errors.invalidEmail;
    case 'invalid_phone':
      return t.errors.invalidPhone;
    case 'invalid_postal_code':
      return t.errors.invalidPostalCode;
    case 'unknown_postal_code': // only the postal-code lookup finds it; the contract never does
      return t.errors.unknownPostalCode;
    case 'needs_letter':
      return t.errors.needsLetter(label);
    case 'too_long':
      return t.errors.tooLong(label, max);
    case 'forbidden_characters':
      return t.errors.forbiddenCharacters(label);
    case 'contains_link':
      return t.errors.containsLink(label);
    case 'invalid_value':
      return t.errors.invalidValue(label);
  }
}
