/** The quick-exit button's destination (GOV.UK's "Exit this page" pattern): a neutral site that replaces this page. */

/** Weather: nothing about it hints at what the visitor was reading. */
export const NEUTRAL_SITE = 'https://www.yr.no/';

/** The `quick-exit` attribute's URL if it is an absolute https URL, else {@link NEUTRAL_SITE}. */
export function quickExitUrl(attribute: string | null): string {
  try {
    const url = new URL((attribute ?? '').trim());
    return url.protocol === 'https:' ? url.href : NEUTRAL_SITE;
  } catch {
    return NEUTRAL_SITE;
  }
}

/** Replaces the current history entry, so that Back does not return to the form. */
export function leaveTo(url: string): void {
  try {
    window.location.replace(url);
  } catch {
    // A page that forbids navigation (a sandboxed frame) keeps the visitor; nothing else to do.
  }
}
