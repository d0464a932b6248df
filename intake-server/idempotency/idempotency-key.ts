/** Reads the `Idempotency-Key` header (IETF draft-ietf-httpapi-idempotency-key-header). */
import { IDEMPOTENCY_HEADER, LIMITS } from '../../contract/index.js';
import { HttpError } from '../errors.js';

/** Printable ASCII without spaces, as UUIDs and the draft's examples are; optionally quoted as a structured-field string. */
const KEY = /^[\x21-\x7E]+$/;

/** The key of a request, or a 400 that says what is wrong with it. */
export function readIdempotencyKey(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw new HttpError(400, 'idempotency_key_missing', `The ${IDEMPOTENCY_HEADER} header is required.`);
  }
  const key = header.trim().replace(/^"(.*)"$/, '$1');
  if (key.length === 0 || key.length > LIMITS.idempotencyKeyLength || !KEY.test(key)) {
    throw new HttpError(400, 'invalid_request', `The ${IDEMPOTENCY_HEADER} header must be 1 to ${LIMITS.idempotencyKeyLength} printable ASCII characters.`);
  }
  return key;
}
