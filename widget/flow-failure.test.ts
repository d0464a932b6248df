// The flow chunk (the checks and the later steps) cannot be fetched: the test server refuses it (the cookie `rv-flow`,
// see web-test-runner.config.js). The element shows its own failure notice, styled by its own styles.
import { cleanUp, field, fillContact, find, mount, setFlowSwitch, shadow, submitButton, waitFor } from './test-fixtures.js';
import { afterEach, assertEqual, assertIncludes, assertTrue, describe, it } from './test-helpers.js';

describe('<ressursvenn-signup> when the checks cannot be fetched', () => {
  afterEach(() => {
    setFlowSwitch(null);
    cleanUp();
  });

  it('shows the failure notice styled as after a failed send, and keeps what she typed', async () => {
    setFlowSwitch('fail');
    const element = await mount({ association: 'narvik', lang: 'nb' });
    fillContact(element);
    submitButton(element).click();
    await waitFor(() => shadow(element).querySelector('[part="failure"]') !== null, 'the failure notice');
    await element.updateComplete;
    const notice = find(element, '[part="failure"]');
    assertEqual(shadow(element).activeElement, notice, 'focus on the notice');
    assertIncludes(notice.textContent, 'Vi fikk ikke kontakt med tjenesten.');
    // Only the element's own style sheet: the flow chunk, with its styles, never came.
    assertEqual(shadow(element).adoptedStyleSheets.length, 1, 'the style sheets');
    const style = getComputedStyle(notice);
    assertEqual(style.backgroundColor, 'rgb(253, 243, 242)', 'the background (--rv-color-error-background’s default #fdf3f2)');
    assertEqual(style.borderTopColor, 'rgb(179, 38, 30)', 'the border (--rv-color-error’s default #b3261e)');
    assertEqual(style.borderTopWidth, '2px', 'the border’s width');
    assertEqual(style.borderTopStyle, 'solid', 'the border’s style');
    assertEqual(style.paddingTop, '16px', 'the padding');
    assertEqual(style.borderTopLeftRadius, '6px', 'the corners');
    assertTrue(element.matches(':state(failed)') && !element.matches(':state(checking)'), 'failed, no longer busy');
    const button = submitButton(element);
    assertEqual(button.getAttribute('aria-disabled'), null, 'the main button is free');
    assertEqual(button.textContent?.trim(), 'Neste');
    assertEqual(field(element, 'firstName').value, 'Kari', 'what she typed');
    assertEqual(field(element, 'postalCode').value, '8514', 'what she typed');
  });
});
