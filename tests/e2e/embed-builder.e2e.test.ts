import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, WCAG_AA } from '../support/axe.js';
import { runAdmin } from '../../intake-server/admin/run-admin.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// The embed builder as a webmaster uses it under `npm start`: she finds her association by name or types its slug,
// and the code to copy always names the association the field shows, or there is none.
const e2e = useProductInChromium('rv-builder-e2e-');

async function open(width = 390): Promise<{ page: Page; problems: string[] }> {
  const page = await e2e.browser.newPage({ viewport: { width, height: 800 } });
  page.setDefaultTimeout(6000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${e2e.product.demoUrl}embed`);
  return { page, problems };
}

const field = (page: Page) => page.getByLabel('Forening', { exact: true });
const code = (page: Page) => page.getByLabel('Kode til å lime inn');
const copyButton = (page: Page) => page.getByRole('button', { name: 'Kopier koden' });
const previewedSlug = (page: Page) => page.locator('#preview ressursvenn-signup').getAttribute('association');

/** Waits until the code names this slug, with everything else that names it. */
async function expectCodeFor(page: Page, slug: string, name: string): Promise<void> {
  await expect.poll(() => code(page).inputValue()).toContain(`data-association="${slug}"`);
  expect(await code(page).inputValue()).toContain(`/skjema/${slug}"`);
  expect(await copyButton(page).isEnabled()).toBe(true);
  expect(await page.locator('#slug-found').textContent()).toContain(name);
  expect(await page.locator('#slug-error').textContent()).toBe('');
  expect(await field(page).getAttribute('aria-invalid')).toBeNull();
  expect(await page.locator('#hosted-link').textContent()).toMatch(new RegExp(`/skjema/${slug}$`));
  expect(await page.locator('#hosted-link').isVisible()).toBe(true);
  await expect.poll(() => previewedSlug(page), { timeout: 10_000 }).toBe(slug);
}

/** No code, no copying, no link and no preview: nothing left from the association chosen before. */
async function expectNoCode(page: Page): Promise<void> {
  expect(await code(page).inputValue()).toBe('');
  expect(await copyButton(page).isDisabled()).toBe(true);
  expect(await page.locator('#hosted-link').isVisible()).toBe(false);
  expect(await page.locator('#preview ressursvenn-signup').count()).toBe(0);
}

/** The page is no wider than the 320 px screen once it has settled (the preview's form renders after the page). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

describe('the embed builder', () => {
  it('offers the associations by name and writes the code with the chosen one\'s slug', async () => {
    const { page, problems } = await open();
    await expectCodeFor(page, 'eksempelby', 'Eksempelby sanitetsforening');
    const offered = await page.locator('#association-list option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(expect.arrayContaining(['Narvik sanitetsforening', 'Tromsø sanitetsforening', 'Eksempelby sanitetsforening']));
    // With its list, screen readers meet the field as a combobox named by its label.
    expect(await page.getByRole('combobox', { name: 'Forening', exact: true }).getAttribute('list')).toBe('association-list');

    // Part of a name, while she types or looks through the list: how many match, no error, and no code yet.
    await field(page).fill('narv');
    await expectNoCode(page);
    expect(await page.locator('#slug-found').textContent()).toBe('Én forening passer: Narvik sanitetsforening. Velg den i lista, eller skriv hele navnet.');
    expect(await page.locator('#slug-error').textContent()).toBe('');
    expect(await field(page).getAttribute('aria-invalid')).toBeNull();
    await field(page).fill('Sanitets');
    expect(await page.locator('#slug-found').textContent()).toMatch(/^[2-9] foreninger passer\./);

    // Picking from the list puts the name in the field; the code uses the slug.
    await field(page).fill('Narvik sanitetsforening');
    await field(page).press('Tab');
    await expectCodeFor(page, 'narvik', 'Narvik sanitetsforening');
    expect(await field(page).inputValue()).toBe('Narvik sanitetsforening');
    expect(await page.locator('#slug-found').textContent()).toContain('«narvik»');

    // The other options still shape the code.
    await page.getByLabel('Nynorsk').check();
    await page.getByLabel('Isolert i en egen ramme (iframe)').check();
    await expect.poll(() => code(page).inputValue()).toContain('data-lang="nn" data-mode="isolated"');
    expect(await code(page).inputValue()).toContain('data-association="narvik"');
    expect(await page.locator('#csp-lines').textContent()).toContain('frame-src');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('turns a slug typed with capitals, spaces or æøå into the slug the server uses', async () => {
    const { page, problems } = await open();
    await expectCodeFor(page, 'eksempelby', 'Eksempelby sanitetsforening');
    await field(page).fill('  NARVIK ');
    await expectCodeFor(page, 'narvik', 'Narvik sanitetsforening');
    await field(page).press('Tab');
    expect(await field(page).inputValue()).toBe('narvik');

    await field(page).fill('Tromsø');
    await expectCodeFor(page, 'tromso', 'Tromsø sanitetsforening');
    await field(page).fill(' BÆRUM');
    await expectCodeFor(page, 'baerum', 'Bærum sanitetsforening');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses an unknown or malformed slug next to the field and leaves no code from the previous choice', async () => {
    const { page, problems } = await open();
    await field(page).fill('Narvik sanitetsforening');
    await expectCodeFor(page, 'narvik', 'Narvik sanitetsforening');

    await field(page).fill('finnesikke');
    // At once, before the server has answered: nothing of Narvik's code is left to copy.
    await expectNoCode(page);
    await expect.poll(() => page.locator('#slug-error').textContent()).toContain('Fant ingen aktiv forening med kortnavnet «finnesikke»');
    expect(await field(page).getAttribute('aria-invalid')).toBe('true');
    expect(await field(page).getAttribute('aria-describedby')).toContain('slug-error');
    // Other options changed meanwhile do not bring the old code back, nor does the preview's delay.
    await page.getByLabel('Bokmål').check();
    await page.waitForTimeout(1200);
    await expectNoCode(page);
    expect(await copyButton(page).isDisabled()).toBe(true);
    expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);

    await field(page).fill('narvik!');
    await expectNoCode(page);
    expect(await page.locator('#slug-error').textContent()).toContain('bokstaver (a–z), tall og bindestrek');

    await field(page).fill('');
    await expectNoCode(page);
    expect(await page.locator('#slug-error').textContent()).toContain('Skriv navnet eller kortnavnet');

    // Corrected, the code is back for the right association.
    await field(page).fill('fjordheim');
    await expectCodeFor(page, 'fjordheim', 'Fjordheim sanitetslag');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks the server about a slug its list does not hold, such as an association created after the page was opened', async () => {
    const { page, problems } = await open();
    await expectCodeFor(page, 'eksempelby', 'Eksempelby sanitetsforening');
    const created = await runAdmin(['associations', 'set', 'nyby', '--name', 'Nyby sanitetsforening', '--email', 'post@nyby.example'], {
      env: { DATA_DIR: e2e.dir.path },
      stdout: () => {},
      stderr: (text) => process.stderr.write(text),
    });
    expect(created).toBe(0);
    await field(page).fill('NYBY');
    await expectCodeFor(page, 'nyby', 'Nyby sanitetsforening');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('writes a chosen colour into the code only when the buttons\' white text stays readable on it', async () => {
    const { page, problems } = await open();
    await expectCodeFor(page, 'eksempelby', 'Eksempelby sanitetsforening');
    const warning = page.locator('#accent-warning');
    const previewAccent = () => page.locator('#preview ressursvenn-signup').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--rv-color-accent'));

    // A dark red (white on it: 10:1) goes into the code and the preview.
    await page.locator('#accent').fill('#8b0000');
    await expect.poll(() => code(page).inputValue()).toContain('<style>ressursvenn-signup { --rv-color-accent: #8b0000; }</style>');
    await expect.poll(previewAccent).toBe('#8b0000');
    expect(await warning.isVisible()).toBe(false);

    // A bright red (4.0:1) is refused with a reason, and the code and the preview keep the default colour.
    await page.locator('#accent').fill('#ff0000');
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain('så koden bruker standardfargen');
    await expect.poll(() => code(page).inputValue()).not.toContain('--rv-color-accent');
    expect(await code(page).inputValue()).toContain('data-association="eksempelby"');
    await expect.poll(previewAccent).toBe('');
    expect(await page.locator('#accent').getAttribute('aria-describedby')).toContain('accent-warning');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is axe-clean with code and fits 320 px at 200 % text without sideways scrolling', async () => {
    const { page, problems } = await open(320);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await field(page).fill('Narvik sanitetsforening');
    await expectCodeFor(page, 'narvik', 'Narvik sanitetsforening');
    expect(await axeViolations(page, { tags: WCAG_AA })).toEqual([]);
    await expectNoSidewaysScroll(page);

    // A long unknown slug in the error message wraps inside its own box.
    const long = 'a'.repeat(64);
    await field(page).fill(long);
    await expect.poll(() => page.locator('#slug-error').textContent()).toContain(long);
    await expectNoSidewaysScroll(page);

    // The demo's association page, which the builder links to, fits as well once the form in it has rendered.
    await page.goto(e2e.product.demoUrl);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await page.locator('ressursvenn-signup').getByLabel('Fornavn').waitFor();
    await expectNoSidewaysScroll(page);
    expect(problems).toEqual([]);
    await page.close();
  });
});
