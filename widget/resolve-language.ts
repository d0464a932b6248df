/** Which language the form speaks: the element's own `lang`, else the host page's `<html lang>`, else Bokmål. */
import { DEFAULT_LANGUAGE, type Language } from '../contract/index.js';

/**
 * Maps a BCP 47 tag to a form language: `no`, `nb` and their regional forms → `nb`; `nn`, `nn-*` → `nn`;
 * `en`, `en-*` → `en`; anything else → `nb`. Returns undefined for an empty or missing tag.
 */
export function toFormLanguage(tag: string | null | undefined): Language | undefined {
  const normalised = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!normalised) return undefined;
  const primary = normalised.split('-')[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return DEFAULT_LANGUAGE;
}

/**
 * The form's language. An explicit `lang` attribute on the element wins, even when it names a language the form does
 * not have (that falls back to Bokmål); otherwise the page's `<html lang>` decides; otherwise Bokmål.
 */
export function resolveLanguage(elementLang: string | null | undefined, documentLang: string | null | undefined): Language {
  return toFormLanguage(elementLang) ?? toFormLanguage(documentLang) ?? DEFAULT_LANGUAGE;
}
