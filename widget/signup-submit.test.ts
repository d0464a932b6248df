import { validateApplication } from '../contract/index.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';
import type { RessursvennFailureEvent, RessursvennSuccessEvent } from './send-events.js';
import { cleanUp, expectAccessible, field, fillValid, find, mount, shadow, stepHeading, submitButton, typeInto, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch, unrouted } from './test-server-stub.js';
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

  it('posts the contract JSON with an Idempotency-Key and shows the reference and what happens next', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED));
    const element = await mount({ association: 'narvik', api: 'https://intake.example/' });
    await expectAccessible(element);
    await fillValid(element);
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
    assertIncludes(receipt.textContent, 'Hva skjer nå?');
    assertIncludes(receipt.textContent, 'Narvik sanitetsforening tar kontakt med deg');
    assertIncludes(receipt.textContent, 'tar du kurset og viser fram politiattest');
    assertEqual(receipt.querySelector('a')?.getAttribute('href'), 'mailto:ressursvenn@narvik.example');
    assertEqual(shadow(element).activeElement, receipt, 'the receipt takes focus');
    assertEqual(status(shadow(element)), 'Søknaden er sendt.');
    for (const typed of ['Kari', 'Nordmann', 'kari.nordmann', '412', '8514']) {
      assertTrue(!shadow(element).textContent!.includes(typed), `the receipt does not echo "${typed}"`);
    }
    assertEqual(shadow(element).querySelector('form'), null, 'the form and its data are gone');
    assertTrue(element.matches(':state(sent)'), 'the sent state');
    await expectAccessible(element);
  });

  it('announces sending and marks the button busy while the request is in flight; a double click sends once', async () => {
    let answer!: (response: Response) => void;
    const stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    submitButton(element).click();
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 1, 'the request is on its way');
    await element.updateComplete;
    assertEqual(submitButton(element).getAttribute('aria-disabled'), 'true');
    assertEqual(submitButton(element).textContent?.trim(), 'Sender …');
    assertEqual(status(shadow(element)), 'Sender søknaden …');
    assertTrue(element.matches(':state(sending)'), 'the sending state');
    submitButton(element).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    find<HTMLFormElement>(element, 'form').requestSubmit();
    await expectAccessible(element);
    assertEqual(stub.calls.length, 1, 'one request');
    answer(jsonResponse(201, ACCEPTED));
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt shows');
    assertEqual(stub.calls.length, 1, 'still one request');
  });

  it('lands a 422 with field errors on the fields of their steps, with the summary', async () => {
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
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="error-summary"]') !== null, 'the summary shows');
    const root = shadow(element);
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger', 'back on the step of the fields');
    assertEqual(root.activeElement, find(element, '[part="error-summary"]'));
    assertEqual(field(element, 'postalCode').getAttribute('aria-invalid'), 'true');
    assertEqual(field(element, 'email').getAttribute('aria-invalid'), 'true');
    assertIncludes(find(element, '#rv-email-error').textContent, 'Skriv en gyldig e-postadresse');
    assertEqual(root.querySelectorAll('[part="error-summary"] a').length, 2);
    assertEqual(field(element, 'firstName').value, 'Kari', 'values are kept');
    assertEqual(field(element, 'privacyAcknowledged').checked, true, 'later steps keep theirs too');
    assertDeepEqual(failures, ['validation_failed']);
    await expectAccessible(element);
  });

  it('keeps the values after a network failure, says so, and retries with the same Idempotency-Key', async () => {
    const stub = stubFetch((_call, index) => (index === 0 ? networkDown() : jsonResponse(201, ACCEPTED)));
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    const root = shadow(element);
    const failure = find(element, '[part="failure"]');
    assertEqual(root.activeElement, failure, 'the notice takes focus');
    assertIncludes(failure.textContent, 'Søknaden er ikke sendt ennå');
    assertIncludes(failure.textContent, 'Vi fikk ikke kontakt med tjenesten');
    assertIncludes(failure.textContent, 'Det du har skrevet, ligger fortsatt i skjemaet.');
    assertEqual(status(root), 'Søknaden er ikke sendt ennå.');
    assertEqual(field(element, 'firstName').value, 'Kari');
    assertEqual(field(element, 'privacyAcknowledged').checked, true);
    assertEqual(localStorage.length, 0, 'nothing in localStorage');
    const kept = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i));
    assertDeepEqual(kept.filter((key) => key !== 'ressursvenn-draft:narvik'), [], 'only the draft in the tab');
    assertTrue(!sessionStorage.getItem('ressursvenn-draft:narvik')?.includes('privacyAcknowledged'), 'without the acknowledgement');
    assertTrue(element.matches(':state(failed)'), 'the failed state');
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
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the first failure');
    typeInto(element, 'firstName', 'Kari Anne');
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 2, 'the second attempt');
    assertTrue(stub.calls[0]!.headers.get('Idempotency-Key') !== stub.calls[1]!.headers.get('Idempotency-Key'), 'a new key');
  });

  for (const [status, code, text] of [
    [429, 'rate_limited', 'Please wait 2 minutes and try again.'],
    [503, 'service_unavailable', 'The service is temporarily unavailable.'],
  ] as const) {
    it(`says when to try again after ${status} and shows the request id`, async () => {
      stubFetch(() => jsonResponse(status, { error: { code, message: 'No', requestId: `req-${status}` } }, { 'Retry-After': '120' }));
      const element = await mount({ association: 'narvik', lang: 'en' });
      await expectAccessible(element);
      await fillValid(element);
      submitButton(element).click();
      await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
      const notice = find(element, '[part="failure"]').textContent ?? '';
      assertIncludes(notice, 'has not been sent yet');
      assertIncludes(notice, text);
      assertIncludes(notice, `req-${status}`);
      assertIncludes(notice, 'What you have written is still in the form.');
      await expectAccessible(element);
    });
  }

  it('gives up waiting after the timeout, keeps the values and offers a retry', async () => {
    stubFetch((_call, _index, signal) => new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const element = await mount();
    await expectAccessible(element);
    await fillValid(element);
    // Not 20 s in a test: the submit client takes its timeout from the request, so shorten the clock instead.
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
      realSetTimeout(handler, timeout === 20_000 ? 50 : timeout, ...rest)) as typeof window.setTimeout;
    try {
      submitButton(element).click();
      await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    } finally {
      window.setTimeout = realSetTimeout;
    }
    assertIncludes(find(element, '[part="failure"]').textContent, 'Det tok for lang tid å få svar fra tjenesten.');
    assertEqual(field(element, 'email').value, 'kari.nordmann@example.no');
    await expectAccessible(element);
  });

  it('issue 16: the failure notice says how to reach the association the application was going to: name, email and phone', async () => {
    const links = (root: Element) => Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    // Confirmed after the lookup: the association's own contact details come with it.
    stubFetch(networkDown, {
      postalCode: (code) =>
        jsonResponse(200, {
          postalCode: code,
          place: 'NARVIK',
          kommune: { number: '1806', name: 'Narvik' },
          associations: [{ slug: 'narvik', name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', phone: '76 00 00 00' }],
          unknownPostalCode: false,
        }),
    });
    let element = await mount();
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    let notice = find(element, '[part="failure"]');
    assertIncludes(
      notice.textContent?.replace(/\s+/g, ' '),
      'Går det fortsatt ikke, kan du kontakte Narvik sanitetsforening: post@narvik-sanitet.example, telefon 76 00 00 00.',
    );
    assertDeepEqual(links(notice), ['mailto:post@narvik-sanitet.example', 'tel:76000000']);
    await expectAccessible(element);
    cleanUp();

    // Nobody serves the code: the national contact the lookup named (in English).
    stubFetch(networkDown, { postalCode: (code) => unrouted(code) });
    element = await mount({ association: 'narvik', lang: 'en' });
    await fillValid(element, '5003');
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    notice = find(element, '[part="failure"]');
    assertIncludes(
      notice.textContent?.replace(/\s+/g, ' '),
      'If it still does not work, please contact Norske Kvinners Sanitetsforening sentralt: ressursvenn@nks.example, phone 21 00 00 00.',
    );
    cleanUp();

    // The lookup failed: the page's association, from its own lookup (no phone: only the address).
    stubFetch(networkDown, { postalCode: networkDown });
    element = await mount();
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    notice = find(element, '[part="failure"]');
    assertIncludes(notice.textContent?.replace(/\s+/g, ' '), 'kan du kontakte Narvik sanitetsforening: post@narvik-sanitet.example.');
    assertDeepEqual(links(notice), ['mailto:post@narvik-sanitet.example']);
    cleanUp();

    // Nothing known at all: the general sentence.
    stubFetch(networkDown, { postalCode: networkDown, association: networkDown });
    element = await mount();
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice shows');
    assertIncludes(find(element, '[part="failure"]').textContent, 'Går det fortsatt ikke, kan du ta kontakt med sanitetsforeningen.');
  });
});
