import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useProductInChromium } from '../support/product-in-chromium.js';

// Issue 16, volunteer 3 and 6, through the real product: the demo page's form keeps a draft in the tab across a
// reload, and Shift pressed three times replaces the page with the neutral site (Back does not return to the form).
const e2e = useProductInChromium('rv-e2e-exit-');

const NEUTRAL = 'https://www.yr.no/';
const START = 'https://start.example/';

/** A tab that first visited a page of its own (so that Back has somewhere else to go), with the neutral site stubbed. */
async function newTab(): Promise<{ page: Page; problems: string[]; presses: number[] }> {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.route(NEUTRAL, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Vær</title><p>Været</p>' }));
  await page.route(START, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Start</title><p>Start</p>' }));
  // When each key or click reached the page (epoch milliseconds on the page's clock), before the widget saw it.
  const presses: number[] = [];
  await page.exposeBinding('rvPressed', (_source, at: number) => presses.push(at));
  await page.addInitScript(() => {
    const mark = () => (window as unknown as { rvPressed: (at: number) => void }).rvPressed(performance.timeOrigin + performance.now());
    addEventListener('keyup', mark, true);
    addEventListener('click', mark, true);
  });
  await page.goto(START);
  await page.goto(e2e.product.demoUrl);
  return { page, problems, presses };
}

/** When the page now shown started its navigation (epoch milliseconds). */
const navigationStart = (page: Page) => page.evaluate(() => performance.timeOrigin);

/** The later steps are in the form: the flow chunk, which keeps and restores the draft, is running. */
const flowRunning = (page: Page) =>
  page.waitForFunction(() => document.querySelector('ressursvenn-signup')?.shadowRoot?.querySelector('[name="motivation"]') !== null);

describe('quick exit and the draft on the demo page', () => {
  it('keeps step 1 across a reload, leaves on Shift ×3 with Back not returning, and forgets the draft', async () => {
    const { page, problems, presses } = await newTab();
    const form = page.locator('ressursvenn-signup');
    await flowRunning(page);
    await form.getByLabel('Fornavn').fill('Sigrid');
    await form.getByLabel('Etternavn').fill('Testesen');
    await form.getByLabel('E-post').fill('sigrid.testesen@example.no');
    await form.getByLabel('Postnummer').fill('2317');
    await page.waitForFunction(() => sessionStorage.getItem('ressursvenn-draft:eksempelby')?.includes('2317'));

    await page.reload();
    await flowRunning(page);
    await expect.poll(() => form.getByLabel('Fornavn').inputValue()).toBe('Sigrid');
    expect(await form.getByLabel('Etternavn').inputValue()).toBe('Testesen');
    expect(await form.getByLabel('E-post').inputValue()).toBe('sigrid.testesen@example.no');
    expect(await form.getByLabel('Postnummer').inputValue()).toBe('2317');
    await form.getByRole('heading', { name: 'Steg 1 av 3 Kontaktopplysninger' }).waitFor();

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    presses.length = 0;
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    const exitMs = (await navigationStart(page)) - presses[presses.length - 1]!;
    console.log(`quick exit, third Shift to the neutral page's navigation start: ${exitMs.toFixed(1)} ms`);

    await page.evaluate(() => history.back());
    await page.waitForURL(START);
    expect(page.url()).not.toBe(e2e.product.demoUrl);

    // Back on the demo page in the same tab: the draft went with the exit.
    await page.goto(e2e.product.demoUrl);
    await flowRunning(page);
    expect(await form.getByLabel('Fornavn').inputValue()).toBe('');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('leaves on the button too, replacing the page (measured from the click)', async () => {
    const { page, presses } = await newTab();
    const form = page.locator('ressursvenn-signup');
    await flowRunning(page);
    presses.length = 0;
    await form.getByRole('button', { name: 'Forlat siden' }).click();
    await page.waitForURL(NEUTRAL);
    const exitMs = (await navigationStart(page)) - presses[presses.length - 1]!;
    console.log(`quick exit, click to the neutral page's navigation start: ${exitMs.toFixed(1)} ms`);
    await page.evaluate(() => history.back());
    await page.waitForURL(START);
    await page.close();
  }, 60_000);
});
