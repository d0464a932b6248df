/** The closed set of error codes the intake API answers with, and the codes of field-level problems. */

/** Request-level error codes: the `error.code` of every non-2xx JSON response. */
export const ERROR_CODES = [
  'invalid_json',
  'invalid_request',
  'unsupported_media_type',
  'forbidden_origin',
  'payload_too_large',
  'validation_failed',
  'idempotency_key_missing',
  'idempotency_key_reused',
  'not_found',
  'rate_limited',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field-level problem codes: the values of `error.fields`. The widget turns each into a sentence in the form's language. */
export const FIELD_ERROR_CODES = [
  'required',
  'too_long',
  'invalid_email',
  'invalid_phone',
  'invalid_postal_code',
  'needs_letter',
  'forbidden_characters',
  'must_acknowledge',
  'invalid_value',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** Narrows an unknown string to a field error code; anything unknown becomes `invalid_value`. */
export function toFieldErrorCode(value: unknown): FieldErrorCode {
  return (FIELD_ERROR_CODES as readonly unknown[]).includes(value) ? (value as FieldErrorCode) : 'invalid_value';
}
