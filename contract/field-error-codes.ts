/** The codes of field-level problems: the values of `error.fields`, and what validation reports per field. */

/** Field-level problem codes: the values of `error.fields`. The widget turns each into a sentence in the form's language. */
const FIELD_ERROR_CODES = [
  'required',
  'too_long',
  'invalid_email',
  'invalid_phone',
  'invalid_postal_code',
  /** Four digits, but the postal code register knows no such postal code (the widget's lookup says so). */
  'unknown_postal_code',
  'needs_letter',
  /** A name with a web or email address in it, or anything that reads as one. */
  'contains_link',
  'forbidden_characters',
  'must_acknowledge',
  'invalid_value',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Narrows an unknown string to a field error code; anything unknown becomes `invalid_value`. */
export function toFieldErrorCode(value: unknown): FieldErrorCode {
  return (FIELD_ERROR_CODES as readonly unknown[]).includes(value) ? (value as FieldErrorCode) : 'invalid_value';
}
