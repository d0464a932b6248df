/** Row ids that sort by creation time (UUIDv7, RFC 9562), so inserts append to indexes instead of touching random pages. */
import { randomBytesFromPool } from './random-pool.js';

let lastMs = 0;
let seq = 0;

/** A new UUIDv7; ids made in the same millisecond still sort in creation order. */
export function newId(now = Date.now()): string {
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs++;
    now = lastMs;
  } else {
    lastMs = now;
    seq = randomBytesFromPool(2).readUInt16BE(0) & 0x7ff;
  }
  const b = Buffer.from(randomBytesFromPool(16));
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
