/** Turns a field error code from the contract into a sentence in the form's language. */
import type { FieldErrorCode, FieldName } from '../contract/index.js';
import { isVisibleField, MAX_LENGTHS } from './form-fields.js';
import type { Messages } from './messages/index.js';

/** The message shown next to a field and in the error summary. Fields the applicant cannot see get the setup text. */
export function fieldErrorText(m: Messages, field: FieldName, code: FieldErrorCode): string {
  if (!isVisibleField(field)) return m.errors.setup;
  const label = m.labels[field];
  switch (code) {
    case 'required':
      if (field === 'privacyAcknowledged') return m.errors.mustAcknowledge;
      return field in m.errors.required ? m.errors.required[field as keyof Messages['errors']['required']] : m.errors.invalidValue(label);
    case 'must_acknowledge':
      return m.errors.mustAcknowledge;
    case 'invalid_email':
      return m.errors.invalidEmail;
    case 'invalid_phone':
      return m.errors.invalidPhone;
    case 'invalid_postal_code':
      return m.errors.invalidPostalCode;
    case 'needs_letter':
      return m.errors.needsLetter(label);
    case 'too_long':
      return m.errors.tooLong(label, MAX_LENGTHS[field] ?? 0);
    case 'forbidden_characters':
      return m.errors.forbiddenCharacters(label);
    case 'invalid_value':
      return m.errors.invalidValue(label);
  }
}
