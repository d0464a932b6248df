import { cleanUp, expectAccessible, field, fillContact, fillFit, fillValid, find, mount, next, shadow, stepHeading, submitButton, typeInto, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const secondary = (element: HTMLElement, text: string) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === text && b.checkVisibility());

/** Records the element's events as the host page sees them on `document`. */
function recordEvents(types: string[]) {
  const seen: Array<{ type: string; detail: unknown; bubbles: boolean; composed: boolean; cancelable: boolean }> = [];
  const listener = (event: Event) => {
    const { detail } = event as Event & { detail: unknown };
    seen.push({ type: event.type, detail, bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable });
  };
  for (const type of types) document.addEventListener(type, listener);
  return { seen, stop: () => types.forEach((type) => document.removeEventListener(type, listener)) };
}

describe('<ressursvenn-signup> steps', () => {
  afterEach(cleanUp);

  it('shows "Steg n av 3" and moves focus to each step’s heading', async () => {
    const element = await mount();
    await expectAccessible(element);
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger');
    fillContact(element);
    await next(element);
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    assertEqual(shadow(element).activeElement?.id, 'rv-step-heading', 'the heading has focus');
    const done = shadow(element).querySelectorAll('.progress-segment--done').length;
    assertEqual(done, 2, 'two of three progress segments filled');
    await expectAccessible(element);
    fillFit(element);
    await next(element);
    assertEqual(stepHeading(element), 'Steg 3 av 3 Se over og send');
    await expectAccessible(element);
  });

  it('goes back and forth without losing anything', async () => {
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    typeInto(element, 'motivation', 'Jeg liker å gå turer.');
    secondary(element, 'Tilbake')!.click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    secondary(element, 'Tilbake')!.click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger');
    assertEqual(field(element, 'firstName').value, 'Kari');
    assertEqual(field(element, 'postalCode').value, '8514');
    await next(element);
    assertEqual(find<HTMLInputElement>(element, '[name="canCommit"][value="true"]').checked, true);
    assertEqual(find<HTMLTextAreaElement>(element, 'textarea').value, 'Jeg liker å gå turer.');
    await next(element);
    assertEqual(field(element, 'privacyAcknowledged').checked, true);
    await expectAccessible(element);
  });

  it('shows the answers for review on step 3, each group with a way back to change it', async () => {
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    const review = find(element, '[part="review"]');
    for (const text of ['Kari', 'Nordmann', 'kari.nordmann@example.no', '412 34 567', '8514', 'Er du 25 år eller eldre?', 'norsk, engelsk']) {
      assertIncludes(review.textContent, text);
    }
    assertIncludes(review.textContent, 'Ikke oppgitt', 'the empty motivation says so');
    assertIncludes(find(element, '.review-route').textContent, 'Norske Kvinners Sanitetsforening sentralt', 'where it goes, by name');
    const change = review.querySelectorAll<HTMLButtonElement>('[part~="change"]');
    assertEqual(change.length, 2);
    change[0]!.click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger');
    await expectAccessible(element);
  });

  it('tells the host page about view, start, steps, submit, failure and success, without personal data', async () => {
    const record = recordEvents(['ressursvenn-view', 'ressursvenn-start', 'ressursvenn-step', 'ressursvenn-submit', 'ressursvenn-success', 'ressursvenn-failure']);
    let cancelNext = true;
    const cancel = (event: Event) => {
      if (cancelNext) event.preventDefault();
      cancelNext = false;
    };
    document.addEventListener('ressursvenn-submit', cancel);
    try {
      const stub = stubFetch((_call, index) => (index === 0 ? Promise.reject(new TypeError('offline')) : jsonResponse(201, ACCEPTED)));
      const element = await mount({ association: 'narvik', lang: 'nn' });
      await expectAccessible(element);
      await waitFor(() => record.seen.some((e) => e.type === 'ressursvenn-view'), 'the view event');
      await fillValid(element);
      submitButton(element).click();
      await element.updateComplete;
      assertEqual(stub.calls.length, 0, 'a cancelled submit sends nothing');
      submitButton(element).click();
      await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure');
      submitButton(element).click();
      await waitFor(() => record.seen.some((e) => e.type === 'ressursvenn-success'), 'the success event');
      const context = { association: 'narvik', language: 'nn' };
      const flags = { bubbles: true, composed: true };
      assertDeepEqual(record.seen, [
        { type: 'ressursvenn-view', detail: context, ...flags, cancelable: false },
        { type: 'ressursvenn-start', detail: context, ...flags, cancelable: false },
        { type: 'ressursvenn-step', detail: { ...context, step: 2, stepCount: 3, name: 'fit' }, ...flags, cancelable: false },
        { type: 'ressursvenn-step', detail: { ...context, step: 3, stepCount: 3, name: 'review' }, ...flags, cancelable: false },
        { type: 'ressursvenn-submit', detail: context, ...flags, cancelable: true },
        { type: 'ressursvenn-submit', detail: context, ...flags, cancelable: true },
        { type: 'ressursvenn-failure', detail: { code: 'network_error' }, ...flags, cancelable: false },
        { type: 'ressursvenn-submit', detail: context, ...flags, cancelable: true },
        { type: 'ressursvenn-success', detail: { reference: 'RV-7K3M-Q9TX' }, ...flags, cancelable: false },
      ]);
      for (const event of record.seen) {
        assertTrue(!JSON.stringify(event.detail).includes('Kari'), `${event.type} carries no personal data`);
        assertTrue(Object.isFrozen(event.detail), `${event.type} detail is frozen`);
      }
      assertIncludes(find(element, '[part="receipt"]').textContent, 'Takk! Søknaden er sendt.');
      await expectAccessible(element);
    } finally {
      record.stop();
      document.removeEventListener('ressursvenn-submit', cancel);
    }
  });

  it('dispatches no view event while the form is out of sight', async () => {
    const record = recordEvents(['ressursvenn-view']);
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.prepend(spacer);
    try {
      const element = await mount();
      await expectAccessible(element);
      await new Promise((resolve) => setTimeout(resolve, 150));
      assertEqual(record.seen.length, 0, 'not seen yet');
      element.scrollIntoView();
      await waitFor(() => record.seen.length === 1, 'seen after scrolling');
    } finally {
      spacer.remove();
      record.stop();
    }
  });

  it('issue 16: «Endre» returns to the review after the change, through the checks, without clicking through the other step', async () => {
    const steps: number[] = [];
    const element = await mount();
    await fillValid(element);
    element.addEventListener('ressursvenn-step', (event) => steps.push(event.detail.step));
    const change = () => find(element, '[part="review"]').querySelectorAll<HTMLButtonElement>('[part~="change"]');

    change()[0]!.click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger');
    assertEqual(submitButton(element).textContent?.trim(), 'Tilbake til oppsummeringen');
    await expectAccessible(element);
    // Validation still applies.
    typeInto(element, 'phone', '123');
    await next(element);
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger', 'an invalid phone stops her');
    assertIncludes(find(element, '#rv-phone-error').textContent, 'Skriv et norsk nummer med 8 siffer');
    typeInto(element, 'phone', '+46 70 123 45 67');
    await next(element);
    assertEqual(stepHeading(element), 'Steg 3 av 3 Se over og send', 'straight back to the review');
    assertEqual(shadow(element).activeElement?.id, 'rv-step-heading');
    assertIncludes(find(element, '[part="review"]').textContent, '+46 70 123 45 67');
    assertEqual(field(element, 'privacyAcknowledged').checked, true, 'the privacy box stays ticked');

    change()[1]!.click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    assertEqual(submitButton(element).textContent?.trim(), 'Tilbake til oppsummeringen');
    find<HTMLInputElement>(element, '[name="canCommit"][value="false"]').click();
    await next(element);
    assertEqual(stepHeading(element), 'Steg 3 av 3 Se over og send');
    assertDeepEqual(steps, [1, 3, 2, 3], 'never through the other step');
    assertEqual(submitButton(element).textContent?.trim(), 'Send søknad');

    // Moving on normally afterwards says «Neste» again.
    secondary(element, 'Tilbake')!.click();
    await element.updateComplete;
    assertEqual(submitButton(element).textContent?.trim(), 'Neste');
  });

  it('issue 16: says «Back to the summary» in English and «Tilbake til oppsummeringa» in Nynorsk while changing from the review', async () => {
    for (const [lang, label] of [
      ['en', 'Back to the summary'],
      ['nn', 'Tilbake til oppsummeringa'],
    ] as const) {
      const element = await mount({ association: 'narvik', lang });
      await fillValid(element);
      find(element, '[part="review"]').querySelectorAll<HTMLButtonElement>('[part~="change"]')[1]!.click();
      await element.updateComplete;
      assertEqual(submitButton(element).textContent?.trim(), label);
      await next(element);
      assertTrue(stepHeading(element).includes('3'), 'back on the review');
      cleanUp();
    }
  });
});
