/**
 * The language the volunteer chose in the form, kept in the tab (`sessionStorage`, as her draft is) under the
 * association's slug, so that a reload speaks it too. Part of widget.js: the first render needs it. Where storage is
 * missing or refuses, nothing is kept and the form speaks the language it would have anyway.
 */
import type { Language } from '../contract/limits.js';

/** Removed with the draft (`clearDraft`): after sending and on quick exit. */
export const languageKey = (slug: string): string => `ressursvenn-lang:${slug}`;

export function rememberLanguage(slug: string, language: Language): void {
  try {
    sessionStorage.setItem(languageKey(slug), language);
  } catch {
    // Not kept: a reload speaks the page's language again.
  }
}

export function rememberedLanguage(slug: string): Language | undefined {
  try {
    const value = sessionStorage.getItem(languageKey(slug));
    return value === 'nb' || value === 'nn' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}
