// The whole form by keyboard alone: Tab, Shift+Tab, Space, Enter and typing, as real key presses (Playwright).
import { sendKeys } from '@web/test-runner-commands';
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, expectAccessible, mount, shadow, stepHeading, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

/** The focused element inside the form, or the page's. */
function focused(element: RessursvennSignup): Element | null {
  return document.activeElement === element ? shadow(element).activeElement : document.activeElement;
}

const describeFocus = (el: Element | null) =>
  el ? `${el.localName}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';

/** Presses Tab until `matches` holds for the focused element (at most `max` times). */
async function tabTo(element: RessursvennSignup, matches: (el: Element) => boolean, what: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const current = focused(element);
    if (current && matches(current)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describeFocus(focused(element))}`);
}

const named = (name: string) => (el: Element) => el.getAttribute('name') === name;
const buttonWith = (text: string) => (el: Element) => el.localName === 'button' && el.textContent?.trim() === text;

describe('<ressursvenn-signup> by keyboard alone', () => {
  afterEach(cleanUp);

  it('can be completed from the page with Tab, Space and Enter through every step', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), {
      postalCode: (code) =>
        jsonResponse(200, { postalCode: code, place: 'NARVIK', kommune: { number: '1806', name: 'Narvik' }, associations: [{ slug: 'narvik', name: 'Narvik sanitetsforening' }] }),
    });
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    await expectAccessible(element);
    (document.activeElement as HTMLElement | null)?.blur();

    // The help panel opens from the keyboard too.
    await tabTo(element, (el) => el.localName === 'summary', 'the help panel');
    await sendKeys({ press: 'Enter' });
    assertTrue(shadow(element).querySelector('details')!.open, 'Enter opens the help panel');

    // Step 1: type into each field, then Enter in the last one sends the form on.
    for (const [name, value] of [
      ['firstName', 'Kari'],
      ['lastName', 'Nordmann'],
      ['email', 'kari.nordmann@example.no'],
      ['phone', '41234567'],
      ['postalCode', '8514'],
    ]) {
      await tabTo(element, named(name!), name!);
      await sendKeys({ type: value! });
    }
    await sendKeys({ press: 'Enter' });
    await waitFor(() => stepHeading(element).includes('Hvem får søknaden?'), 'the routing question');
    assertEqual(focused(element)?.id, 'rv-step-heading', 'focus moved to the heading');
    await tabTo(element, buttonWith('Ja, det stemmer'), 'the confirm button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => stepHeading(element).startsWith('Steg 2 av 3'), 'step 2');

    // Step 2: Tab into each question; Space picks "Ja" (the first radio). Tab leaves the group for the next.
    for (const name of ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate']) {
      await tabTo(element, named(name), name);
      await sendKeys({ press: 'Space' });
      assertTrue((focused(element) as HTMLInputElement).checked, `${name} answered`);
    }
    await tabTo(element, named('motivation'), 'the motivation');
    await sendKeys({ type: 'Jeg liker folk.' });
    await tabTo(element, named('languages'), 'the languages');
    await sendKeys({ type: 'norsk' });
    await tabTo(element, buttonWith('Neste'), 'the next button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => stepHeading(element).startsWith('Steg 3 av 3'), 'step 3');

    // Step 3: the review, then the acknowledgement (Space) and send (Enter). Shift+Tab goes back a control.
    await tabTo(element, named('privacyAcknowledged'), 'the privacy acknowledgement');
    await sendKeys({ press: 'Space' });
    assertTrue((focused(element) as HTMLInputElement).checked, 'acknowledged');
    await tabTo(element, buttonWith('Send søknad'), 'the send button');
    await sendKeys({ press: 'Shift+Tab' });
    assertEqual(focused(element)?.getAttribute('name'), 'privacyAcknowledged', 'Shift+Tab goes back');
    await tabTo(element, buttonWith('Send søknad'), 'the send button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt');
    assertEqual(focused(element), shadow(element).querySelector('[part="receipt"]'), 'focus on the receipt');
    assertEqual(stub.calls.length, 1);
    const body = JSON.parse(stub.calls[0]!.body) as Record<string, unknown>;
    assertEqual(body.motivation, 'Jeg liker folk.');
    assertEqual(body.confirmedAssociation, 'narvik');
    await expectAccessible(element);
  });

  it('reaches the error summary links and follows them with Enter', async () => {
    const element = await mount();
    await expectAccessible(element);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(element, buttonWith('Neste'), 'the next button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(element).querySelector('[part="error-summary"]') !== null, 'the summary');
    assertEqual(focused(element), shadow(element).querySelector('[part="error-summary"]'), 'the summary has focus');
    await sendKeys({ press: 'Tab' });
    assertIncludes(focused(element)?.textContent, 'Skriv fornavnet ditt.');
    await sendKeys({ press: 'Enter' });
    assertEqual(focused(element)?.getAttribute('name'), 'firstName', 'Enter on the link focuses the field');
  });
});
