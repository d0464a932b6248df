/** Row ids that sort by creation time (UUIDv7, RFC 9562), so inserts append to indexes instead of touching random pages. */
import { randomBytesFromPool } from './random-pool.js';

/**
 * A source of UUIDv7s. Each keeps its own last time, so its ids never go backwards: given a time at or before the
 * last one it saw (a clock stepped back, or a test clock behind the real one), it carries on from that last time.
 */
export function createIdGenerator(): (now?: number) => string {
  let lastMs = 0;
  let seq = 0;
  return (now = Date.now()) => {
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
  };
}

/** The process's ids: a new UUIDv7; ids made in the same millisecond still sort in creation order. */
export const newId = createIdGenerator();
