// Reflow and motion: 320 CSS px without horizontal scrolling (WCAG 1.4.10), text at 200 % (1.4.4), reduced motion.
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { RessursvennSignup } from './signup-element.js';
import { cleanUp, expectAccessible, fillContact, fillFit, find, mount, next, shadow, submitButton, waitFor } from './test-fixtures.js';
import { ACCEPTED, jsonResponse, stubFetch } from './test-server-stub.js';
import { afterEach, assertEqual, assertTrue, describe, it } from './test-helpers.js';

/** Fails if the page scrolls sideways, or anything in the form sticks out of it. */
function assertNoHorizontalOverflow(element: RessursvennSignup, what: string): void {
  const page = document.documentElement;
  assertTrue(page.scrollWidth <= page.clientWidth, `${what}: the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
  const right = element.getBoundingClientRect().right + 0.5;
  for (const child of shadow(element).querySelectorAll<HTMLElement>('*')) {
    const box = child.getBoundingClientRect();
    if (box.width === 0) continue;
    assertTrue(box.right <= right, `${what}: ${child.localName}.${child.className} sticks out (${box.right} > ${right})`);
  }
}

const lookup = (code: string) =>
  jsonResponse(200, {
    postalCode: code,
    place: 'NARVIK',
    kommune: { number: '1806', name: 'Narvik' },
    associations: [
      { slug: 'narvik', name: 'Narvik sanitetsforening' },
      { slug: 'bjerkvik', name: 'Bjerkvik sanitetsforening og omegn' },
    ],
  });

/** Walks through every view of the form, checking each. */
async function everyView(element: RessursvennSignup, check: (what: string) => void): Promise<void> {
  find<HTMLDetailsElement>(element, 'details').open = true;
  await element.updateComplete;
  check('step 1 with the help panel open');
  submitButton(element).click();
  await element.updateComplete;
  check('step 1 with errors');
  fillContact(element);
  await next(element);
  check('the routing question');
  await next(element);
  check('step 2');
  await next(element);
  check('step 2 with errors');
  fillFit(element);
  await next(element);
  check('step 3');
  find<HTMLInputElement>(element, '[name="privacyAcknowledged"]').click();
  submitButton(element).click();
  await waitFor(() => shadow(element).querySelector('[part="receipt"]') !== null, 'the receipt');
  check('the receipt');
}

describe('<ressursvenn-signup> layout', () => {
  afterEach(async () => {
    cleanUp();
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const lang of ['nb', 'en']) {
    it(`fits a 320 px wide viewport without horizontal scrolling in every view (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      stubFetch(() => jsonResponse(201, { ...ACCEPTED, association: { ...ACCEPTED.association, email: 'ressursvenn.koordinator@narvik-sanitetsforening.example' } }), { postalCode: lookup });
      const element = await mount({ association: 'narvik', lang, 'quick-exit': '' });
      await expectAccessible(element);
      await everyView(element, (what) => assertNoHorizontalOverflow(element, what));
    });
  }

  it('works with text at 200 % (a 1280 px window zoomed to 200 % is 640 CSS px wide)', async () => {
    await setViewport({ width: 640, height: 800 });
    stubFetch(() => jsonResponse(201, ACCEPTED), { postalCode: lookup });
    const element = await mount({ association: 'narvik', 'quick-exit': '' });
    element.style.setProperty('--rv-font-size', '32px');
    await expectAccessible(element);
    assertEqual(getComputedStyle(find(element, 'label[for="rv-firstName"]')).fontSize, '32px');
    await everyView(element, (what) => assertNoHorizontalOverflow(element, what));
  });

  it('drops its transitions for people who prefer reduced motion', async () => {
    const element = await mount();
    await expectAccessible(element);
    const chevron = () => getComputedStyle(find(element, '.help-summary'), '::before').transitionDuration;
    const button = () => getComputedStyle(find(element, 'button[type="submit"]')).transitionDuration;
    assertEqual(button(), '0.15s', 'a short transition by default');
    assertEqual(chevron(), '0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    assertEqual(button(), '0s');
    assertEqual(chevron(), '0s');
  });
});
