/**
 * The one way the server keeps its words (mails, workspace pages, hosted pages): a record with every language written
 * in full, typed `LanguageTexts<T>`, so a missing text is a type error and never a silent Bokmål fallback. No spreads
 * from another language, no `switch` with a default.
 */
import type { Language } from '../contract/index.js';

export type { Language } from '../contract/index.js';

/** One shape of texts, written out in every language. */
export type LanguageTexts<T> = Readonly<Record<Language, T>>;

/** The texts of `record` in `language`. */
export function textsFor<T>(record: LanguageTexts<T>, language: Language): T {
  return record[language];
}
