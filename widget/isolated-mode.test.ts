// mode="isolated", the host page's side: the iframe, and which messages it believes. The frame's own side is in
// frame-child.test.ts; a real cross-origin page against the intake server is in tests/e2e/host-page.e2e.test.ts.
import { PROTOCOL } from './frame-protocol.js';
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, expectAccessible, find, mount, shadow, waitFor } from './test-fixtures.js';
import { jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertEqual, assertTrue, describe, it } from './test-helpers.js';

// Another origin than the page's (localhost): the same test server under its IP address.
const INTAKE = `http://127.0.0.1:${location.port}`;

function frameOf(element: RessursvennSignup): HTMLIFrameElement {
  return find<HTMLIFrameElement>(element, 'iframe');
}

/** A message as if the frame had posted it. */
function fromFrame(element: RessursvennSignup, data: unknown, overrides: { origin?: string; source?: Window | null } = {}): void {
  const event = new MessageEvent('message', {
    data,
    origin: overrides.origin ?? INTAKE,
    source: overrides.source === undefined ? frameOf(element).contentWindow : overrides.source,
  });
  window.dispatchEvent(event);
}

async function mountIsolated(attributes: Record<string, string> = {}): Promise<RessursvennSignup> {
  const element = await mount({ association: 'narvik', mode: 'isolated', api: INTAKE, ...attributes });
  await waitFor(() => shadow(element).querySelector('iframe') !== null, 'the iframe');
  return element;
}

describe('<ressursvenn-signup mode="isolated">', () => {
  afterEach(cleanUp);

  it('renders only an iframe from the intake server: no form, no inputs in the page', async () => {
    const element = await mountIsolated({ lang: 'nn', 'quick-exit': '' });
    await expectAccessible(element);
    const frame = frameOf(element);
    const src = new URL(frame.src);
    assertEqual(src.origin, INTAKE);
    assertEqual(src.pathname, '/skjema/narvik/ramme');
    assertEqual(src.searchParams.get('lang'), 'nn');
    assertEqual(src.searchParams.get('quick-exit'), '1');
    assertEqual(new URLSearchParams(src.hash.slice(1)).get('origin'), location.origin, 'our origin, in the fragment only');
    assertEqual(frame.title, 'Søknadsskjema for ressursvenner', 'the one title the hosted frame page has too (contract/form-title.ts)');
    assertEqual(frame.getAttribute('part'), 'frame');
    assertEqual(shadow(element).querySelectorAll('form, input, textarea').length, 0);
    assertEqual(frame.contentDocument, null, 'the frame is another origin: its document is out of reach');
  });

  it('sizes the frame to the height it reports, believing only the frame window at the intake origin', async () => {
    const element = await mountIsolated();
    await expectAccessible(element);
    const height = () => frameOf(element).getAttribute('height');
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: 1234 });
    await element.updateComplete;
    assertEqual(height(), '1234');
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: 700 }, { origin: 'https://evil.example' });
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: 701 }, { source: window });
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: 702 }, { source: null });
    fromFrame(element, { protocol: 'other', type: 'height', height: 703 });
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: 20 });
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: 1e9 });
    fromFrame(element, { protocol: PROTOCOL, type: 'height', height: '800' });
    await element.updateComplete;
    assertEqual(height(), '1234', 'none of those moved it');
  });

  it('passes the form’s events on to the page, rebuilt from checked values only', async () => {
    const element = await mountIsolated();
    await expectAccessible(element);
    const seen: Array<{ type: string; detail: unknown; cancelable: boolean }> = [];
    for (const type of ['ressursvenn-start', 'ressursvenn-step', 'ressursvenn-submit', 'ressursvenn-success', 'ressursvenn-failure']) {
      element.addEventListener(type, (event) => seen.push({ type, detail: (event as Event & { detail: unknown }).detail, cancelable: event.cancelable }));
    }
    const context = { association: 'narvik', language: 'nb' };
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-start', detail: { ...context, email: 'kari@example.no' } });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-step', detail: { ...context, step: 2, name: 'anything' } });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-submit', detail: context });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-success', detail: { reference: 'RV-7K3M-Q9TX' } });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-failure', detail: { code: 'rate_limited' } });
    // Refused: unknown events, bad details, the wrong sender.
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-view', detail: context });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-step', detail: { ...context, step: 9 } });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-success', detail: { reference: '<img src=x>' } });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-start', detail: { association: 'narvik', language: 'de' } });
    fromFrame(element, { protocol: PROTOCOL, type: 'event', name: 'ressursvenn-start', detail: context }, { origin: 'https://evil.example' });
    assertDeepEqual(seen, [
      { type: 'ressursvenn-start', detail: context, cancelable: false },
      { type: 'ressursvenn-step', detail: { ...context, step: 2, stepCount: 3, name: 'fit' }, cancelable: false },
      { type: 'ressursvenn-submit', detail: context, cancelable: false },
      { type: 'ressursvenn-success', detail: { reference: 'RV-7K3M-Q9TX' }, cancelable: false },
      { type: 'ressursvenn-failure', detail: { code: 'rate_limited' }, cancelable: false },
    ]);
  });

  it('leaves for the neutral site when the frame’s quick-exit button is pressed (a host listener may cancel)', async () => {
    const element = await mountIsolated({ 'quick-exit': 'https://www.nrk.no/' });
    await expectAccessible(element);
    const urls: string[] = [];
    element.addEventListener('ressursvenn-exit', (event) => {
      urls.push(event.detail.url);
      event.preventDefault(); // stay on the test page
    });
    fromFrame(element, { protocol: PROTOCOL, type: 'exit' });
    fromFrame(element, { protocol: PROTOCOL, type: 'exit' }, { origin: 'https://evil.example' });
    assertDeepEqual(urls, ['https://www.nrk.no/']);
  });

  it('leaves when Shift is pressed three times on the host page, and tells the frame first so it forgets the draft', async () => {
    const element = await mountIsolated({ 'quick-exit': 'https://www.nrk.no/' });
    const urls: string[] = [];
    element.addEventListener('ressursvenn-exit', (event) => {
      urls.push(event.detail.url);
      event.preventDefault(); // stay on the test page
    });
    const told: unknown[] = [];
    const frameWindow = frameOf(element).contentWindow!;
    const post = frameWindow.postMessage.bind(frameWindow);
    frameWindow.postMessage = ((message: unknown, origin: string) => {
      told.push(message);
      post(message, origin);
    }) as typeof frameWindow.postMessage;
    const shift = () => document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    shift();
    shift();
    assertDeepEqual(urls, [], 'two presses are not enough');
    shift();
    assertDeepEqual(urls, ['https://www.nrk.no/']);
    assertTrue(told.some((m) => (m as { type?: string }).type === 'exit'), 'the frame was told to forget its draft');
  });

  it('does not listen for Shift without quick-exit', async () => {
    const element = await mountIsolated();
    const urls: string[] = [];
    element.addEventListener('ressursvenn-exit', (event) => {
      urls.push(event.detail.url);
      event.preventDefault();
    });
    for (let i = 0; i < 3; i++) document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    assertDeepEqual(urls, []);
  });

  it('finding 13.12: shows a link to the hosted form in place of the frame, and tells the webmaster why, where the association lists other sites or none', async () => {
    const refuseUtenListe = () =>
      stubFetch(() => Promise.reject(new TypeError('no application expected')), { frameAccess: (slug) => jsonResponse(200, { allowed: slug !== 'uten-liste' }) });
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      for (const [lang, text, link] of [
        ['nn', 'Skjemaet kan ikkje visast inne på denne nettsida.', 'Opne skjemaet på ei eiga side'],
        ['en', 'The form cannot be shown inside this web page.', 'Open the form on a page of its own'],
        ['', 'Skjemaet kan ikke vises inne på denne nettsiden.', 'Åpne skjemaet på en egen side'],
      ] as const) {
        refuseUtenListe();
        const element = await mount({ association: 'uten-liste', mode: 'isolated', api: INTAKE, ...(lang ? { lang } : {}) });
        await waitFor(() => shadow(element).querySelector('a') !== null, 'the link in place of the frame');
        await expectAccessible(element);
        assertEqual(shadow(element).querySelector('iframe'), null, 'no frame the browser would refuse');
        const anchor = find<HTMLAnchorElement>(element, 'a');
        assertEqual(anchor.textContent, link);
        assertEqual(anchor.href, `${INTAKE}/skjema/uten-liste${lang ? `?lang=${lang}` : ''}`);
        assertTrue((shadow(element).textContent ?? '').includes(text), text);
        cleanUp();
      }
    } finally {
      console.error = original;
    }
    assertEqual(errors.length, 3);
    assertTrue(errors.every((e) => e.includes('allowed origins') && e.includes(location.origin) && e.includes('mode="isolated"')), errors[0] ?? '');
    // Where the page is one of the association's sites, the frame stays.
    refuseUtenListe();
    const allowed = await mountIsolated();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await allowed.updateComplete;
    assertTrue(shadow(allowed).querySelector('iframe') !== null, 'the frame stays');
  });

  it('tells a frame of its own origin the page’s language and theme when it is ready, and the language when it changes', async () => {
    const element = await mount({ association: 'narvik', mode: 'isolated', api: location.origin, lang: 'en', 'inherit-font': '' });
    await waitFor(() => shadow(element).querySelector('iframe') !== null, 'the iframe');
    await expectAccessible(element);
    element.style.setProperty('--rv-color-accent', 'rgb(120, 20, 90)');
    const frame = frameOf(element);
    await waitFor(() => frame.contentWindow !== null && frame.contentDocument?.readyState === 'complete', 'the frame loaded');
    const posted: Array<{ message: unknown; origin: string }> = [];
    (frame.contentWindow as Window).postMessage = ((message: unknown, origin: string) => posted.push({ message, origin })) as Window['postMessage'];
    fromFrame(element, { protocol: PROTOCOL, type: 'ready' }, { origin: location.origin });
    assertEqual(posted.length, 2);
    assertDeepEqual(posted[0], { message: { protocol: PROTOCOL, type: 'lang', lang: 'en' }, origin: location.origin });
    const theme = posted[1]!.message as { type: string; properties: Record<string, string> };
    assertEqual(theme.type, 'theme');
    assertEqual(theme.properties['--rv-color-accent'], 'rgb(120, 20, 90)');
    assertTrue((theme.properties['--rv-font-family'] ?? '') !== '', 'the page font goes in with inherit-font');
    element.lang = 'nn';
    await element.updateComplete;
    assertDeepEqual(posted[2], { message: { protocol: PROTOCOL, type: 'lang', lang: 'nn' }, origin: location.origin });
    assertEqual(new URL(frame.src).searchParams.get('lang'), 'en', 'the frame is not reloaded: what was typed stays');
  });
});
