/** Dates and ages as people in Norway read them, in the page's language. */
import { formatOsloTime } from '../../mail/templates/format-time.js';
import type { WorkspaceLanguage } from '../layout/texts.js';

const LOCALES: Record<WorkspaceLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const ZONE = 'Europe/Oslo';

/** The calendar day in Norway, YYYY-MM-DD. */
export function osloDay(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "27. november 2026" for a time or a YYYY-MM-DD day. */
export function formatDay(value: string, language: WorkspaceLanguage): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "27. november 2026 kl. 11:00": the same wording as the times in mails. */
export const formatTime: (iso: string, language: WorkspaceLanguage) => string = formatOsloTime;

/** Whole calendar days in Norway between `from` and `now` (0 on the same day). */
export function daysBetween(from: string, now: Date): number {
  const a = Date.parse(`${osloDay(new Date(from))}T00:00:00Z`);
  const b = Date.parse(`${osloDay(now)}T00:00:00Z`);
  return Math.max(0, Math.round((b - a) / 86_400_000));
}

/** A stored Norwegian number (`+4741234567`) as people write it: "412 34 567", "22 33 44 55"; others as stored. */
export function formatPhone(e164: string): string {
  const m = /^\+47(\d{8})$/.exec(e164);
  if (!m) return e164;
  const d = m[1]!;
  return /^[49]/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}` : `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`;
}
