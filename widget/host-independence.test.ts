// A host page that does its worst with global CSS must not break the form: shadow DOM, the reset on .root, and
// `display: block !important` on the host are what stand between them.
import { sendKeys } from '@web/test-runner-commands';
import { cleanUp, expectAccessible, field, fillValid, find, mount, shadow, submitButton, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertEqual, assertTrue, describe, it } from './test-helpers.js';

const HOSTILE_CSS = `
  * { all: unset; }
  html { font-size: 300%; line-height: 9; }
  body { font: italic 10px/3 serif; text-transform: uppercase; letter-spacing: 4px; color: #f0f; direction: rtl; }
  input, textarea, button, select { display: none !important; }
  ressursvenn-signup { display: inline; font-size: 5px; visibility: hidden; }
  div { padding: 40px; }
  p { margin: 0 !important; }
`;

describe('<ressursvenn-signup> on a hostile host page', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    cleanUp();
    style?.remove();
  });

  it('stays readable and usable with "* { all: unset }", "input { display: none }" and a huge html font size', async () => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    stubFetch(() => jsonResponse(201, ACCEPTED));
    const element = await mount();
    // The host page may still hide the element on purpose (visibility is inherited); ours is visible again.
    element.style.visibility = 'visible';
    await expectAccessible(element);
    assertEqual(getComputedStyle(element).display, 'block', 'the host stays a block');
    const input = field(element, 'firstName');
    assertTrue(input.getBoundingClientRect().height >= 44, 'inputs are displayed at full size');
    const label = getComputedStyle(find(element, 'label[for="rv-firstName"]'));
    assertEqual(label.fontSize, '16px', "the reader's default size, not the page's 300 %");
    assertEqual(label.fontStyle, 'normal');
    assertEqual(label.textTransform, 'none');
    assertEqual(label.letterSpacing, 'normal');
    assertEqual(label.direction, 'ltr');
    assertEqual(label.color, 'rgb(29, 35, 41)');
    assertEqual(getComputedStyle(find(element, '.root')).lineHeight, '24px');
    input.focus();
    await sendKeys({ type: 'Kari' });
    assertEqual(input.value, 'Kari', 'typing works');
    await fillValid(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt');
    await expectAccessible(element);
  });

  it('adds nothing to the page: no styles in the document, and theming only through --rv-* and ::part', async () => {
    const sheetsBefore = document.styleSheets.length;
    const adoptedBefore = document.adoptedStyleSheets.length;
    const headBefore = document.head.children.length;
    style = document.createElement('style');
    style.textContent =
      'ressursvenn-signup { --rv-color-accent: rgb(120, 20, 90); } ressursvenn-signup::part(title) { color: rgb(0, 80, 0); } .title, button { color: rgb(255, 0, 0) !important; }';
    document.head.append(style);
    const element = await mount();
    await expectAccessible(element);
    assertEqual(document.styleSheets.length, sheetsBefore + 1, 'only the test’s own stylesheet');
    assertEqual(document.adoptedStyleSheets.length, adoptedBefore);
    assertEqual(document.head.children.length, headBefore + 1);
    assertEqual(getComputedStyle(find(element, 'button[type="submit"]')).backgroundColor, 'rgb(120, 20, 90)', 'the custom property themes');
    assertEqual(getComputedStyle(find(element, '[part="title"]')).color, 'rgb(0, 80, 0)', '::part themes');
    assertEqual(getComputedStyle(document.documentElement).getPropertyValue('--rv-color-accent'), '', 'nothing on :root');
  });

  it('takes the page’s font family with inherit-font, and keeps its own otherwise', async () => {
    style = document.createElement('style');
    style.textContent = '.host-font { font-family: Georgia, serif; }';
    document.head.append(style);
    const own = await mount();
    await expectAccessible(own);
    own.parentElement!.className = 'host-font';
    assertTrue(!getComputedStyle(find(own, '.root')).fontFamily.includes('Georgia'), 'the system font by default');
    const inherited = await mount({ association: 'narvik', 'inherit-font': '' });
    inherited.parentElement!.className = 'host-font';
    assertTrue(getComputedStyle(find(inherited, '.root')).fontFamily.includes('Georgia'), 'the page font with inherit-font');
  });
});
