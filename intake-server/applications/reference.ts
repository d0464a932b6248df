/** Human references such as `RV-7K3M-Q9TX`: easy to read aloud, no 0/O or 1/I/L to confuse. */
import { randomBytesFromPool } from '../db/random-pool.js';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** The largest multiple of 31 below 256: bytes at or above it are skipped, so every character is equally likely. */
const UNBIASED = 248;

/** A new random reference (31^8 ≈ 8.5e11 possibilities; uniqueness is still enforced by the database). */
export function createReference(): string {
  let s = '';
  while (s.length < 8) {
    for (const byte of randomBytesFromPool(12)) {
      if (byte < UNBIASED && s.length < 8) s += ALPHABET[byte % 31];
    }
  }
  return `RV-${s.slice(0, 4)}-${s.slice(4)}`;
}
