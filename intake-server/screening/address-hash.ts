/** Keyed hashes of email and IP addresses: enough to count and compare, useless to read back. */
import { createHmac } from 'node:crypto';

/** HMAC-SHA-256 of the lower-cased, trimmed value, hex; `purpose` separates the uses of one key. */
export function addressHash(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\0${value.trim().toLowerCase()}`).digest('hex');
}
