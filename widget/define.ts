/** Registers <ressursvenn-signup>, unless the tag is already taken (a second copy of the script, or another version). */
import { RessursvennSignup } from './signup-element.js';

export const TAG_NAME = 'ressursvenn-signup';

/**
 * Defines the element in `registry` if the tag is free. Returns true if this call defined it. Never throws: a page
 * that loads the script twice keeps the first, working definition.
 */
export function defineRessursvennSignup(registry: CustomElementRegistry = customElements): boolean {
  if (registry.get(TAG_NAME) !== undefined) return false;
  try {
    registry.define(TAG_NAME, RessursvennSignup);
    return true;
  } catch {
    return false;
  }
}
