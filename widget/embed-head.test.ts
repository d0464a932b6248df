// The built bundle loaded from <head>, as the first and only copy on the page (its own test page).
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, expectAccessible, fillValid, submitButton, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertEqual, assertTrue, describe, it } from './test-helpers.js';

describe('embed.ts in <head> (built bundle)', () => {
  afterEach(cleanUp);

  it('mounts nothing there, but elements written anywhere work and post to the script origin', async () => {
    const place = document.createElement('div');
    place.innerHTML = '<ressursvenn-signup association="narvik"></ressursvenn-signup>';
    document.body.append(place);
    const element = place.firstElementChild as RessursvennSignup;
    // Another origin than the page's, so that the default API base is visibly the script's.
    const scriptOrigin = `http://127.0.0.1:${location.port}`;
    const script = document.createElement('script');
    script.src = `${scriptOrigin}/dist/widget/widget.js`;
    script.async = true;
    script.dataset.association = 'narvik';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error('could not load the bundle: run `npm run build` first')));
    });
    document.head.append(script);
    try {
      await loaded;
      assertEqual(document.querySelectorAll('ressursvenn-signup').length, 1, 'no new element anywhere');
      await waitFor(() => element.shadowRoot?.querySelector('form') != null, 'the element is upgraded and rendered');
      await element.updateComplete;
      await expectAccessible(element);

      const stub = stubFetch(() => jsonResponse(201, ACCEPTED));
      await fillValid(element);
      submitButton(element).click();
      await waitFor(() => stub.calls.length === 1, 'the application is posted');
      assertEqual(stub.calls[0]!.url, `${scriptOrigin}/api/v1/applications`);
      assertTrue(stub.lookups.every((url) => url.startsWith(`${scriptOrigin}/api/v1/`)), `lookups go there too: ${stub.lookups.join(', ')}`);
      await waitFor(() => element.shadowRoot!.querySelector('[part="receipt"]') !== null, 'the receipt shows');
    } finally {
      script.remove();
      place.remove();
    }
  });
});
