/** The words follow-up mails share: who applied where, and how long ago. */
import type { Language } from '../../../contract/index.js';
import { textsFor, type LanguageTexts } from '../../texts.js';
import type { FollowUpApplicant } from '../mail-kinds.js';

interface Wording {
  place: (postalCode: string, kommune: string | null) => string;
  days: (n: number) => string;
}

const WORDING: LanguageTexts<Wording> = {
  nb: { place: (p, k) => (k ? `postnummer ${p}, ${k} kommune` : `postnummer ${p}`), days: (n) => `${n} ${n === 1 ? 'dag' : 'dager'}` },
  nn: { place: (p, k) => (k ? `postnummer ${p}, ${k} kommune` : `postnummer ${p}`), days: (n) => `${n} ${n === 1 ? 'dag' : 'dagar'}` },
  en: { place: (p, k) => (k ? `postcode ${p}, ${k} municipality` : `postcode ${p}`), days: (n) => `${n} ${n === 1 ? 'day' : 'days'}` },
};

/** "Kari (postnummer 8514, Narvik kommune)": the first name and the place, as in the coordinator notice. */
export function applicantAndPlace(d: FollowUpApplicant, lang: Language): string {
  const kommune = d.kommuneName?.trim() ? d.kommuneName : null;
  return `${d.firstName} (${textsFor(WORDING, lang).place(d.postalCode, kommune)})`;
}

/** "5 dager", "1 dag", "5 dagar", "5 days". */
export function dayCount(n: number, lang: Language): string {
  return textsFor(WORDING, lang).days(n);
}
