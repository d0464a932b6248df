/**
 * Human references such as `RV-7K3M-Q9TX`: easy to read aloud, no 0/O or 1/I/L to confuse.
 *
 * The first four characters count time in steps of 16 ms (the count wraps every 4.1 hours), the last four are
 * random. References made close together therefore sort next to each other, so the unique index on them grows at one
 * place instead of at a random page per application: that index was a fifth of what each commit wrote. A reference
 * is a label, not a secret (nothing is looked up by it without signing in), so telling roughly when it was made
 * costs nothing. Two references can still collide; the store checks the batch's references against the database
 * and draws new ones for those already taken (applications.service.ts), and the unique index stays as the backstop.
 */
import { randomBytesFromPool } from '../db/random-pool.js';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** The largest multiple of 31 below 256: bytes at or above it are skipped, so every character is equally likely. */
const UNBIASED = 248;
const TIME_STEP_MS = 16;
const TIME_CYCLE = 31 ** 4;

/** A new reference for an application made at `atMs` (31^4 ≈ 923,000 random endings per 16 ms step). */
export function createReference(atMs: number = Date.now()): string {
  let t = Math.floor(atMs / TIME_STEP_MS) % TIME_CYCLE;
  let time = '';
  for (let i = 0; i < 4; i++) {
    time = ALPHABET[t % 31]! + time;
    t = Math.floor(t / 31);
  }
  let random = '';
  while (random.length < 4) {
    for (const byte of randomBytesFromPool(8)) {
      if (byte < UNBIASED && random.length < 4) random += ALPHABET[byte % 31];
    }
  }
  return `RV-${time}-${random}`;
}
