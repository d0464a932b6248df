/** Times in alerts, written as people in Norway read them. */
import type { Language } from '../../../contract/index.js';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Date and time in Norway, e.g. "27. november 2026 kl. 11:00"; a value that is not a time is shown as given. */
export function formatOsloTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' }).format(date);
}
