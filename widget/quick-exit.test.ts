import { NEUTRAL_SITE, quickExitUrl } from './quick-exit.js';
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, expectAccessible, find, flowReady, mount, shadow, typeInto } from './test-fixtures.js';
import { afterEach, assertDeepEqual, assertEqual, assertTrue, describe, it } from './test-helpers.js';

/** Releases keys anywhere on the page, as a keyboard would (`shiftKey`: Shift is still held). */
function release(target: EventTarget, ...keys: (string | { key: string; shiftKey: boolean })[]): void {
  for (const key of keys) {
    const init = typeof key === 'string' ? { key, shiftKey: false } : key;
    target.dispatchEvent(new KeyboardEvent('keyup', { ...init, bubbles: true, composed: true }));
  }
}

/** The URLs the element tried to leave for; the exit itself is cancelled, to stay on the test page. */
function exits(element: RessursvennSignup): string[] {
  const urls: string[] = [];
  element.addEventListener('ressursvenn-exit', (event) => {
    urls.push(event.detail.url);
    event.preventDefault();
  });
  return urls;
}

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

  it('leaves when Shift is pressed three times anywhere on the page, as GOV.UK counts it', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    const urls = exits(element);
    await flowReady(element);
    assertEqual(find(element, '.exit-hint').textContent?.trim(), 'Du kan også trykke Shift tre ganger for å forlate siden. Siden blir liggende i nettleserloggen: slett loggen hvis andre kan se den.');
    await expectAccessible(element);
    release(document.body, 'Shift', 'a', 'Shift', 'Shift');
    assertDeepEqual(urls, [], 'another key in between starts the count again');
    release(document.body, 'x', 'Shift', { key: 'K', shiftKey: true }, 'Shift', 'Shift');
    assertDeepEqual(urls, [], 'a Shift held for a capital letter does not count');
    release(find(element, '[name="firstName"]'), 'x', 'Shift', 'Shift', 'Shift');
    assertDeepEqual(urls, [NEUTRAL_SITE], 'three in a row leave, also while in a field');
    release(document.body, 'Shift', 'Shift', 'Shift');
    assertDeepEqual(urls, [NEUTRAL_SITE, NEUTRAL_SITE], 'and again');
  });

  it('does not count Shift presses more than five seconds apart', async () => {
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    const urls = exits(element);
    await flowReady(element);
    const realNow = performance.now.bind(performance);
    let offset = 0;
    performance.now = () => realNow() + offset;
    try {
      release(document.body, 'Shift', 'Shift');
      offset = 5_100;
      release(document.body, 'Shift');
      assertDeepEqual(urls, [], 'the third came too late');
    } finally {
      performance.now = realNow;
    }
  });

  it('does nothing on Shift without the quick-exit button, or once the element is gone', async () => {
    const element = await mount({ association: 'narvik' });
    const urls = exits(element);
    await flowReady(element);
    release(document.body, 'Shift', 'Shift', 'Shift');
    assertDeepEqual(urls, []);
    assertEqual(shadow(element).querySelector('.exit-hint'), null, 'no hint without the button');
    const other = await mount({ association: 'narvik', 'quick-exit': '' });
    const otherUrls = exits(other);
    await flowReady(other);
    other.remove();
    release(document.body, 'Shift', 'Shift', 'Shift');
    assertDeepEqual(otherUrls, []);
  });

  it('keeps the button in view at the top while the form is scrolled past on a long page', async () => {
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 3000px' });
    try {
      const element = await mount({ association: 'narvik', 'quick-exit': '' });
      element.parentElement!.before(spacer);
      element.parentElement!.after(Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
      await flowReady(element);
      typeInto(element, 'firstName', 'Kari');
      const button = find<HTMLButtonElement>(element, '[part~="quick-exit"]');
      assertTrue(element.offsetHeight > 400, `the form is taller than the scroll (${element.offsetHeight}px)`);
      scrollTo(0, spacer.offsetHeight + 300);
      await new Promise(requestAnimationFrame);
      const box = button.getBoundingClientRect();
      assertTrue(box.top >= 0 && box.top < 40, `the button sits at the top of the viewport (top ${box.top})`);
      const hit = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      assertEqual(hit, button, 'nothing covers it');
      await expectAccessible(element);
    } finally {
      spacer.remove();
      document.body.lastElementChild?.remove();
      scrollTo(0, 0);
    }
  });
});
