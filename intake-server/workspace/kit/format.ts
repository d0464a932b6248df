/** Dates, times and phone numbers as people in Norway read them, in the page's language (day arithmetic: lib/time.ts). */
import type { Language } from '../../../contract/index.js';
import { formatOsloDay, formatOsloTime } from '../../lib/oslo-format.js';

/** "27. november 2026" for a time or a YYYY-MM-DD day. */
export const formatDay: (value: string, language: Language) => string = formatOsloDay;

/** "27. november 2026 kl. 11:00": the same wording as the times in mails. */
export const formatTime: (iso: string, language: Language) => string = formatOsloTime;

/** A stored Norwegian number (`+4741234567`) as people write it: "412 34 567", "22 33 44 55"; others as stored. */
export function formatPhone(e164: string): string {
  const m = /^\+47(\d{8})$/.exec(e164);
  if (!m) return e164;
  const d = m[1]!;
  return /^[49]/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`;
}
