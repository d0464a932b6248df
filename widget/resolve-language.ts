/**
 * Which language the form speaks: the element's own `lang`, else the host page's `<html lang>`, else the
 * association's default, else Bokmål.
 */
import { DEFAULT_LANGUAGE, type Language } from '../contract/limits.js';

/**
 * Maps a BCP 47 tag to a form language: `no`, `nb` and their regional forms → `nb`; `nn`, `nn-*` → `nn`;
 * `en`, `en-*` → `en`; anything else → `nb`. Returns undefined for an empty or missing tag.
 */
export function toFormLanguage(tag: string | null | undefined): Language | undefined {
  const primary = primaryOf(tag);
  if (!primary) return undefined;
  return knownLanguage(primary) ?? DEFAULT_LANGUAGE;
}

/** Like {@link toFormLanguage}, but undefined for a language the form does not have (a page in German says nothing). */
export function pageLanguage(tag: string | null | undefined): Language | undefined {
  return knownLanguage(primaryOf(tag));
}

/**
 * The form's language. An explicit `lang` attribute on the element wins, even when it names a language the form does
 * not have (that falls back to Bokmål); then the page's `<html lang>` if the form has that language; then the
 * association's default; then Bokmål.
 */
export function resolveLanguage(
  elementLang: string | null | undefined,
  documentLang: string | null | undefined,
  associationDefault?: Language,
): Language {
  return toFormLanguage(elementLang) ?? pageLanguage(documentLang) ?? associationDefault ?? DEFAULT_LANGUAGE;
}

function primaryOf(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
}

function knownLanguage(primary: string): Language | undefined {
  if (primary === 'nb' || primary === 'no' || primary === 'nob' || primary === 'nor') return 'nb';
  if (primary === 'nn' || primary === 'nno') return 'nn';
  if (primary === 'en' || primary === 'eng') return 'en';
  return undefined;
}
