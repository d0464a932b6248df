import { validateApplication } from '../contract/index.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';
import type { RessursvennFailureEvent, RessursvennSuccessEvent } from './signup-events.js';
import {
  ACCEPTED,
  cleanUp,
  expectAccessible,
  field,
  fillValid,
  find,
  jsonResponse,
  mount,
  shadow,
  stubFetch,
  submitButton,
  typeInto,
  waitFor,
} from './test-fixtures.js';
import { afterEach, assertDeepEqual, assertEqual, assertIncludes, assertTrue, beforeEach, describe, it } from './test-helpers.js';

const EXPECTED_BODY = {
  firstName: 'Kari',
  lastName: 'Nordmann',
  email: 'kari.nordmann@example.no',
  phone: '+4741234567',
  postalCode: '8514',
  age25OrOlder: true,
  canCommit: true,
  willTakeCourse: true,
  willSignConfidentiality: true,
  willShowPoliceCertificate: true,
  motivation: '',
  languages: 'norsk, engelsk',
  privacyAcknowledged: true,
  privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
  association: 'narvik',
  language: 'nb',
  confirmedAssociation: '',
  website: '',
  altcha: '',
};

const networkDown = () => Promise.reject(new TypeError('Failed to fetch'));

const status = (root: ShadowRoot) => root.querySelector('[role="status"]')?.textContent?.trim() ?? '';

describe('<ressursvenn-signup> submission', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(cleanUp);

  it('posts the contract JSON with an Idempotency-Key and shows the reference', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED));
    const element = await mount({ association: 'narvik', api: 'https://intake.example/' });
    await expectAccessible(element);
    fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt shows');
    assertEqual(stub.calls.length, 1);
    const call = stub.calls[0]!;
    assertEqual(call.url, 'https://intake.example/api/v1/applications');
    assertEqual(call.method, 'POST');
    assertEqual(call.headers.get('Content-Type'), 'application/json');
    assertTrue(/^[0-9a-f-]{36}$/.test(call.headers.get('Idempotency-Key') ?? ''), 'a UUID idempotency key');
    const { elapsedMs, ...body } = JSON.parse(call.body) as Record<string, unknown>;
    assertDeepEqual(body, EXPECTED_BODY);
    // The time from the first keystroke to sending, for the server's fill-time screening.
    assertTrue(typeof elapsedMs === 'number' && elapsedMs >= 0, 'elapsedMs is a measured duration');
    assertTrue(validateApplication(JSON.parse(call.body)).ok, 'the body passes the contract');

    const receipt = find(element, '[part="receipt"]');
    assertIncludes(receipt.textContent, 'RV-7K3M-Q9TX');
    assertIncludes(receipt.textContent, 'Narvik Sanitetsforening tar kontakt med deg');
    assertEqual(receipt.querySelector('a')?.getAttribute('href'), 'mailto:ressursvenn@narvik.example');
    assertEqual(shadow(element).activeElement, receipt, 'the receipt takes focus');
    assertEqual(status(shadow(element)), 'Søknaden er sendt.');
    for (const typed of ['Kari', 'Nordmann', 'kari.nordmann', '412', '8514']) {
      assertTrue(!shadow(element).textContent!.includes(typed), `the receipt does not echo "${typed}"`);
    }
    assertEqual(shadow(element).querySelector('form'), null, 'the form and its data are gone');
    await expectAccessible(element);
  });

  it('announces sending and disables the button while the request is in flight; a double click sends once', async () => {
    let answer!: (response: Response) => void;
    const stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const element = await mount();
    await expectAccessible(element);
    fillValid(element);
    submitButton(element).click();
    submitButton(element).click();
    await element.updateComplete;
    assertEqual(submitButton(element).disabled, true);
    assertEqual(status(shadow(element)), 'Sender søknaden …');
    submitButton(element).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    find<HTMLFormElement>(element, 'form').requestSubmit();
    await expectAccessible(element);
    assertEqual(stub.calls.length, 1, 'one request');
    answer(jsonResponse(201, ACCEPTED));
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt shows');
    assertEqual(stub.calls.length, 1, 'still one request');
  });

  it('lands a 422 with field errors on the fields, with the summary', async () => {
    stubFetch(() =>
      jsonResponse(422, {
        error: {
          code: 'validation_failed',
          message: 'Invalid application',
          requestId: 'req-422',
          fields: { postalCode: 'invalid_postal_code', email: 'invalid_email' },
        },
      }),
    );
    const failures: string[] = [];
    const element = await mount();
    element.addEventListener('ressursvenn-failure', (event: RessursvennFailureEvent) => failures.push(event.detail.code));
    await expectAccessible(element);
    fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="error-summary"]') !== null, 'the summary shows');
    const root = shadow(element);
    assertEqual(root.activeElement, find(element, '[part="error-summary"]'));
    assertEqual(field(element, 'postalCode').getAttribute('aria-invalid'), 'true');
    assertEqual(field(element, 'email').getAttribute('aria-invalid'), 'true');
    assertIncludes(find(element, '#rv-email-error').textContent, 'Skriv en gyldig e-postadresse');
    assertEqual(root.querySelectorAll('[part="error-summary"] a').length, 2);
    assertEqual(field(element, 'firstName').value, 'Kari', 'values are kept');
    assertDeepEqual(failures, ['validation_failed']);
    await expectAccessible(element);
  });

  it('keeps the values after a network failure and retries with the same Idempotency-Key', async () => {
    const stub = stubFetch((_call, index) => (index === 0 ? networkDown() : jsonResponse(201, ACCEPTED)));
    const element = await mount();
    await expectAccessible(element);
    fillValid(element);
    typeInto(element, 'motivation', 'Jeg liker å gå turer.');
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    const root = shadow(element);
    const failure = find(element, '[part="failure"]');
    assertEqual(root.activeElement, failure, 'the notice takes focus');
    assertIncludes(failure.textContent, 'Søknaden er ikke sendt ennå');
    assertIncludes(failure.textContent, 'Det du har skrevet, ligger fortsatt i skjemaet.');
    assertEqual(status(root), 'Søknaden er ikke sendt ennå.');
    assertEqual(field(element, 'firstName').value, 'Kari');
    assertEqual(find<HTMLTextAreaElement>(element, 'textarea').value, 'Jeg liker å gå turer.');
    assertEqual(field(element, 'privacyAcknowledged').checked, true);
    assertEqual(localStorage.length + sessionStorage.length, 0, 'nothing in web storage');
    await expectAccessible(element);

    const retry = submitButton(element);
    assertEqual(retry.textContent?.trim(), 'Prøv igjen');
    retry.click();
    await waitFor(() => root.querySelector('[part="receipt"]') !== null, 'the receipt shows');
    assertEqual(stub.calls.length, 2);
    const [first, second] = stub.calls;
    assertEqual(second!.headers.get('Idempotency-Key'), first!.headers.get('Idempotency-Key'), 'the same key');
    assertEqual(second!.body, first!.body);
  });

  it('uses a new Idempotency-Key when the application changed between attempts', async () => {
    const stub = stubFetch(() => networkDown());
    const element = await mount();
    await expectAccessible(element);
    fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the first failure');
    typeInto(element, 'firstName', 'Kari Anne');
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 2, 'the second attempt');
    assertTrue(stub.calls[0]!.headers.get('Idempotency-Key') !== stub.calls[1]!.headers.get('Idempotency-Key'), 'a new key');
  });

  it('says when to try again after 429 with Retry-After, and shows the request id', async () => {
    stubFetch(() =>
      jsonResponse(429, { error: { code: 'rate_limited', message: 'Too many', requestId: 'req-429' } }, { 'Retry-After': '120' }),
    );
    const element = await mount({ association: 'narvik', lang: 'en' });
    await expectAccessible(element);
    fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    const text = find(element, '[part="failure"]').textContent ?? '';
    assertIncludes(text, 'has not been sent yet');
    assertIncludes(text, 'Please wait 2 minutes and try again.');
    assertIncludes(text, 'req-429');
    await expectAccessible(element);
  });

  it('dispatches a cancelable submit event and typed success and failure events without personal data', async () => {
    const stub = stubFetch((_call, index) => (index === 0 ? networkDown() : jsonResponse(201, ACCEPTED)));
    const element = await mount({ association: 'narvik', lang: 'nn' });
    await expectAccessible(element);
    const seen: Array<{ type: string; detail: unknown; composed: boolean; bubbles: boolean }> = [];
    const record = (event: Event & { detail: unknown }) =>
      seen.push({ type: event.type, detail: event.detail, composed: event.composed, bubbles: event.bubbles });
    let cancelNext = true;
    const onSubmit = (event: Event & { detail: unknown }) => {
      record(event);
      if (cancelNext) event.preventDefault();
      cancelNext = false;
    };
    document.addEventListener('ressursvenn-submit', onSubmit);
    document.addEventListener('ressursvenn-failure', record);
    document.addEventListener('ressursvenn-success', (event: RessursvennSuccessEvent) => record(event), { once: true });
    try {
      fillValid(element);
      submitButton(element).click();
      await element.updateComplete;
      assertEqual(stub.calls.length, 0, 'a cancelled submit sends nothing');
      submitButton(element).click();
      await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure');
      submitButton(element).click();
      await waitFor(() => seen.some((event) => event.type === 'ressursvenn-success'), 'the success event');
      assertDeepEqual(seen, [
        { type: 'ressursvenn-submit', detail: { association: 'narvik', language: 'nn' }, composed: true, bubbles: true },
        { type: 'ressursvenn-submit', detail: { association: 'narvik', language: 'nn' }, composed: true, bubbles: true },
        { type: 'ressursvenn-failure', detail: { code: 'network_error' }, composed: true, bubbles: true },
        { type: 'ressursvenn-submit', detail: { association: 'narvik', language: 'nn' }, composed: true, bubbles: true },
        { type: 'ressursvenn-success', detail: { reference: 'RV-7K3M-Q9TX' }, composed: true, bubbles: true },
      ]);
      assertIncludes(find(element, '[part="receipt"]').textContent, 'Takk! Søknaden er sendt.');
      await expectAccessible(element);
    } finally {
      document.removeEventListener('ressursvenn-submit', onSubmit);
      document.removeEventListener('ressursvenn-failure', record);
    }
  });

  it('reflects its state as custom states', async () => {
    stubFetch(() => networkDown());
    const element = await mount();
    await expectAccessible(element);
    submitButton(element).click();
    await element.updateComplete;
    assertTrue(element.matches(':state(invalid)'), 'invalid after an empty submit');
    fillValid(element);
    submitButton(element).click();
    await waitFor(() => element.matches(':state(failed)'), 'failed after a network error');
    assertTrue(!element.matches(':state(invalid)'), 'no longer invalid');
  });
});
