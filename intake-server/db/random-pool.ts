/** Cryptographically random bytes from a pooled buffer: one system call per 4 KB instead of one per id. */
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(4096);
let offset = pool.length;

/** `n` (≤ 4096) fresh random bytes; the returned view is valid until the next call. */
export function randomBytesFromPool(n: number): Buffer {
  if (offset + n > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + n);
  offset += n;
  return bytes;
}
