import { answer, cleanUp, expectAccessible, field, fillValid, find, mount, shadow, stubFetch, submitButton, typeInto } from './test-fixtures.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const REQUIRED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'postalCode',
  'age25OrOlder',
  'canCommit',
  'willTakeCourse',
  'willSignConfidentiality',
  'willShowPoliceCertificate',
  'privacyAcknowledged',
];

function summaryLinks(root: ShadowRoot): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a'));
}

describe('<ressursvenn-signup> validation', () => {
  afterEach(cleanUp);

  it('shows nothing red before the first submit attempt, even after leaving empty fields', async () => {
    const element = await mount();
    await expectAccessible(element);
    const first = field(element, 'firstName');
    first.focus();
    field(element, 'email').focus();
    typeInto(element, 'email', 'not-an-email');
    field(element, 'phone').focus();
    await element.updateComplete;
    assertEqual(shadow(element).querySelectorAll('[aria-invalid="true"]').length, 0);
    assertEqual(shadow(element).querySelectorAll('.error, [part="error-summary"]').length, 0);
  });

  it('on an empty submit shows a summary that takes focus, with one link per required field', async () => {
    const stub = stubFetch(() => Promise.reject(new Error('must not be called')));
    const element = await mount();
    await expectAccessible(element);
    submitButton(element).click();
    await element.updateComplete;
    const root = shadow(element);
    const summary = find(element, '[part="error-summary"]');
    assertEqual(root.activeElement, summary, 'the summary has focus');
    assertIncludes(summary.textContent, 'For å sende søknaden må du rette opp dette:');
    const links = summaryLinks(root);
    assertEqual(links.length, REQUIRED_FIELDS.length);
    assertEqual(links[0]!.textContent?.trim(), 'Skriv fornavnet ditt.');
    assertEqual(stub.calls.length, 0, 'nothing was sent');
    await expectAccessible(element);
  });

  it('links each summary entry to its field, which then takes focus', async () => {
    const element = await mount();
    await expectAccessible(element);
    submitButton(element).click();
    await element.updateComplete;
    const root = shadow(element);
    for (const [index, name] of REQUIRED_FIELDS.entries()) {
      summaryLinks(root)[index]!.click();
      const focused = root.activeElement as HTMLInputElement | null;
      assertEqual(focused?.name, name, `link ${index} focuses ${name}`);
    }
    assertEqual(location.hash, '', 'the host page URL is untouched');
  });

  it('marks invalid fields with aria-invalid and a described error message', async () => {
    const element = await mount();
    await expectAccessible(element);
    typeInto(element, 'postalCode', '851');
    submitButton(element).click();
    await element.updateComplete;
    const postal = field(element, 'postalCode');
    assertEqual(postal.getAttribute('aria-invalid'), 'true');
    const describedBy = postal.getAttribute('aria-describedby')!.split(' ');
    const error = find(element, '#rv-postalCode-error');
    assertTrue(describedBy.includes(error.id), 'the error describes the input');
    assertIncludes(error.textContent, 'Postnummeret må ha fire siffer');
    const questionSet = find(element, '#rv-canCommit').closest('fieldset')!;
    assertTrue(questionSet.getAttribute('aria-describedby')!.includes('rv-canCommit-error'), 'the question group is described by its error');
    assertEqual(field(element, 'privacyAcknowledged').getAttribute('aria-invalid'), 'true');
  });

  it('re-validates a field when it is left after the first attempt', async () => {
    const element = await mount();
    await expectAccessible(element);
    submitButton(element).click();
    await element.updateComplete;
    const email = field(element, 'email');
    email.focus();
    typeInto(element, 'email', 'kari@');
    await element.updateComplete;
    assertIncludes(find(element, '#rv-email-error').textContent, 'Skriv e-postadressen din.', 'no new verdict while typing');
    field(element, 'phone').focus();
    await element.updateComplete;
    assertIncludes(find(element, '#rv-email-error').textContent, 'Skriv en gyldig e-postadresse');
    email.focus();
    typeInto(element, 'email', 'kari@example.no');
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('#rv-email-error'), null, 'a fixed field clears while typing');
    assertEqual(email.hasAttribute('aria-invalid'), false);
  });

  it('clears a question error as soon as it is answered, and the summary shrinks with it', async () => {
    const element = await mount();
    await expectAccessible(element);
    submitButton(element).click();
    await element.updateComplete;
    const before = summaryLinks(shadow(element)).length;
    answer(element, 'canCommit', false);
    await element.updateComplete;
    assertEqual(shadow(element).querySelector('#rv-canCommit-error'), null);
    assertEqual(summaryLinks(shadow(element)).length, before - 1);
  });

  it('explains a missing association as a set-up problem, not as something the applicant did wrong', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const stub = stubFetch(() => Promise.reject(new Error('must not be called')));
      const element = await mount({});
      await expectAccessible(element);
      fillValid(element);
      submitButton(element).click();
      await element.updateComplete;
      const summary = find(element, '[part="error-summary"]');
      assertIncludes(summary.textContent, 'Skjemaet er ikke satt opp riktig');
      assertEqual(summaryLinks(shadow(element)).length, 0);
      assertEqual(stub.calls.length, 0);
      await expectAccessible(element);
    } finally {
      console.warn = warn;
    }
  });
});
