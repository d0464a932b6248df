import { cleanUp, expectAccessible, field, fillContact, fillFit, find, mount, next, shadow, stepHeading, submitButton, typeInto, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch, unrouted } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const EKSEMPELBY = {
  slug: 'eksempelby',
  name: 'Eksempelby sanitetsforening',
  defaultLanguage: 'nb',
  proofOfWork: false,
  email: 'post@eksempelby-sanitet.example',
  phone: '400 00 000',
};

/** What the server answers for 8514 (Narvik), and for 8530 where two associations share the kommune. */
const lookup = (code: string) =>
  jsonResponse(200, {
    postalCode: code,
    place: 'NARVIK',
    kommune: { number: '1806', name: 'Narvik' },
    associations:
      code === '8530'
        ? [
            { slug: 'bjerkvik', name: 'Bjerkvik sanitetsforening' },
            { slug: 'narvik', name: 'Narvik sanitetsforening' },
          ]
        : [{ slug: 'narvik', name: 'Narvik sanitetsforening' }],
  });

const button = (element: HTMLElement, text: string) =>
  Array.from(element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === text && b.checkVisibility());

async function sendFromStep2(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  fillFit(element as never);
  await next(element as never);
  find<HTMLInputElement>(element as never, '[name="privacyAcknowledged"]').click();
  submitButton(element as never).click();
}

describe('<ressursvenn-signup> postal-code check', () => {
  afterEach(cleanUp);

  it('asks the server about the postal code and lets the applicant confirm the association it maps to', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { association: () => jsonResponse(200, EKSEMPELBY), postalCode: lookup });
    const element = await mount({ association: 'eksempelby', api: 'https://intake.example' });
    await expectAccessible(element);
    fillContact(element, '8514');
    await next(element);
    assertTrue(stub.lookups.includes('https://intake.example/api/v1/postal-codes/8514?page=eksempelby'), 'the lookup, for this page');
    assertEqual(stepHeading(element), 'Steg 1 av 3 Hvem får søknaden?');
    assertEqual(shadow(element).activeElement?.id, 'rv-step-heading');
    const routing = find(element, '[part="routing"]');
    assertEqual(routing.querySelector('.routing-question')?.textContent?.trim(), 'Narvik sanitetsforening får søknaden. Stemmer det?');
    assertIncludes(routing.textContent, 'Postnummer 8514 ligger i Narvik kommune.');
    assertTrue(!field(element, 'firstName').checkVisibility(), 'the fields wait behind the question');
    await expectAccessible(element);
    assertEqual(submitButton(element).textContent?.trim(), 'Ja, det stemmer');
    await next(element);
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    await sendFromStep2(element);
    await waitFor(() => stub.calls.length === 1, 'the application is sent');
    assertEqual(JSON.parse(stub.calls[0]!.body).confirmedAssociation, 'narvik');
    assertEqual(JSON.parse(stub.calls[0]!.body).association, 'eksempelby');
  });

  it('offers the other associations and the page’s own when the applicant says no', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { association: () => jsonResponse(200, EKSEMPELBY), postalCode: lookup });
    const element = await mount({ association: 'eksempelby' });
    await expectAccessible(element);
    fillContact(element, '8530');
    await next(element);
    assertIncludes(find(element, '.routing-question').textContent, 'Bjerkvik sanitetsforening');
    button(element, 'Nei, velg en annen')!.click();
    await element.updateComplete;
    const radios = Array.from(shadow(element).querySelectorAll<HTMLInputElement>('input[name="rv-route"]'));
    assertDeepEqual(
      radios.map((radio) => [radio.value, shadow(element).querySelector(`label[for="${radio.id}"]`)?.textContent?.trim(), radio.checked]),
      [
        ['bjerkvik', 'Bjerkvik sanitetsforening', true],
        ['narvik', 'Narvik sanitetsforening', false],
        ['eksempelby', 'Eksempelby sanitetsforening (denne nettsiden)', false],
      ],
    );
    assertEqual(shadow(element).activeElement, radios[0], 'focus on the choice');
    await expectAccessible(element);
    radios[2]!.click();
    assertEqual(submitButton(element).textContent?.trim(), 'Gå videre');
    await next(element);
    await sendFromStep2(element);
    await waitFor(() => stub.calls.length === 1, 'the application is sent');
    assertEqual(JSON.parse(stub.calls[0]!.body).confirmedAssociation, 'eksempelby');
    assertIncludes(find(element, '[part="receipt"]').textContent, 'Narvik sanitetsforening tar kontakt', 'the receipt names who the server said');
  });

  it('shows the confirmed association in the review', async () => {
    stubFetch(() => jsonResponse(201, ACCEPTED), { postalCode: lookup });
    const element = await mount();
    await expectAccessible(element);
    fillContact(element);
    await next(element);
    assertEqual(button(element, 'Nei, velg en annen'), undefined, 'nothing else to choose when the page’s own is the only one');
    await next(element);
    fillFit(element);
    await next(element);
    assertIncludes(find(element, '.review-route').textContent, 'Narvik sanitetsforening');
  });

  it('goes back to the postal code on "Endre postnummeret", and asks again for a new code', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { postalCode: lookup });
    const element = await mount({ association: 'eksempelby' });
    await expectAccessible(element);
    fillContact(element, '8514');
    await next(element);
    button(element, 'Endre postnummeret')!.click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger');
    assertEqual(shadow(element).activeElement, field(element, 'postalCode'));
    await next(element);
    assertEqual(stub.lookups.filter((url) => url.includes('postal-codes')).length, 2, 'asked again');
    await next(element); // confirm
    const back = button(element, 'Tilbake')!;
    back.click();
    await element.updateComplete;
    await next(element);
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget', 'a confirmed code is not asked about again');
    assertEqual(stub.lookups.filter((url) => url.includes('postal-codes')).length, 2);
  });

  it('goes on without asking when the lookup fails or finds nobody; the server routes then', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), { postalCode: () => Promise.reject(new TypeError('offline')) });
    const element = await mount();
    await expectAccessible(element);
    fillContact(element);
    await next(element);
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    fillFit(element);
    await next(element);
    // No answer is no verdict: the review promises nothing it does not know.
    assertEqual(
      find(element, '.review-route').textContent?.trim(),
      'Vi fikk ikke sjekket postnummeret ditt nå. Kvitteringen viser hvilken sanitetsforening som får søknaden.',
    );
    find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 1, 'sent');
    assertEqual(JSON.parse(stub.calls[0]!.body).confirmedAssociation, '');
  });

  it('issue 16: names the page’s association in the review when nobody serves the postal code, as the server will route it', async () => {
    const fallback = { slug: 'eksempelby', name: 'Eksempelby sanitetsforening', email: 'post@eksempelby-sanitet.example', kind: 'page' };
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), {
      association: () => jsonResponse(200, EKSEMPELBY),
      postalCode: (code) => unrouted(code, fallback),
    });
    const element = await mount({ association: 'eksempelby' });
    fillContact(element, '5003');
    await next(element);
    assertTrue(stub.lookups.some((url) => url.endsWith('/postal-codes/5003?page=eksempelby')), 'asked for this page');
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget', 'no question: there is nothing to choose');
    fillFit(element);
    await next(element);
    const route = find(element, '.review-group:last-child');
    assertEqual(find(element, '.review-route').textContent?.trim(), 'Eksempelby sanitetsforening');
    assertIncludes(route.textContent, 'Ingen sanitetsforening dekker postnummeret ditt ennå, så sanitetsforeningen som har denne nettsiden, tar imot søknaden.');
    assertTrue(!route.textContent?.includes('nærmest'), 'no promise of the nearest association');
    await expectAccessible(element);
    find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
    submitButton(element).click();
    await waitFor(() => stub.calls.length === 1, 'sent');
    assertEqual(JSON.parse(stub.calls[0]!.body).confirmedAssociation, '', 'routed by the server, by the same rule');
  });

  it('issue 16: names the county association or the national contact when the page’s association cannot take it (English)', async () => {
    for (const [fallback, text] of [
      [{ slug: 'innlandet', name: 'Innlandet sanitetsforening', email: 'post@innlandet.example', kind: 'county' }, 'No local association covers your postcode yet, so the county association takes your application.'],
      [{ slug: null, name: 'Norske Kvinners Sanitetsforening sentralt', email: 'ressursvenn@nks.example', kind: 'national' }, 'so the national contact takes your application'],
    ] as const) {
      stubFetch(() => jsonResponse(201, ACCEPTED), { postalCode: (code) => unrouted(code, fallback) });
      const element = await mount({ association: 'narvik', lang: 'en' });
      fillContact(element, '5003');
      await next(element);
      fillFit(element);
      await next(element);
      assertEqual(find(element, '.review-route').textContent?.trim(), fallback.name);
      assertIncludes(find(element, '.review-group:last-child').textContent, text);
      await expectAccessible(element);
      cleanUp();
    }
  });

  it('issue 16: refuses a postal code the register does not have at the field, and goes on once it is fixed', async () => {
    const stub = stubFetch(() => jsonResponse(201, ACCEPTED), {
      postalCode: (code) =>
        code === '0000'
          ? jsonResponse(200, { postalCode: code, place: null, kommune: null, associations: [], fallback: { slug: null, name: 'N', email: 'n@example', kind: 'national' }, unknownPostalCode: true })
          : lookup(code),
    });
    const element = await mount();
    fillContact(element, '0000');
    await next(element);
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger', 'still on step 1');
    const summary = find(element, '[part="error-summary"]');
    assertEqual(shadow(element).activeElement, summary, 'the summary has focus');
    assertIncludes(summary.textContent, 'Postnummeret finnes ikke. Sjekk at du har skrevet det riktig.');
    assertIncludes(find(element, '#rv-postalCode-error').textContent, 'Postnummeret finnes ikke.');
    assertEqual(field(element, 'postalCode').getAttribute('aria-invalid'), 'true');
    assertEqual(field(element, 'firstName').getAttribute('aria-invalid'), null, 'only the postal code');
    await expectAccessible(element);
    typeInto(element, 'postalCode', '8514');
    await next(element);
    assertEqual(stepHeading(element), 'Steg 1 av 3 Hvem får søknaden?');
    assertEqual(stub.calls.length, 0, 'nothing sent meanwhile');
  });

  it('asks in the form’s language (English)', async () => {
    stubFetch(() => jsonResponse(201, ACCEPTED), { association: () => jsonResponse(200, EKSEMPELBY), postalCode: lookup });
    const element = await mount({ association: 'eksempelby', lang: 'en' });
    await expectAccessible(element);
    fillContact(element, '8530');
    await next(element);
    assertEqual(find(element, '.routing-question').textContent?.trim(), 'Bjerkvik sanitetsforening will receive your application. Is that right?');
    button(element, 'No, choose another')!.click();
    await element.updateComplete;
    assertIncludes(find(element, '.routing-choice').textContent, 'Eksempelby sanitetsforening (this website)');
    await expectAccessible(element);
  });
  it('tells the webmaster in the console and the volunteer quietly when the page names a slug nobody has, and does not offer it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      stubFetch(() => jsonResponse(201, ACCEPTED), { association: () => jsonResponse(404, { error: { code: 'not_found' } }), postalCode: lookup });
      const element = await mount({ association: 'Eksempelbyy' });
      fillContact(element, '8530');
      await next(element);
      assertTrue(
        warnings.some((w) => w.includes('no association has the slug "eksempelbyy"')),
        `a console warning naming the slug (got ${JSON.stringify(warnings)})`,
      );
      assertEqual(find(element, '.quiet-note').textContent?.trim(), 'Denne nettsiden er ikke koblet til en sanitetsforening vi kjenner, så søknaden går etter postnummeret ditt.');
      button(element, 'Nei, velg en annen')!.click();
      await element.updateComplete;
      const choices = Array.from(shadow(element).querySelectorAll<HTMLInputElement>('input[name="rv-route"]')).map((radio) => radio.value);
      assertDeepEqual(choices, ['bjerkvik', 'narvik'], 'no "this website" choice for a slug nobody has');
      await expectAccessible(element);
    } finally {
      console.warn = warn;
    }
  });

  it('says nothing of the kind when the lookup only failed (no answer is no verdict)', async () => {
    stubFetch(() => jsonResponse(201, ACCEPTED), { association: () => Promise.reject(new TypeError('offline')), postalCode: lookup });
    const element = await mount({ association: 'eksempelby' });
    fillContact(element, '8514');
    await next(element);
    assertTrue(shadow(element).querySelector('.quiet-note') === null, 'no notice');
  });
});
