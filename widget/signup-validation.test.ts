import { answer, cleanUp, expectAccessible, field, fillContact, find, flowReady, mount, next, shadow, stepHeading, submitButton, typeInto } from './test-fixtures.js';
import { jsonResponse, stubFetch, unrouted } from './test-server-stub.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const STEP_1 = ['firstName', 'lastName', 'email', 'phone', 'postalCode'];
const STEP_2 = ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate'];

function summaryLinks(root: ShadowRoot): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a'));
}

const status = (root: ShadowRoot) => root.querySelector('[role="status"]')?.textContent?.trim() ?? '';

describe('<ressursvenn-signup> validation (Aksel)', () => {
  afterEach(cleanUp);

  it('shows nothing red before the first attempt, even after leaving empty fields', async () => {
    const element = await mount();
    await expectAccessible(element);
    field(element, 'firstName').focus();
    field(element, 'email').focus();
    typeInto(element, 'email', 'not-an-email');
    field(element, 'phone').focus();
    await element.updateComplete;
    assertEqual(shadow(element).querySelectorAll('[aria-invalid="true"]').length, 0);
    assertEqual(shadow(element).querySelectorAll('.error, [part="error-summary"]').length, 0);
  });

  it('on "Neste" with an empty step 1 shows a summary that takes focus, with one link per field of that step', async () => {
    const stub = stubFetch(() => Promise.reject(new Error('must not be called')));
    const element = await mount();
    await expectAccessible(element);
    await next(element);
    const root = shadow(element);
    const summary = find(element, '[part="error-summary"]');
    assertEqual(root.activeElement, summary, 'the summary has focus');
    assertIncludes(summary.textContent, 'Før du kan gå videre, må du rette opp dette:');
    assertEqual(summaryLinks(root).length, STEP_1.length);
    assertEqual(summaryLinks(root)[0]!.textContent?.trim(), 'Skriv fornavnet ditt.');
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger', 'still on step 1');
    assertEqual(stub.calls.length + stub.lookups.filter((url) => url.includes('postal-codes')).length, 0, 'nothing asked');
    assertTrue(element.matches(':state(invalid)'), 'the invalid state');
    await expectAccessible(element);
  });

  it('links each summary entry to its field, which then takes focus; the page URL stays', async () => {
    const element = await mount();
    await expectAccessible(element);
    await next(element);
    const root = shadow(element);
    for (const [index, name] of STEP_1.entries()) {
      summaryLinks(root)[index]!.click();
      await element.updateComplete;
      assertEqual((root.activeElement as HTMLInputElement | null)?.name, name, `link ${index} focuses ${name}`);
    }
    assertEqual(location.hash, '', 'the host page URL is untouched');
  });

  it('marks invalid fields with aria-invalid and a described error message', async () => {
    const element = await mount();
    await expectAccessible(element);
    typeInto(element, 'postalCode', '851');
    await next(element);
    const postal = field(element, 'postalCode');
    assertEqual(postal.getAttribute('aria-invalid'), 'true');
    const error = find(element, '#rv-postalCode-error');
    assertTrue(postal.getAttribute('aria-describedby')!.split(' ').includes(error.id), 'the error describes the input');
    assertIncludes(error.textContent, 'Postnummeret må ha fire siffer');
    await expectAccessible(element);
  });

  it('re-validates a field when it is left after the first attempt, and announces a new error', async () => {
    const element = await mount();
    await expectAccessible(element);
    await next(element);
    const email = field(element, 'email');
    email.focus();
    typeInto(element, 'email', 'kari@');
    await element.updateComplete;
    assertIncludes(find(element, '#rv-email-error').textContent, 'Skriv e-postadressen din.', 'no new verdict while typing');
    field(element, 'phone').focus();
    await element.updateComplete;
    assertIncludes(find(element, '#rv-email-error').textContent, 'Skriv en gyldig e-postadresse');
    assertIncludes(status(shadow(element)), 'Skriv en gyldig e-postadresse', 'the live region says so');
    email.focus();
    typeInto(element, 'email', 'kari@example.no');
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('#rv-email-error'), null, 'a fixed field clears while typing');
    assertEqual(email.hasAttribute('aria-invalid'), false);
    assertEqual(status(shadow(element)), '', 'and the live region no longer speaks of its error');
  });

  it('leaves no earlier error in the live region once the volunteer moves on, or the error changes', async () => {
    stubFetch(() => Promise.reject(new TypeError('no application expected in this test')), {
      postalCode: (code) => (code === '0000' ? jsonResponse(200, { postalCode: code, place: null, kommune: null, associations: [], fallback: null, unknownPostalCode: true }) : unrouted(code)),
    });
    const element = await mount({ association: 'narvik', lang: 'nb' });
    await flowReady(element);
    fillContact(element, '');
    await next(element);
    const postal = field(element, 'postalCode');
    postal.focus();
    typeInto(element, 'postalCode', '23x');
    field(element, 'firstName').focus();
    await element.updateComplete;
    assertIncludes(status(shadow(element)), 'Postnummeret må ha fire siffer', 'a new error on leaving the field is announced');
    // A code the register does not know: the field's error changes, and the summary says so.
    postal.focus();
    typeInto(element, 'postalCode', '0000');
    await next(element);
    assertIncludes(find(element, '#rv-postalCode-error').textContent, 'Postnummeret finnes ikke');
    assertEqual(status(shadow(element)), '', 'the old verdict is not left behind');
    // A good code: on to the next step, with nothing stale to find in the live region.
    postal.focus();
    typeInto(element, 'postalCode', '8514');
    await next(element);
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    assertEqual(status(shadow(element)), '', 'a new step starts with an empty live region');
  });

  it('checks step 2 on its own "Neste": every question needs an answer, and an answer clears its error at once', async () => {
    const element = await mount();
    await expectAccessible(element);
    fillContact(element);
    await next(element);
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    assertEqual(shadow(element).querySelectorAll('.error').length, 0, 'a new step starts calm');
    await next(element);
    const root = shadow(element);
    assertEqual(summaryLinks(root).length, STEP_2.length);
    assertEqual(summaryLinks(root)[0]!.textContent?.trim(), 'Svar på om du er 25 år eller eldre.');
    const questionSet = find(element, '#rv-canCommit').closest('fieldset')!;
    assertTrue(questionSet.getAttribute('aria-describedby')!.includes('rv-canCommit-error'), 'the question group is described by its error');
    await expectAccessible(element);
    answer(element, 'canCommit', false);
    await element.updateComplete;
    assertEqual(root.querySelector('#rv-canCommit-error'), null);
    assertEqual(summaryLinks(root).length, STEP_2.length - 1);
    summaryLinks(root)[0]!.click();
    await element.updateComplete;
    assertEqual((root.activeElement as HTMLInputElement).name, 'age25OrOlder', 'a question link focuses its first radio');
  });

  it('refuses over-long and control characters with the contract’s rules', async () => {
    const element = await mount();
    await expectAccessible(element);
    fillContact(element);
    typeInto(element, 'lastName', 'Nord\u202Emann');
    typeInto(element, 'firstName', '1234');
    await next(element);
    assertIncludes(find(element, '#rv-lastName-error').textContent, 'inneholder tegn vi ikke kan ta imot');
    assertIncludes(find(element, '#rv-firstName-error').textContent, 'må inneholde minst én bokstav');
    await expectAccessible(element);
  });

  it('finding 13.5: refuses a web or email address in a name with a clear message, in each language, and keeps real names', async () => {
    for (const [lang, first, last] of [
      ['nb', '«Fornavn» kan ikke inneholde nettadresser, e-postadresser', '«Etternavn» kan ikke inneholde nettadresser'],
      ['nn', '«Førenamn» kan ikkje innehalde nettadresser, e-postadresser', '«Etternamn» kan ikkje innehalde nettadresser'],
      ['en', '“First name” cannot contain web addresses, email addresses', '“Last name” cannot contain web addresses'],
    ] as const) {
      const element = await mount({ association: 'narvik', lang });
      // The message comes with the later steps' texts, which are fetched while step 1 is filled in.
      await flowReady(element);
      fillContact(element);
      typeInto(element, 'firstName', 'VIKTIG: ny innlogging kreves på https://nav-login.example');
      typeInto(element, 'lastName', 'kontakt@nav-login.example');
      await next(element);
      assertIncludes(find(element, '#rv-firstName-error').textContent, first);
      assertIncludes(find(element, '#rv-lastName-error').textContent, last);
      assertEqual(stepHeading(element).includes('1'), true, 'still on step 1');
      await expectAccessible(element);
      cleanUp();
    }
    const element = await mount();
    fillContact(element);
    typeInto(element, 'firstName', "Åse O'Neil");
    typeInto(element, 'lastName', 'Nguyễn Anne-Marit');
    await next(element);
    assertEqual(shadow(element).querySelector('#rv-firstName-error, #rv-lastName-error'), null, 'real names pass');
  });

  it('issue 16: accepts a foreign number with its country code, and says in each language what is accepted', async () => {
    for (const [lang, text] of [
      ['nb', 'Skriv et norsk nummer med 8 siffer, eller et utenlandsk nummer med landskode'],
      ['nn', 'Skriv eit norsk nummer med 8 siffer, eller eit utanlandsk nummer med landskode'],
      ['en', 'Enter a Norwegian number with 8 digits, or a foreign number with its country code'],
    ] as const) {
      const element = await mount({ association: 'narvik', lang });
      fillContact(element);
      typeInto(element, 'phone', '070-123 45 67');
      await next(element);
      assertIncludes(find(element, '#rv-phone-error').textContent, text);
      assertIncludes(find(element, '#rv-phone-error').textContent, '+46 70 123 45 67');
      await expectAccessible(element);
      cleanUp();
    }
    const element = await mount({ association: 'narvik', lang: 'en' });
    fillContact(element);
    typeInto(element, 'phone', '+46 70 123 45 67');
    await next(element);
    assertEqual(shadow(element).querySelector('#rv-phone-error'), null, 'a Swedish number passes');
    assertIncludes(stepHeading(element), 'Step 2 of 3');
  });
});
