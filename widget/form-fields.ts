/** The fields the applicant sees: names, kinds, input attributes, and how their values are read from the form. */
import type { FieldName } from '../contract/application.schema.js';
import { LIMITS } from '../contract/limits.js';

/** A single-line text input (the one on step 2, spoken languages, is defined with step 2's fields). */
export interface TextFieldDef {
  name: 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode' | 'languages';
  type: 'text' | 'email' | 'tel';
  autocomplete: string;
  maxLength: number;
  inputMode?: 'numeric';
  optional?: boolean;
  /** Short inputs for short answers: the width hints at what is expected. */
  narrow?: boolean;
}

/** Contact details, in form order. */
export const CONTACT_FIELDS: readonly TextFieldDef[] = [
  { name: 'firstName', type: 'text', autocomplete: 'given-name', maxLength: LIMITS.nameLength },
  { name: 'lastName', type: 'text', autocomplete: 'family-name', maxLength: LIMITS.nameLength },
  { name: 'email', type: 'email', autocomplete: 'email', maxLength: LIMITS.emailLength },
  { name: 'phone', type: 'tel', autocomplete: 'tel', maxLength: LIMITS.phoneLength, narrow: true },
  // The contract caps the raw postal code at 8 characters before it insists on four digits.
  { name: 'postalCode', type: 'text', autocomplete: 'postal-code', maxLength: 8, inputMode: 'numeric', narrow: true },
];

/** The fit questions, answered yes or no, in form order. */
export const YES_NO_FIELDS = [
  'age25OrOlder',
  'canCommit',
  'willTakeCourse',
  'willSignConfidentiality',
  'willShowPoliceCertificate',
] as const;
export type YesNoField = (typeof YES_NO_FIELDS)[number];

/** Every field the applicant fills in. The rest of the application (association, language, notice version) is set by the page. */
export const VISIBLE_FIELDS = [
  ...CONTACT_FIELDS.map((field) => field.name),
  ...YES_NO_FIELDS,
  'motivation',
  'languages',
  'privacyAcknowledged',
] as const satisfies readonly FieldName[];
export type VisibleField = (typeof VISIBLE_FIELDS)[number];

/** Most characters each free-text field takes, for "too long" messages. */
export const MAX_LENGTHS: Partial<Record<FieldName, number>> = {
  ...Object.fromEntries(CONTACT_FIELDS.map((field) => [field.name, field.maxLength])),
  motivation: LIMITS.motivationLength,
  languages: LIMITS.languagesLength,
};

export function isVisibleField(name: string): name is VisibleField {
  return (VISIBLE_FIELDS as readonly string[]).includes(name);
}

export function isYesNoField(name: string): name is YesNoField {
  return (YES_NO_FIELDS as readonly string[]).includes(name);
}

/** The id of a field's input (for a yes/no question: its first radio button) inside the shadow root. */
export function fieldId(name: FieldName): string {
  return `rv-${name}`;
}

/** The value of one field as the contract expects it: text, a boolean, or undefined for an unanswered question. */
export function readFieldValue(data: FormData, name: VisibleField): string | boolean | undefined {
  const raw = data.get(name);
  if (isYesNoField(name)) return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (name === 'privacyAcknowledged') return raw !== null;
  return typeof raw === 'string' ? raw : '';
}

/** Name of the hidden field that only automated form fillers fill in. */
export const HONEYPOT_NAME = 'website';
