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

// The field-level codes live in their own module, so that a client that only validates need not carry the list above.
export * from './field-error-codes.js';
