// The built widget (dist/widget/, from `npm run build`) when the flow chunk (the checks and the later steps) could not
// be fetched once: Chromium keeps a failed module load and fails every later import() of that URL at once, so the
// widget asks for the chunk again with a `?retry=` query (the loader in widget/build/classic-entry.ts). The test
// server refuses the chunk while the cookie `rv-flow=fail` is set (see web-test-runner.config.js).
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, field, fillContact, find, flowRequests, setFlowSwitch, shadow, stepHeading, submitButton, waitFor, widgetFetchesSince } from './test-fixtures.js';
import { afterEach, assertDeepEqual, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const added: Element[] = [];
const contactValues = (element: RessursvennSignup) => ['firstName', 'lastName', 'email', 'phone', 'postalCode'].map((name) => field(element, name).value);
const TYPED = ['Kari', 'Nordmann', 'kari.nordmann@example.no', '412 34 567', '8514'];

describe('widget.js (built) when the flow chunk failed to load once', () => {
  afterEach(() => {
    setFlowSwitch(null);
    cleanUp();
    for (const element of added.splice(0)) element.remove();
  });

  it('fetches the chunk again when she presses «Neste» again, and goes on to step 2 with what she typed', async () => {
    setFlowSwitch('fail');
    await flowRequests();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    // No fetch of the chunk when idle: only her presses ask for it, so the requests the server sees are hers.
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    try {
      const place = document.createElement('div');
      document.body.append(place);
      added.push(place);
      const script = document.createElement('script');
      script.src = '/dist/widget/widget.js';
      script.dataset.association = 'narvik';
      script.dataset.lang = 'nb';
      await new Promise((resolve, reject) => {
        script.addEventListener('load', resolve);
        script.addEventListener('error', () => reject(new Error('could not load widget.js: run `npm run build` first')));
        place.append(script);
      });
      const element = script.nextElementSibling as RessursvennSignup;
      await waitFor(() => element.shadowRoot?.querySelector('form') != null, 'the form is rendered');
      await element.updateComplete;
      fillContact(element);
      submitButton(element).click();
      await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice', 5000);
      assertIncludes(find(element, '[part="failure"]').textContent, 'Vi fikk ikke kontakt med tjenesten.');
      const refused = await flowRequests();
      assertEqual(refused.length, 1, `the chunk was asked for once and refused (${refused.join(', ')})`);
      assertTrue(/^\/dist\/widget\/flow-[\w-]{8}\.js$/.test(refused[0]!), `by its own name (${refused[0]})`);

      // The server is back: the same press asks for the chunk again, and the form goes on.
      setFlowSwitch(null);
      const seen = performance.getEntriesByType('resource').length;
      submitButton(element).click();
      await waitFor(() => stepHeading(element).startsWith('Steg 2 av 3'), 'step 2', 5000);
      await element.updateComplete;
      const again = await flowRequests();
      assertEqual(again.length, 1, `one more request for the chunk (${again.join(', ')})`);
      assertEqual(again[0], `${refused[0]}?retry=1`, 'the same file with a query of its own');
      // The chunk's own imports are the modules the page already has: no second copy of the element or of Lit.
      // (Its first try failed before it asked for them, so they are fetched now, once.)
      const fetched = widgetFetchesSince(0);
      const twice = fetched.filter((file, index) => !file.startsWith('flow-') && fetched.indexOf(file) !== index);
      assertDeepEqual(twice, [], `no file fetched twice but the flow chunk (${fetched.join(', ')})`);
      assertTrue(widgetFetchesSince(seen).some((file) => /^flow-[\w-]{8}\.js\?retry=\d+$/.test(file)), 'the page has the chunk again');
      assertEqual(customElements.get('ressursvenn-signup'), element.constructor, 'one definition of the element');
      assertDeepEqual(contactValues(element), TYPED, 'what she typed is still in the form');
      assertEqual(errors.length, 0, `page errors: ${errors.join('; ')}`);
    } finally {
      window.removeEventListener('error', onError);
      window.requestIdleCallback = idle;
    }
  });
});
