import { draftKey } from './draft.js';
import type { RessursvennSignup } from './signup-element.js';
import { answer, cleanUp, expectAccessible, field, fillContact, fillValid, find, flowReady, mount, next, shadow, stepHeading, submitButton, typeInto, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertEqual, assertTrue, describe, it } from './test-helpers.js';

const KEY = draftKey('narvik');

const stored = (): Record<string, string> | null => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Record<string, string> | null;

/** Waits until the draft in the tab holds `name`. */
const keptInTab = (name: string) => waitFor(() => stored()?.[name] !== undefined, `the draft holds ${name}`);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Removes the element as a reload would (the page goes; the tab's storage stays). */
function unmount(element: RessursvennSignup): void {
  dispatchEvent(new PageTransitionEvent('pagehide'));
  element.parentElement!.remove();
}

describe('the draft in the tab', () => {
  afterEach(cleanUp);

  it('survives a reload: the fields come back, step 2’s answers too, on step 1, without the acknowledgement', async () => {
    const element = await mount();
    await flowReady(element);
    fillContact(element);
    answer(element, 'age25OrOlder', true);
    answer(element, 'canCommit', false);
    typeInto(element, 'motivation', 'Jeg vil gjerne hjelpe.');
    find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
    await keptInTab('motivation');
    const draft = stored()!;
    assertEqual(draft.firstName, 'Kari');
    assertEqual(draft.canCommit, 'false');
    assertTrue(!('privacyAcknowledged' in draft), 'the acknowledgement is not kept');
    assertTrue(!('website' in draft), 'nor the honeypot');
    assertEqual(localStorage.length, 0, 'nothing in localStorage');
    unmount(element);

    const again = await mount();
    await flowReady(again);
    await waitFor(() => field(again, 'firstName').value === 'Kari', 'the first name is back');
    assertEqual(field(again, 'postalCode').value, '8514');
    assertEqual(field(again, 'email').value, 'kari.nordmann@example.no');
    assertTrue(find<HTMLInputElement>(again, '[name="age25OrOlder"][value="true"]').checked, 'yes to 25 or older');
    assertTrue(find<HTMLInputElement>(again, '[name="canCommit"][value="false"]').checked, 'no to 2–4 times a month');
    assertEqual(find<HTMLTextAreaElement>(again, '[name="motivation"]').value, 'Jeg vil gjerne hjelpe.');
    assertEqual(field(again, 'privacyAcknowledged').checked, false, 'she confirms the privacy notice again');
    assertEqual(stepHeading(again), 'Steg 1 av 3 Kontaktopplysninger');
    await expectAccessible(again);
  });

  it('keeps the language she chose over a reload, and forgets it on quick exit', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    element.addEventListener('ressursvenn-exit', (event) => event.preventDefault()); // stay on the test page
    await flowReady(element);
    find<HTMLButtonElement>(element, '[part~="language"][lang="en"]').click();
    await waitFor(() => stepHeading(element).startsWith('Step 1 of 3'), 'the form speaks English');
    typeInto(element, 'firstName', 'Emma');
    await keptInTab('firstName');
    unmount(element);

    const again = await mount({ association: 'narvik', 'quick-exit': '' });
    again.addEventListener('ressursvenn-exit', (event) => event.preventDefault());
    await waitFor(() => stepHeading(again).startsWith('Step 1 of 3'), 'English again after the reload');
    await flowReady(again);
    await waitFor(() => field(again, 'firstName').value === 'Emma', 'the first name is back');
    find<HTMLButtonElement>(again, '[part~="quick-exit"]').click();
    unmount(again);

    const afterExit = await mount({ association: 'narvik' });
    await waitFor(() => stepHeading(afterExit).startsWith('Steg 1 av 3'), 'Bokmål, the page’s language, after the quick exit');
  });

  it('answers in the language kept over a reload, though sending forgets it in the tab', async () => {
    stubFetch(() => jsonResponse(201, ACCEPTED));
    sessionStorage.setItem('ressursvenn-lang:narvik', 'en');
    const element = await mount();
    await waitFor(() => stepHeading(element).startsWith('Step 1 of 3'), 'English, as kept in the tab');
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt shows');
    assertEqual(sessionStorage.getItem('ressursvenn-lang:narvik'), null, 'sending forgets the language in the tab');
    await element.updateComplete;
    assertTrue(shadow(element).querySelector('[part="receipt"]')!.textContent!.includes('Thank you! Your application has been sent.'), 'the receipt in English');
  });

  it('does not overwrite what was typed after the reload', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ firstName: 'Kari', lastName: 'Nordmann' }));
    const element = await mount();
    typeInto(element, 'firstName', 'Ingrid');
    await flowReady(element);
    await waitFor(() => field(element, 'lastName').value === 'Nordmann', 'the last name is back');
    assertEqual(field(element, 'firstName').value, 'Ingrid');
  });

  it('is cleared after a successful send, and not written again', async () => {
    stubFetch(() => jsonResponse(201, ACCEPTED));
    const element = await mount();
    await fillValid(element);
    await keptInTab('languages');
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt shows');
    assertEqual(sessionStorage.getItem(KEY), null);
    unmount(element);
    await pause(500);
    assertEqual(sessionStorage.getItem(KEY), null, 'leaving the page keeps nothing either');
  });

  it('is cleared on quick exit, and nothing typed after is kept', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    element.addEventListener('ressursvenn-exit', (event) => event.preventDefault()); // stay on the test page
    await flowReady(element);
    fillContact(element);
    await keptInTab('postalCode');
    find<HTMLButtonElement>(element, '[part~="quick-exit"]').click();
    assertEqual(sessionStorage.getItem(KEY), null);
    typeInto(element, 'lastName', 'Hansen');
    await pause(500);
    unmount(element);
    assertEqual(sessionStorage.getItem(KEY), null);
  });

  it('keeps nothing, and the form works, where sessionStorage throws (private mode)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    addEventListener('error', onError);
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const element = await mount();
      await flowReady(element);
      fillContact(element);
      answer(element, 'age25OrOlder', true);
      await pause(500);
      await next(element);
      assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
      unmount(element);
    } finally {
      Object.defineProperty(window, 'sessionStorage', own);
      removeEventListener('error', onError);
    }
    assertEqual(errors.length, 0, 'no error reached the page');
    assertEqual(sessionStorage.length, 0, 'nothing was kept');
  });
});
