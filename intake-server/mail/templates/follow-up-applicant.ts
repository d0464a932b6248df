/** The words follow-up mails share: who applied where, and how long ago. */
import type { Language } from '../../../contract/index.js';
import type { FollowUpApplicant } from '../mail-kinds.js';

/** "Kari (postnummer 8514, Narvik kommune)": the first name and the place, as in the coordinator notice. */
export function applicantAndPlace(d: FollowUpApplicant, lang: Language): string {
  const kommune = d.kommuneName?.trim() ? d.kommuneName : null;
  if (lang === 'en') return `${d.firstName} (postcode ${d.postalCode}${kommune ? `, ${kommune} municipality` : ''})`;
  return `${d.firstName} (postnummer ${d.postalCode}${kommune ? `, ${kommune} kommune` : ''})`;
}

/** "5 dager", "1 dag", "5 dagar", "5 days". */
export function dayCount(n: number, lang: Language): string {
  if (lang === 'en') return `${n} ${n === 1 ? 'day' : 'days'}`;
  if (lang === 'nn') return `${n} ${n === 1 ? 'dag' : 'dagar'}`;
  return `${n} ${n === 1 ? 'dag' : 'dager'}`;
}
