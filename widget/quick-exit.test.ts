import { NEUTRAL_SITE, quickExitUrl } from './quick-exit.js';
import { cleanUp, expectAccessible, find, mount, shadow } from './test-fixtures.js';
import { afterEach, assertDeepEqual, assertEqual, describe, it } from './test-helpers.js';

describe('quick exit', () => {
  afterEach(cleanUp);

  it('shows no button unless the page asks for one', async () => {
    const element = await mount();
    await expectAccessible(element);
    assertEqual(shadow(element).querySelector('[part~="quick-exit"]'), null);
  });

  it('offers "Forlat siden" first in the form, and leaves for a neutral site unless a listener cancels', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    await expectAccessible(element);
    const button = find<HTMLButtonElement>(element, '[part~="quick-exit"]');
    assertEqual(button.textContent?.trim(), 'Forlat siden');
    const focusable = shadow(element).querySelectorAll('button, summary, input, a');
    assertEqual(Array.from(focusable).indexOf(button), 3, 'at the top, right after the three language buttons');
    const urls: string[] = [];
    element.addEventListener('ressursvenn-exit', (event) => {
      urls.push(event.detail.url);
      event.preventDefault(); // stay on the test page
    });
    button.click();
    assertDeepEqual(urls, [NEUTRAL_SITE]);
  });

  it('says it in the form’s language', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '', lang: 'en' });
    await expectAccessible(element);
    assertEqual(find(element, '[part~="quick-exit"]').textContent?.trim(), 'Exit this page');
  });

  it('leaves for the page’s own neutral site only if it is https', () => {
    assertEqual(quickExitUrl(null), NEUTRAL_SITE);
    assertEqual(quickExitUrl(''), NEUTRAL_SITE);
    assertEqual(quickExitUrl('https://www.nrk.no/'), 'https://www.nrk.no/');
    assertEqual(quickExitUrl('http://example.no/'), NEUTRAL_SITE);
    assertEqual(quickExitUrl('javascript:alert(1)'), NEUTRAL_SITE);
    assertEqual(quickExitUrl('/relative'), NEUTRAL_SITE);
  });
});
