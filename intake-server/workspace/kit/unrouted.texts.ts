/** Why an application is in the unrouted queue, in words: shared by the inbox and the coverage page. */
import type { Language } from '../../../contract/index.js';
import type { UnroutedExplanation } from '../../routing/unrouted-reason.js';
import { textsFor, type LanguageTexts } from '../../texts.js';

export interface UnroutedTexts {
  why: string;
  /** One sentence per reason; `names` lists the associations it is about (empty for some reasons). */
  reason: Record<UnroutedExplanation['reason'], (names: string) => string>;
}

const TEXTS: LanguageTexts<UnroutedTexts> = {
  nb: {
    why: 'Hvorfor her',
    reason: {
      no_association: () => 'Ingen forening dekker kommunen.',
      no_coordinator: (names) => `${names} dekker postnummeret, men har ingen aktiv koordinator.`,
      inactive: (names) => `${names} dekker postnummeret, men er ikke aktiv.`,
      unknown_postal_code: () => 'Postnummeret finnes ikke i postnummerregisteret, og ingen forening har det i et postnummerområde.',
      now_served: (names) => `${names} kan ta imot søknaden nå. Send den videre dit.`,
    },
  },
  nn: {
    why: 'Kvifor her',
    reason: {
      no_association: () => 'Inga foreining dekkjer kommunen.',
      no_coordinator: (names) => `${names} dekkjer postnummeret, men har ingen aktiv koordinator.`,
      inactive: (names) => `${names} dekkjer postnummeret, men er ikkje aktiv.`,
      unknown_postal_code: () => 'Postnummeret finst ikkje i postnummerregisteret, og inga foreining har det i eit postnummerområde.',
      now_served: (names) => `${names} kan ta imot søknaden no. Send han vidare dit.`,
    },
  },
  en: {
    why: 'Why it is here',
    reason: {
      no_association: () => 'No association covers the kommune.',
      no_coordinator: (names) => `${names} covers the postal code but has no active coordinator.`,
      inactive: (names) => `${names} covers the postal code but is inactive.`,
      unknown_postal_code: () => 'The postal code is not in the postal code register, and no association has it in a postal range.',
      now_served: (names) => `${names} can take it now. Pass it on.`,
    },
  },
};

/** The unrouted reasons' words in `language`. */
export function unroutedTexts(language: Language): UnroutedTexts {
  return textsFor(TEXTS, language);
}

/** The sentence for one explanation, naming its associations. */
export function describeUnrouted(language: Language, explanation: UnroutedExplanation): string {
  const names = new Intl.ListFormat(language === 'en' ? 'en' : 'nb', { type: 'conjunction' }).format(explanation.associations.map((a) => a.name));
  return unroutedTexts(language).reason[explanation.reason](names);
}
