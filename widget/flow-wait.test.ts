// «Neste» pressed before the flow chunk (the checks and the later steps) is here, as on a slow phone: the test server
// holds the chunk back until the test lets it go (the cookie `rv-flow`, see web-test-runner.config.js).
import { cleanUp, field, fillContact, find, mount, releaseFlow, setFlowSwitch, shadow, stepHeading, submitButton, waitFor } from './test-fixtures.js';
import { stubFetch } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertEqual, assertTrue, describe, it } from './test-helpers.js';
import type { RessursvennSignup } from './signup-element.js';

const contactValues = (element: RessursvennSignup) => ['firstName', 'lastName', 'email', 'phone', 'postalCode'].map((name) => field(element, name).value);
const TYPED = ['Kari', 'Nordmann', 'kari.nordmann@example.no', '412 34 567', '8514'];

describe('<ressursvenn-signup> pressing «Neste» while the checks are on their way', () => {
  afterEach(() => {
    setFlowSwitch(null);
    cleanUp();
  });

  it('is busy, as while checking, until the checks are here, and then that one press goes on', async () => {
    setFlowSwitch('hold');
    const stub = stubFetch(() => Promise.reject(new TypeError('no application expected in this test')));
    const element = await mount({ association: 'narvik', lang: 'nb' });
    const steps: unknown[] = [];
    element.addEventListener('ressursvenn-step', (event) => steps.push((event as CustomEvent).detail.step));
    fillContact(element);
    const before = stepHeading(element);
    const button = submitButton(element);
    button.focus();
    button.click();
    await element.updateComplete;

    const live = find(element, '[role="status"]');
    const expectBusy = (what: string) => {
      assertTrue(element.matches(':state(checking)'), `${what}: the checking state`);
      assertEqual(button.getAttribute('aria-disabled'), 'true', `${what}: the main button`);
      assertEqual(button.textContent?.trim(), 'Sjekker kontaktopplysningene …', `${what}: the main button’s text`);
      assertEqual(live.textContent?.trim(), 'Sjekker kontaktopplysningene …', `${what}: the live region`);
      assertEqual(getComputedStyle(button).cursor, 'progress', `${what}: the busy cursor`);
      assertEqual(shadow(element).activeElement, button, `${what}: focus stays on the button`);
      assertEqual(stepHeading(element), before, `${what}: still step 1`);
      assertDeepEqual(contactValues(element), TYPED, `${what}: what she typed`);
    };
    expectBusy('after the press');
    // A second press, and Enter in a field, while waiting: nothing more happens.
    button.click();
    shadow(element).querySelector('form')!.requestSubmit();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expectBusy('after a second press');

    await releaseFlow();
    await waitFor(() => stepHeading(element).startsWith('Steg 2 av 3'), 'step 2');
    await element.updateComplete;
    assertTrue(!element.matches(':state(checking)'), 'no longer busy');
    assertEqual(shadow(element).activeElement?.id, 'rv-step-heading', 'focus on the new step’s heading');
    // Two advances would have asked twice: the second would not have waited for the first's answer.
    assertEqual(stub.lookups.filter((url) => url.includes('/postal-codes/')).length, 1, 'one postal-code check');
    assertDeepEqual(steps, [2], 'one step event');
    assertDeepEqual(contactValues(element), TYPED, 'what she typed is still in the form');
    const next = submitButton(element);
    assertEqual(next.getAttribute('aria-disabled'), null, 'the main button is free again');
    assertEqual(next.textContent?.trim(), 'Neste');
    assertEqual(live.textContent?.trim(), '', 'nothing left in the live region');
  });
});
