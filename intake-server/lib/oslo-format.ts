/**
 * Dates and times as people in Norway read them, in the reader's language: one place for the locales and the time
 * zone, for mails and pages alike (day arithmetic is time.ts's).
 */
import type { Language } from '../../contract/index.js';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const ZONE = 'Europe/Oslo';

const format = (date: Date, language: Language, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, ...options }).format(date);

/** Date and time in Norway, e.g. "27. november 2026 kl. 11:00"; a value that is not a time is shown as given. */
export function formatOsloTime(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, language, { dateStyle: 'long', timeStyle: 'short' });
}

/** "27. november 2026" for a time or a YYYY-MM-DD day; a value that is neither is shown as given. */
export function formatOsloDay(value: string, language: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : format(date, language, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "fredag 4. desember": the weekday and the day in Norway of a moment. */
export function formatOsloWeekday(date: Date, language: Language): string {
  return format(date, language, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "18:00": the time of day in Norway of a moment. */
export function formatOsloClock(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, language, { timeStyle: 'short' });
}
