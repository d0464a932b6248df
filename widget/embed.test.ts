// Tests the built bundle (dist/widget/widget.js, from `npm run build`), as a webmaster's page would load it.
import { cleanUp, expectAccessible, shadow } from './test-fixtures.js';
import type { RessursvennSignup } from './signup-element.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const BUNDLE = '/dist/widget/widget.js';
const added: Element[] = [];

/** Adds a script tag for the bundle where a CMS would put it, and waits until it has run. */
function loadBundle(parent: Element, attributes: Record<string, string>, src = BUNDLE): Promise<HTMLScriptElement> {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.src = src;
  script.async = true;
  const loaded = new Promise<HTMLScriptElement>((resolve, reject) => {
    script.addEventListener('load', () => resolve(script));
    script.addEventListener('error', () => reject(new Error(`could not load ${src}: run \`npm run build\` first`)));
  });
  parent.append(script);
  added.push(script);
  return loaded;
}

function container(): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  added.push(div);
  return div;
}

/** Errors the page sees while `run` runs: anything the bundle throws lands here. */
async function pageErrors(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

// One page for the whole file: the first load defines the element for every test below, as on a real page.
describe('embed.ts, the one-script-tag entry (built bundle)', () => {
  afterEach(() => {
    cleanUp();
    for (const element of added.splice(0)) element.remove();
  });

  it('mounts the form directly after its script tag, with data-association and data-lang', async () => {
    const place = container();
    const errors = await pageErrors(() => loadBundle(place, { 'data-association': 'narvik', 'data-lang': 'nn' }));
    assertEqual(errors.length, 0, `page errors: ${errors.join('; ')}`);
    const script = place.querySelector('script')!;
    const element = script.nextElementSibling as RessursvennSignup | null;
    assertEqual(element?.localName, 'ressursvenn-signup');
    assertEqual(element!.getAttribute('association'), 'narvik');
    assertEqual(element!.getAttribute('lang'), 'nn');
    await element!.updateComplete;
    await expectAccessible(element!);
    assertIncludes(shadow(element!).querySelector('summary')?.textContent, 'Treng du hjelp sjølv?');
    assertTrue(script.hasAttribute('data-ressursvenn-mounted'), 'the script is marked');
  });

  it('survives a second load: one definition, no errors, no second form for an already mounted tag', async () => {
    const place = container();
    await loadBundle(place, { 'data-association': 'narvik' });
    const definition = customElements.get('ressursvenn-signup');
    const again = container();
    const errors = await pageErrors(() => loadBundle(again, { 'data-association': 'oslo' }, `${BUNDLE}?again`));
    assertEqual(errors.length, 0, `page errors: ${errors.join('; ')}`);
    assertEqual(customElements.get('ressursvenn-signup'), definition, 'the first definition stays');
    assertEqual(place.querySelectorAll('ressursvenn-signup').length, 1, 'the first tag still has one form');
    const second = again.querySelector('ressursvenn-signup') as RessursvennSignup;
    assertEqual(second.getAttribute('association'), 'oslo');
    await second.updateComplete;
    await expectAccessible(second);
    assertTrue(second.shadowRoot?.querySelector('form') !== null, 'the second form works');
  });

  it('does not mount again after a tag that already has its form (a page saved with the form in it)', async () => {
    const place = container();
    await loadBundle(place, { 'data-association': 'narvik' });
    const saved = place.innerHTML;
    const copy = container();
    copy.innerHTML = saved; // parsed scripts do not run, so load a marked one by hand
    const script = document.createElement('script');
    script.setAttribute('data-association', 'narvik');
    script.setAttribute('data-ressursvenn-mounted', '');
    copy.prepend(script);
    const errors = await pageErrors(async () => {
      script.src = `${BUNDLE}?saved`;
      await new Promise((resolve) => script.addEventListener('load', resolve));
    });
    assertEqual(errors.length, 0);
    const element = copy.querySelector('ressursvenn-signup') as RessursvennSignup;
    await element.updateComplete;
    await expectAccessible(element);
    assertEqual(copy.querySelectorAll('ressursvenn-signup').length, 1);
  });

  it('mounts after a type="module" script tag too', async () => {
    const place = container();
    const errors = await pageErrors(() => loadBundle(place, { type: 'module', 'data-association': 'haugesund' }, `${BUNDLE}?module`));
    assertEqual(errors.length, 0);
    const element = place.querySelector('script')!.nextElementSibling as RessursvennSignup | null;
    assertEqual(element?.getAttribute('association'), 'haugesund');
    await element!.updateComplete;
    await expectAccessible(element!);
  });
});
