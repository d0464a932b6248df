/** Human references such as `RV-7K3M-Q9TX`: easy to read aloud, no 0/O or 1/I/L to confuse. */
import { randomInt } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A new random reference (31^8 ≈ 8.5e11 possibilities; uniqueness is still enforced by the database). */
export function createReference(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `RV-${s.slice(0, 4)}-${s.slice(4)}`;
}
