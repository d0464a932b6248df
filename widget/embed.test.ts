// Tests the built widget (dist/widget/, from `npm run build`) as a webmaster's page loads it: widget.js, a classic
// script, mounts the form where it stands and holds all the first step needs in Bokmål, Nynorsk and English; the
// checks, the later steps and their texts are chunks it imports from its own folder.
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, expectAccessible, shadow, waitFor, widgetFetchesSince } from './test-fixtures.js';
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
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** The widget files this page has fetched so far. */
const widgetFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/widget/'))
    .map((path) => path.slice('/dist/widget/'.length));

/** Holds the idle-time fetch of the later steps back until `release`, to see what the form needed to show. */
function holdIdleTasks(): { release: () => void; restore: () => void } {
  const idle = window.requestIdleCallback;
  const held: IdleRequestCallback[] = [];
  window.requestIdleCallback = (task) => held.push(task);
  return {
    release: () => {
      for (const task of held.splice(0)) task({ didTimeout: false, timeRemaining: () => 50 });
    },
    restore: () => {
      window.requestIdleCallback = idle;
    },
  };
}

async function rendered(element: RessursvennSignup): Promise<void> {
  await waitFor(() => element.shadowRoot?.querySelector('form') != null, 'the form is rendered');
  await element.updateComplete;
}

// One page for the whole file: the first load defines the element for every test below, as on a real page.
describe('widget.js, the one-script-tag entry (built)', () => {
  afterEach(() => {
    cleanUp();
    for (const element of added.splice(0)) element.remove();
  });

  it('mounts the form directly after its script tag, with its data attributes, in Nynorsk with widget.js alone', async () => {
    const idle = holdIdleTasks();
    try {
      const seen = performance.getEntriesByType('resource').length;
      const place = container();
      const errors = await pageErrors(() => loadBundle(place, { 'data-association': 'narvik', 'data-lang': 'nn', 'data-quick-exit': '' }));
      const script = place.querySelector('script')!;
      const element = script.nextElementSibling as RessursvennSignup | null;
      assertEqual(element?.localName, 'ressursvenn-signup');
      assertEqual(element!.getAttribute('association'), 'narvik');
      assertEqual(element!.getAttribute('lang'), 'nn');
      assertEqual(element!.getAttribute('quick-exit'), '');
      // Step 1 is on screen in Nynorsk as soon as widget.js has run: its first update had the texts.
      assertIncludes(shadow(element!).querySelector('label[for="rv-firstName"]')?.textContent, 'Førenamn');
      await rendered(element!);
      await expectAccessible(element!);
      assertEqual(errors.length, 0, `page errors: ${errors.join('; ')}`);
      assertIncludes(shadow(element!).querySelector('summary')?.textContent, 'Treng du hjelp sjølv?');
      assertTrue(script.hasAttribute('data-ressursvenn-mounted'), 'the script is marked');
      assertEqual(widgetFetchesSince(seen).join(', '), 'widget.js', 'no language chunk before the form is usable');
      // Once idle, the later steps arrive with their Nynorsk texts, and no other language's.
      idle.release();
      await waitFor(() => widgetFiles().some((f) => /-later-[\w-]{8}\.js$/.test(f)), 'the later steps fetched in the background');
      await element!.updateComplete;
      const files = widgetFiles();
      assertTrue(files.some((f) => /^signup-[\w-]{8}\.js$/.test(f)), `the element (${files.join(', ')})`);
      assertTrue(files.some((f) => /^nn-later-[\w-]{8}\.js$/.test(f)), `the later steps' Nynorsk (${files.join(', ')})`);
      assertTrue(!files.some((f) => /^(nb|nn|en)-[\w-]{8}\.js$/.test(f)), `no first-step texts of their own (${files.join(', ')})`);
      assertTrue(!files.some((f) => /^(nb|en)-later-[\w-]{8}\.js$/.test(f)), `no other language (${files.join(', ')})`);
      assertTrue(!files.some((f) => f.startsWith('proof-of-work-')), 'no proof-of-work solver without a challenge');
    } finally {
      idle.restore();
    }
  });

  // Before the Bokmål test below: that one fetches Bokmål's later texts, which this one must show are not fetched.
  it("waits for the association's default language before fetching the later steps in the background", async () => {
    // A slow lookup (the test server takes 400 ms for `treig-nynorsk`, whose default is Nynorsk) and a browser that is
    // idle at once: the background fetch of the later steps must still wait for the language, or it fetches Bokmål's.
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = (task) => window.setTimeout(() => task({ didTimeout: false, timeRemaining: () => 50 }), 0);
    try {
      assertEqual(document.documentElement.lang, '', 'the test page names no language');
      const place = container();
      await loadBundle(place, { 'data-association': 'treig-nynorsk' }, `${BUNDLE}?default`);
      const element = place.querySelector('ressursvenn-signup') as RessursvennSignup;
      await rendered(element);
      assertIncludes(shadow(element).querySelector('summary')?.textContent, 'Treng du hjelp sjølv?');
      await waitFor(() => shadow(element).querySelector('[name="motivation"]') !== null, 'the later steps rendered');
      const files = widgetFiles();
      assertTrue(files.some((f) => /^association-lookup-[\w-]{8}\.js$/.test(f)), `the lookup (${files.join(', ')})`);
      assertTrue(!files.some((f) => /^(nb|en)-later-[\w-]{8}\.js$/.test(f)), `no other language (${files.join(', ')})`);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('needs nothing but widget.js until the form is usable on a Bokmål page (one round trip on a phone)', async () => {
    const idle = holdIdleTasks();
    try {
      const seen = performance.getEntriesByType('resource').length;
      const place = container();
      await loadBundle(place, { 'data-association': 'narvik', 'data-lang': 'nb' }, `${BUNDLE}?alone`);
      const element = place.querySelector('ressursvenn-signup') as RessursvennSignup;
      await rendered(element);
      assertIncludes(shadow(element).querySelector('summary')?.textContent, 'Trenger du hjelp selv?');
      assertTrue(shadow(element).querySelector('input[name="firstName"]') !== null, 'the first field is there');
      assertEqual(widgetFetchesSince(seen).join(', '), 'widget.js?alone');
      // Once idle, the checks and the later steps arrive, and they share widget.js's Lit (one copy of each module).
      idle.release();
      await waitFor(() => shadow(element).querySelector('[name="motivation"]') !== null, 'the later steps rendered by the same element');
      assertTrue(widgetFiles().some((f) => /^flow-[\w-]{8}\.js$/.test(f)), 'the flow chunk');
    } finally {
      idle.restore();
    }
  });

  it('switches language at once, and fetches only the later texts of the language she switches to', async () => {
    const idle = holdIdleTasks();
    try {
      const seen = performance.getEntriesByType('resource').length;
      const place = container();
      await loadBundle(place, { 'data-association': 'narvik', 'data-lang': 'nn' }, `${BUNDLE}?switch`);
      const element = place.querySelector('ressursvenn-signup') as RessursvennSignup;
      await rendered(element);
      await expectAccessible(element);
      shadow(element).querySelector<HTMLButtonElement>('[part~="language"][lang="en"]')!.click();
      await element.updateComplete;
      assertIncludes(shadow(element).querySelector('summary')?.textContent, 'Do you need help yourself?');
      assertEqual(widgetFetchesSince(seen).join(', '), 'widget.js?switch', 'English needed no request');
      // Once idle, the later steps come in the language she chose. (No test before this one fetched English.)
      idle.release();
      await waitFor(() => widgetFetchesSince(seen).some((f) => /^en-later-[\w-]{8}\.js$/.test(f)), "the later steps' English");
      await waitFor(() => shadow(element).querySelector('[name="motivation"]') !== null, 'the later steps rendered');
      assertIncludes(shadow(element).querySelector('summary')?.textContent, 'Do you need help yourself?');
    } finally {
      idle.restore();
    }
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
    await rendered(second);
    await expectAccessible(second);
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
    await rendered(element);
    await expectAccessible(element);
    assertEqual(copy.querySelectorAll('ressursvenn-signup').length, 1);
  });

  it('mounts after a type="module" script tag too', async () => {
    const place = container();
    const errors = await pageErrors(() => loadBundle(place, { type: 'module', 'data-association': 'haugesund' }, `${BUNDLE}?module`));
    assertEqual(errors.length, 0);
    const element = place.querySelector('script')!.nextElementSibling as RessursvennSignup | null;
    assertEqual(element?.getAttribute('association'), 'haugesund');
    await rendered(element!);
    await expectAccessible(element!);
  });

  it('renders an isolated form as an iframe from the script’s origin with data-mode="isolated"', async () => {
    const place = container();
    await loadBundle(place, { 'data-association': 'narvik', 'data-mode': 'isolated' }, `${BUNDLE}?isolated`);
    const element = place.querySelector('ressursvenn-signup') as RessursvennSignup;
    await waitFor(() => element.shadowRoot?.querySelector('iframe') != null, 'the iframe');
    await expectAccessible(element);
    const frame = element.shadowRoot!.querySelector('iframe')!;
    assertEqual(new URL(frame.src).pathname, '/skjema/narvik/ramme');
    assertEqual(element.shadowRoot!.querySelectorAll('input').length, 0);
  });
});
