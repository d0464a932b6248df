/** Turns a field error code from the contract into a sentence in the form's language. */
import type { FieldErrorCode, FieldName } from '../contract/index.js';
import { isVisibleField, MAX_LENGTHS, type VisibleField } from './form-fields.js';
import type { LaterMessages } from './messages/index.js';

/** What field templates need of the texts: the first step's, or every text once the later steps' are here. */
export interface FieldTexts {
  optional: string;
  labels: Partial<Record<VisibleField, string>>;
  hints: Partial<Record<VisibleField, string>>;
  errors: LaterMessages['errors'];
  /** With the later steps' texts. */
  answerRequired?: Partial<Record<VisibleField, string>>;
  mustAcknowledge?: string;
  containsLink?: (label: string) => string;
  setupError?: string;
  unknownPostalCode?: string;
}

/** The message shown next to a field and in the error summary. Fields the applicant cannot see get the setup text. */
export function fieldErrorText(m: FieldTexts, field: FieldName, code: FieldErrorCode): string {
  if (!isVisibleField(field)) return m.setupError ?? '';
  const label = m.labels[field] ?? '';
  switch (code) {
    case 'required':
      if (field === 'privacyAcknowledged') return m.mustAcknowledge ?? '';
      return (m.errors.required as Partial<Record<VisibleField, string>>)[field] ?? m.answerRequired?.[field] ?? m.errors.invalidValue(label);
    case 'must_acknowledge':
      return m.mustAcknowledge ?? '';
    case 'invalid_email':
      return m.errors.invalidEmail;
    case 'invalid_phone':
      return m.errors.invalidPhone;
    case 'invalid_postal_code':
      return m.errors.invalidPostalCode;
    case 'unknown_postal_code':
      // Only the flow finds this, and its texts come with it.
      return m.unknownPostalCode ?? m.errors.invalidPostalCode;
    case 'needs_letter':
      return m.errors.needsLetter(label);
    case 'contains_link':
      return m.containsLink?.(label) ?? m.errors.invalidValue(label);
    case 'too_long':
      return m.errors.tooLong(label, MAX_LENGTHS[field] ?? 0);
    case 'forbidden_characters':
      return m.errors.forbiddenCharacters(label);
    case 'invalid_value':
      return m.errors.invalidValue(label);
  }
}
