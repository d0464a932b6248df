import type { Messages } from './messages/index.js';
import { cached } from './messages/load.js';
import { cleanUp, expectAccessible, fillContact, field, find, flowReady, mount, next, shadow, stepHeading } from './test-fixtures.js';
import { jsonResponse, NARVIK, stubFetch } from './test-server-stub.js';
import { afterEach, assertDeepEqual, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

const label = (element: HTMLElement & { shadowRoot: ShadowRoot | null }, name: string) =>
  element.shadowRoot?.querySelector(`label[for="rv-${name}"]`)?.textContent ?? '';

describe('<ressursvenn-signup> language', () => {
  afterEach(() => {
    cleanUp();
    document.documentElement.removeAttribute('lang');
  });

  // First in this file, before any form has asked for a language or the later steps.
  it("has every language's first-step texts from the start (they are in widget.js), and no later texts yet", () => {
    assertIncludes(cached<Messages>('nb')?.labels.firstName, 'Fornavn');
    assertIncludes(cached<Messages>('nn')?.labels.firstName, 'Førenamn');
    assertIncludes(cached<Messages>('en')?.labels.firstName, 'First name');
    assertEqual(cached('nn+'), undefined, "the later steps' Nynorsk is fetched with the flow");
  });

  it('speaks Nynorsk with lang="nn"', async () => {
    const element = await mount({ association: 'narvik', lang: 'nn' });
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'Førenamn');
    assertIncludes(find(element, 'summary').textContent, 'Treng du hjelp sjølv?');
    assertEqual(find(element, '.root').getAttribute('lang'), 'nn');
  });

  it('speaks English with lang="en-GB", on every step', async () => {
    const element = await mount({ association: 'narvik', lang: 'en-GB' });
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'First name');
    assertEqual(stepHeading(element), 'Step 1 of 3 Contact details');
    fillContact(element);
    await next(element);
    assertEqual(stepHeading(element), 'Step 2 of 3 About the role');
    assertIncludes(find(element, 'legend').textContent, 'Are you 25 or older?');
    await expectAccessible(element);
  });

  it("follows the page's html lang (nn-NO) and its later changes", async () => {
    document.documentElement.lang = 'nn-NO';
    const element = await mount();
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'Førenamn');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    assertIncludes(label(element, 'firstName'), 'First name');
  });

  it("lets its own lang attribute win over the page's, and switches when it changes", async () => {
    document.documentElement.lang = 'en';
    const element = await mount({ association: 'narvik', lang: 'nb' });
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'Fornavn');
    element.lang = 'nn';
    await element.updateComplete;
    assertIncludes(label(element, 'firstName'), 'Førenamn');
  });

  it("uses the association's default language when neither the element nor the page names one", async () => {
    const stub = stubFetch(() => Promise.reject(new TypeError('none')), {
      association: () => jsonResponse(200, { slug: 'fjordheim', name: 'Fjordheim sanitetslag', defaultLanguage: 'nn', proofOfWork: false }),
    });
    const element = await mount({ association: 'fjordheim', api: 'https://intake.example' });
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'Førenamn');
    assertDeepEqual(stub.lookups, ['https://intake.example/api/v1/associations/fjordheim']);
  });

  it('falls back to Bokmål for a page in a language the form lacks when the association cannot be reached', async () => {
    document.documentElement.lang = 'de';
    stubFetch(() => Promise.reject(new TypeError('none')), { association: () => Promise.reject(new TypeError('offline')) });
    const element = await mount();
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'Fornavn');
    assertEqual(find(element, '.root').getAttribute('lang'), 'nb');
  });

  it('does not wait for the association when the page names its language', async () => {
    document.documentElement.lang = 'nb';
    let answer!: (response: Response) => void;
    stubFetch(() => Promise.reject(new TypeError('none')), { association: () => new Promise<Response>((resolve) => (answer = resolve)) });
    const element = await mount();
    await expectAccessible(element);
    assertIncludes(label(element, 'firstName'), 'Fornavn');
    answer?.(jsonResponse(200, NARVIK));
  });

  it('lets the volunteer switch language in the form, keeping what she typed, on any step', async () => {
    const element = await mount();
    await expectAccessible(element);
    fillContact(element);
    const buttons = Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('[part~="language"]'));
    assertDeepEqual(
      buttons.map((b) => [b.textContent?.trim(), b.lang, b.getAttribute('aria-pressed')]),
      [
        ['Bokmål', 'nb', 'true'],
        ['Nynorsk', 'nn', 'false'],
        ['English', 'en', 'false'],
      ],
    );
    buttons[2]!.click();
    await element.updateComplete;
    assertIncludes(label(element, 'firstName'), 'First name');
    assertEqual(field(element, 'firstName').value, 'Kari', 'the value stays');
    assertEqual(shadow(element).querySelector('[part~="language"][aria-pressed="true"]')?.textContent?.trim(), 'English');
    await next(element);
    assertEqual(stepHeading(element), 'Step 2 of 3 About the role');
    find<HTMLButtonElement>(element, '[part~="language"][lang="nn"]').click();
    await element.updateComplete;
    assertEqual(stepHeading(element), 'Steg 2 av 3 Om oppdraget');
    assertIncludes(find(element, 'legend').textContent, 'Er du 25 år eller eldre?');
    assertTrue(element.lang === '', "the element's own lang attribute is left alone");
    await expectAccessible(element);
  });

  it('shows the later steps in the language the form speaks once their texts are fetched', async () => {
    const element = await mount({ association: 'narvik', lang: 'en' });
    await flowReady(element);
    await expectAccessible(element);
    assertIncludes(find(element, 'legend').textContent, 'Are you 25 or older?');
  });
});
