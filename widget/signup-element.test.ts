import { LIMITS } from '../contract/index.js';
import { PRIVACY_NOTICE_VERSION } from './privacy.js';
import { cleanUp, expectAccessible, field, find, mount, shadow } from './test-fixtures.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const TEXT_INPUTS: Array<[string, string, string, string]> = [
  // name, type, autocomplete, label
  ['firstName', 'text', 'given-name', 'Fornavn'],
  ['lastName', 'text', 'family-name', 'Etternavn'],
  ['email', 'email', 'email', 'E-post'],
  ['phone', 'tel', 'tel', 'Telefonnummer'],
  ['postalCode', 'text', 'postal-code', 'Postnummer'],
  ['languages', 'text', 'off', 'Hvilke språk snakker du?'],
];

const QUESTIONS = ['age25OrOlder', 'canCommit', 'willTakeCourse', 'willSignConfidentiality', 'willShowPoliceCertificate'];

describe('<ressursvenn-signup> rendering', () => {
  afterEach(cleanUp);

  it('renders labelled native inputs with autocomplete, in Bokmål by default', async () => {
    const element = await mount();
    await expectAccessible(element);
    const root = shadow(element);
    for (const [name, type, autocomplete, label] of TEXT_INPUTS) {
      const input = field(element, name);
      assertEqual(input.localName, 'input', name);
      assertEqual(input.type, type, `${name} type`);
      assertEqual(input.getAttribute('autocomplete'), autocomplete, `${name} autocomplete`);
      const labelElement = root.querySelector(`label[for="${input.id}"]`);
      assertIncludes(labelElement?.textContent, label, `${name} label`);
    }
    assertEqual(field(element, 'postalCode').inputMode, 'numeric');
    assertEqual(field(element, 'firstName').required, true);
    assertEqual(field(element, 'languages').required, false);
    const motivation = find<HTMLTextAreaElement>(element, 'textarea[name="motivation"]');
    assertEqual(motivation.maxLength, LIMITS.motivationLength);
    assertIncludes(root.querySelector(`label[for="${motivation.id}"]`)?.textContent, 'Hvorfor vil du bli ressursvenn?');
  });

  it('asks each fit question as a yes/no radio group in its own fieldset', async () => {
    const element = await mount();
    await expectAccessible(element);
    for (const name of QUESTIONS) {
      const radios = shadow(element).querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`);
      assertEqual(radios.length, 2, name);
      assertEqual(radios[0]!.value, 'true');
      assertEqual(radios[1]!.value, 'false');
      const fieldset = radios[0]!.closest('fieldset');
      assertTrue(fieldset?.querySelector('legend')?.textContent?.trim().endsWith('?') === true, `${name} has a question as legend`);
      for (const radio of radios) {
        assertIncludes(shadow(element).querySelector(`label[for="${radio.id}"]`)?.textContent, radio.value === 'true' ? 'Ja' : 'Nei');
      }
    }
  });

  it('shows the note against sensitive free text, the police-certificate explanation and the privacy version', async () => {
    const element = await mount();
    await expectAccessible(element);
    const motivation = find<HTMLTextAreaElement>(element, 'textarea[name="motivation"]');
    const note = find(element, '#rv-motivation-note');
    assertIncludes(note.textContent, 'Ikke skriv om helse');
    assertTrue(note.checkVisibility(), 'the note is visible');
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
    for (const number of ['tel:116006', 'tel:112', 'tel:113', 'tel:116111']) {
      assertTrue(links.includes(number), `links to ${number}`);
    }
    assertIncludes(details.textContent, '44 krisesentrene');
    assertIncludes(details.textContent, 'ikke et sted å be om hjelp');
  });

  it('puts no style attributes in its markup (strict CSP) and exposes its parts', async () => {
    const element = await mount();
    await expectAccessible(element);
    assertEqual(shadow(element).querySelectorAll('[style]').length, 0);
    assertEqual(shadow(element).querySelectorAll('style').length, 0, 'styles are adopted, not inline');
    for (const part of ['form', 'field', 'label', 'input', 'button', 'help']) {
      assertTrue(shadow(element).querySelector(`[part~="${part}"]`) !== null, `part ${part}`);
    }
  });

  it('keeps its text styles when the host page sets its own', async () => {
    const style = document.createElement('style');
    style.textContent =
      'html { font-size: 62.5%; } body { font: italic 10px/3 serif; text-transform: uppercase; letter-spacing: 4px; color: #f0f; }';
    document.head.append(style);
    try {
      const element = await mount();
      await expectAccessible(element);
      const label = getComputedStyle(find(element, 'label[for="rv-firstName"]'));
      assertEqual(label.textTransform, 'none');
      assertEqual(label.letterSpacing, 'normal');
      assertEqual(label.fontStyle, 'normal');
      assertEqual(label.color, 'rgb(29, 35, 41)');
      assertTrue(parseFloat(label.fontSize) >= 16, `font size ${label.fontSize}`);
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide column without horizontal scrolling', async () => {
    const element = await mount();
    await expectAccessible(element);
    element.parentElement!.style.width = '320px';
    find<HTMLDetailsElement>(element, 'details').open = true;
    await element.updateComplete;
    for (const child of shadow(element).querySelectorAll<HTMLElement>('*')) {
      const box = child.getBoundingClientRect();
      if (box.width === 0) continue;
      assertTrue(box.right <= element.getBoundingClientRect().right + 0.5, `${child.localName}.${child.className} fits`);
    }
  });

  it('gives buttons 44 px and radios and checkboxes at least 24 px, even on a page with html { font-size: 62.5% }', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5%; }';
    document.head.append(style);
    try {
      const element = await mount();
      await expectAccessible(element);
      const targets = [find(element, 'button[type="submit"]'), find(element, 'summary')];
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        assertTrue(box.height >= 44 && box.width >= 44, `${target.localName} ${box.width}×${box.height}`);
      }
      for (const control of shadow(element).querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
        const box = control.getBoundingClientRect();
        assertTrue(box.width >= 24 && box.height >= 24, `${control.id} ${box.width}×${box.height}`);
      }
      const input = field(element, 'firstName').getBoundingClientRect();
      assertTrue(input.height >= 44, `text input height ${input.height}`);
    } finally {
      style.remove();
    }
  });
});

describe('<ressursvenn-signup> language', () => {
  afterEach(() => {
    cleanUp();
    document.documentElement.removeAttribute('lang');
  });

  it('speaks Nynorsk with lang="nn"', async () => {
    const element = await mount({ association: 'narvik', lang: 'nn' });
    await expectAccessible(element);
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'Førenamn');
    assertIncludes(find(element, 'summary').textContent, 'Treng du hjelp sjølv?');
    assertEqual(find(element, '.root').getAttribute('lang'), 'nn');
  });

  it('speaks English with lang="en-GB"', async () => {
    const element = await mount({ association: 'narvik', lang: 'en-GB' });
    await expectAccessible(element);
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'First name');
    assertIncludes(find(element, 'button[type="submit"]').textContent, 'Send application');
  });

  it("follows the page's html lang (nn-NO) and its later changes", async () => {
    document.documentElement.lang = 'nn-NO';
    const element = await mount();
    await expectAccessible(element);
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'Førenamn');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'First name');
  });

  it("lets its own lang attribute win over the page's, and switches when it changes", async () => {
    document.documentElement.lang = 'en';
    const element = await mount({ association: 'narvik', lang: 'nb' });
    await expectAccessible(element);
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'Fornavn');
    element.lang = 'nn';
    await element.updateComplete;
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'Førenamn');
  });

  it('falls back to Bokmål for a page in another language', async () => {
    document.documentElement.lang = 'de';
    const element = await mount();
    await expectAccessible(element);
    assertIncludes(find(element, 'label[for="rv-firstName"]').textContent, 'Fornavn');
    assertEqual(find(element, '.root').getAttribute('lang'), 'nb');
  });
});
