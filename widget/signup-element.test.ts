import { LIMITS } from '../contract/index.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';
import { cleanUp, expectAccessible, field, find, flowReady, mount, shadow, stepHeading, YES_NO } from './test-fixtures.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const CONTACT_INPUTS: Array<[string, string, string, string]> = [
  // name, type, autocomplete, label
  ['firstName', 'text', 'given-name', 'Fornavn'],
  ['lastName', 'text', 'family-name', 'Etternavn'],
  ['email', 'email', 'email', 'E-post'],
  ['phone', 'tel', 'tel', 'Telefonnummer'],
  ['postalCode', 'text', 'postal-code', 'Postnummer'],
];

describe('<ressursvenn-signup> rendering', () => {
  afterEach(cleanUp);

  it('starts on step 1 of 3 with labelled native inputs with autocomplete, in Bokmål by default', async () => {
    const element = await mount();
    await expectAccessible(element);
    const root = shadow(element);
    assertEqual(stepHeading(element), 'Steg 1 av 3 Kontaktopplysninger');
    for (const [name, type, autocomplete, label] of CONTACT_INPUTS) {
      const input = field(element, name);
      assertEqual(input.localName, 'input', name);
      assertEqual(input.type, type, `${name} type`);
      assertEqual(input.getAttribute('autocomplete'), autocomplete, `${name} autocomplete`);
      assertIncludes(root.querySelector(`label[for="${input.id}"]`)?.textContent, label, `${name} label`);
      assertTrue(input.checkVisibility(), `${name} is on step 1`);
    }
    assertEqual(field(element, 'postalCode').inputMode, 'numeric');
    assertEqual(field(element, 'firstName').required, true);
  });

  it('asks each fit question as a yes/no radio group in its own fieldset, on step 2 (hidden until reached)', async () => {
    const element = await mount();
    await expectAccessible(element);
    await flowReady(element);
    for (const name of YES_NO) {
      const radios = shadow(element).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`);
      assertEqual(radios.length, 2, name);
      assertEqual(radios[0]!.value, 'true');
      assertEqual(radios[1]!.value, 'false');
      assertTrue(!radios[0]!.checkVisibility(), `${name} is not shown on step 1`);
      const fieldset = radios[0]!.closest('fieldset');
      assertTrue(fieldset?.querySelector('legend')?.textContent?.trim().endsWith('?') === true, `${name} has a question as legend`);
      for (const radio of radios) {
        assertIncludes(shadow(element).querySelector(`label[for="${radio.id}"]`)?.textContent, radio.value === 'true' ? 'Ja' : 'Nei');
      }
    }
    const motivation = find<HTMLTextAreaElement>(element, 'textarea[name="motivation"]');
    assertEqual(motivation.maxLength, LIMITS.motivationLength);
    assertIncludes(shadow(element).querySelector(`label[for="${motivation.id}"]`)?.textContent, 'Hvorfor vil du bli ressursvenn?');
    assertEqual(field(element, 'languages').required, false);
    assertEqual(field(element, 'languages').getAttribute('autocomplete'), 'off');
    await expectAccessible(element);
  });

  it('shows the note against sensitive free text, the police-certificate explanation and the privacy version', async () => {
    const element = await mount();
    await expectAccessible(element);
    await flowReady(element);
    const motivation = find<HTMLTextAreaElement>(element, 'textarea[name="motivation"]');
    assertIncludes(find(element, '#rv-motivation-note').textContent, 'Ikke skriv om helse');
    assertIncludes(motivation.getAttribute('aria-describedby') ?? '', 'rv-motivation-note');
    assertIncludes(find(element, '#rv-willShowPoliceCertificate-hint').textContent, 'Vi tar ikke imot eller lagrer attesten');
    assertIncludes(find(element, '#rv-privacy-version').textContent, PRIVACY_NOTICE_VERSION);
    assertIncludes(field(element, 'privacyAcknowledged').getAttribute('aria-describedby') ?? '', 'rv-privacy-notice');
  });

  it('offers help to people who need it, in a closed panel that the keyboard can open', async () => {
    const element = await mount();
    await expectAccessible(element);
    const details = find<HTMLDetailsElement>(element, 'details[part="help"]');
    assertEqual(details.open, false);
    const summary = details.querySelector('summary')!;
    assertEqual(summary.textContent?.trim(), 'Trenger du hjelp selv?');
    summary.focus();
    assertEqual(shadow(element).activeElement, summary, 'the summary takes keyboard focus');
    summary.click();
    assertEqual(details.open, true);
    await expectAccessible(element);
    const links = Array.from(details.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    for (const number of ['tel:116006', 'tel:112', 'tel:113', 'tel:116111']) assertTrue(links.includes(number), `links to ${number}`);
    assertIncludes(details.textContent, 'hvilket krisesenter du vil, uansett hvor du bor');
    assertIncludes(details.textContent, 'ikke et sted å be om hjelp');
  });

  it('puts no style attributes in its markup (strict CSP) and exposes its parts', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    await expectAccessible(element);
    await flowReady(element);
    assertEqual(shadow(element).querySelectorAll('[style]').length, 0);
    assertEqual(shadow(element).querySelectorAll('style').length, 0, 'styles are adopted, not inline');
    for (const part of ['title', 'languages', 'language', 'quick-exit', 'help', 'form', 'progress', 'field', 'label', 'hint', 'input', 'radio', 'checkbox', 'note', 'button']) {
      assertTrue(shadow(element).querySelector(`[part~="${part}"]`) !== null, `part ${part}`);
    }
  });

  it('gives buttons 44 px and radios and checkboxes at least 24 px, even on a page with html { font-size: 62.5% }', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; }';
    document.head.append(style);
    try {
      const element = await mount();
      await expectAccessible(element);
      for (const target of [find(element, 'button[type="submit"]'), find(element, 'summary')]) {
        const box = target.getBoundingClientRect();
        assertTrue(box.height >= 44 && box.width >= 44, `${target.localName} ${box.width}×${box.height}`);
      }
      for (const button of shadow(element).querySelectorAll<HTMLElement>('[part~="language"]')) {
        const box = button.getBoundingClientRect();
        assertTrue(box.height >= 24 && box.width >= 24, `language button ${box.width}×${box.height}`);
      }
      assertTrue(field(element, 'firstName').getBoundingClientRect().height >= 44, 'text input height');
      await flowReady(element);
      // Step 2's controls, measured while shown.
      element.shadowRoot!.querySelector<HTMLElement>('.step:not([hidden])')!.hidden = true;
      const fit = shadow(element).querySelector<HTMLElement>('[name="age25OrOlder"]')!.closest<HTMLElement>('.step')!;
      fit.hidden = false;
      for (const control of fit.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        const box = control.getBoundingClientRect();
        assertTrue(box.width >= 24 && box.height >= 24, `${control.id} ${box.width}×${box.height}`);
      }
    } finally {
      style.remove();
    }
  });
});
