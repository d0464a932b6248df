import { defineRessursvennSignup, TAG_NAME } from './define.js';
import { RessursvennSignup } from './signup-element.js';
import { assertEqual, describe, it } from './test-helpers.js';

describe('defineRessursvennSignup', () => {
  it('finds the tag free after importing the class, defines it once and leaves the definition alone after', () => {
    assertEqual(customElements.get(TAG_NAME), undefined, 'importing the element class defines nothing');
    assertEqual(defineRessursvennSignup(), true);
    assertEqual(customElements.get(TAG_NAME), RessursvennSignup);
    assertEqual(defineRessursvennSignup(), false, 'a second call does nothing');
    assertEqual(customElements.get(TAG_NAME), RessursvennSignup);
  });

  it('does not throw when another element already holds the tag', () => {
    const registry = {
      get: () => class extends HTMLElement {},
      define: () => {
        throw new DOMException('already defined', 'NotSupportedError');
      },
    } as unknown as CustomElementRegistry;
    assertEqual(defineRessursvennSignup(registry), false);
    const racing = {
      get: () => undefined,
      define: () => {
        throw new DOMException('already defined', 'NotSupportedError');
      },
    } as unknown as CustomElementRegistry;
    assertEqual(defineRessursvennSignup(racing), false, 'a define that throws is reported, not thrown');
  });
});
