// Every state of the form, in every language, through axe: WCAG 2.0–2.2 A and AA, shadow DOM included.
import { cleanUp, expectAccessible, fillContact, fillFit, find, mount, next, shadow, submitButton, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertTrue, describe, it } from './test-helpers.js';

const lookup = (code: string) =>
  jsonResponse(200, {
    postalCode: code,
    place: 'NARVIK',
    kommune: { number: '1806', name: 'Narvik' },
    associations: [
      { slug: 'narvik', name: 'Narvik sanitetsforening' },
      { slug: 'bjerkvik', name: 'Bjerkvik sanitetsforening' },
    ],
  });

const visibleButton = (element: HTMLElement, index: number) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="secondary-button"]')).filter((b) => b.checkVisibility())[index]!;

for (const lang of ['nb', 'nn', 'en'] as const) {
  describe(`<ressursvenn-signup> every state in ${lang}`, () => {
    afterEach(cleanUp);

    it('has no axe violations on each step, with errors, and while checking the postal code', async () => {
      let answerLookup: ((response: Response) => void) | undefined;
      stubFetch(() => jsonResponse(201, ACCEPTED), { postalCode: () => new Promise<Response>((resolve) => (answerLookup = resolve)) });
      const element = await mount({ association: 'eksempelby', lang, 'quick-exit': '' });
      await expectAccessible(element); // step 1
      find<HTMLDetailsElement>(element, 'details').open = true;
      await expectAccessible(element); // help panel open
      submitButton(element).click();
      await element.updateComplete;
      await expectAccessible(element); // step 1 with the error summary
      fillContact(element, '8530');
      submitButton(element).click();
      await waitFor(() => answerLookup !== undefined && element.matches(':state(checking)'), 'checking');
      await expectAccessible(element); // checking the postal code
      answerLookup!(lookup('8530'));
      await waitFor(() => shadow(element).querySelector('[part="routing"]') !== null, 'the routing question');
      await expectAccessible(element); // "… får søknaden. Stemmer det?"
      visibleButton(element, 0).click(); // pick another
      await element.updateComplete;
      await expectAccessible(element); // the choice
      await next(element);
      await expectAccessible(element); // step 2
      await next(element);
      await expectAccessible(element); // step 2 with errors
      fillFit(element);
      await next(element);
      await expectAccessible(element); // step 3, the review
      submitButton(element).click();
      await element.updateComplete;
      await expectAccessible(element); // step 3 with the privacy error
    });

    it('has no axe violations while sending, when sent, and when the sending failed', async () => {
      let answer!: (response: Response) => void;
      let attempt = 0;
      stubFetch(() => {
        attempt += 1;
        if (attempt === 1) return jsonResponse(503, { error: { code: 'service_unavailable', message: 'No', requestId: 'req-1' } }, { 'Retry-After': '30' });
        return new Promise<Response>((resolve) => (answer = resolve));
      });
      const element = await mount({ association: 'narvik', lang });
      await expectAccessible(element);
      fillContact(element);
      await next(element);
      fillFit(element);
      await next(element);
      find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
      submitButton(element).click();
      await waitFor(() => element.matches(':state(failed)'), 'failed');
      await expectAccessible(element); // failed
      submitButton(element).click();
      await waitFor(() => element.matches(':state(sending)'), 'sending');
      await expectAccessible(element); // sending
      answer(jsonResponse(201, ACCEPTED));
      await waitFor(() => element.matches(':state(sent)'), 'sent');
      await expectAccessible(element); // the receipt
      assertTrue(shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt is shown');
    });
  });
}
