// The built widget on a page of its own: it adds nothing to the host page's globals or styles, and a page that loads
// the script twice keeps one working definition and sees no errors.
import type { RessursvennSignup } from './signup-element.js';
import { expectAccessible, waitFor } from './test-fixtures.js';
import { assertDeepEqual, assertEqual, assertTrue, describe, it } from './test-helpers.js';

function load(src: string, parent: Element, attributes: Record<string, string> = {}): Promise<void> {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.src = src;
  script.async = true;
  parent.append(script);
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${src}: run \`npm run build\` first`)));
  });
}

describe('the built widget and the host page', () => {
  it('adds no globals, no styles and nothing to <head>, even with every chunk loaded', async () => {
    const globalsBefore = new Set(Object.getOwnPropertyNames(window));
    const symbolsBefore = Object.getOwnPropertyNames(Symbol);
    const head = document.head.innerHTML;
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const errors: string[] = [];
    window.addEventListener('error', (event) => errors.push(event.message));
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

    const place = document.createElement('div');
    document.body.append(place);
    await load('/dist/widget/widget.js', place, { 'data-association': 'narvik', 'data-lang': 'nb', 'data-quick-exit': '' });
    const element = place.querySelector('ressursvenn-signup') as RessursvennSignup;
    await waitFor(() => element.shadowRoot?.querySelector('[name="age25OrOlder"]') != null, 'every step rendered', 8000);
    await expectAccessible(element);
    // A second copy of the script, as a careless CMS template might add.
    await load('/dist/widget/widget.js?twice', place, { 'data-association': 'narvik' });
    const forms = place.querySelectorAll('ressursvenn-signup');
    assertEqual(forms.length, 2);
    await waitFor(() => forms[1]!.shadowRoot?.querySelector('form') != null, 'the second form');

    const added = Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name));
    assertDeepEqual(added, [], 'no new globals');
    assertDeepEqual(Object.getOwnPropertyNames(Symbol), symbolsBefore, 'no Symbol polyfills');
    assertEqual(document.head.innerHTML, head, 'nothing added to <head> (no modulepreload links, no styles)');
    assertEqual(document.styleSheets.length, sheets, 'no stylesheets in the document');
    assertEqual(document.adoptedStyleSheets.length, adopted, 'none adopted by the document');
    assertEqual(getComputedStyle(document.documentElement).getPropertyValue('--rv-color-accent'), '', 'no custom properties on :root');
    assertTrue(errors.length === 0, `no errors: ${errors.join('; ')}`);
  });
});
