import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { openSqlite } from '../../intake-server/db/database.js';
import type { Database } from '../../intake-server/db/schema.js';
import { SESSION_COOKIE } from '../../intake-server/workspace/auth/session.middleware.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { axeViolations } from '../support/axe.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// The inbox and the application page of `npm start`'s real server in Chromium: axe at phone and desktop widths in
// Bokmål and English, and a status change and the checklist done with the keyboard only. Signing in is tested on its
// own; here the session comes from the product's database file.
const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const NARVIK = 'koordinator@narvik-sanitet.example';

const e2e = useProductInChromium('rv-e2e-pages-', { MIN_FILL_MS: '0' });
let db: Kysely<Database>;
let applicationId: string;
const problems: string[] = [];

async function submit(overrides: Parameters<typeof validApplication>[0]): Promise<string> {
  const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
    method: 'POST',
    // As the widget on the demo page sends it: the demo lists its page among Eksempelby's origins.
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
    body: JSON.stringify(validApplication(overrides)),
  });
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  return (await db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
}

/** A browser context signed in as `email`, at the given width. */
async function signedIn(email: string, width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 900 }, locale: 'nb-NO' });
  const token = (await signInAs(db, email)).slice(SESSION_COOKIE.length + 1);
  // The cookie is Secure, as `__Host-` demands: Chromium sends it to http://127.0.0.1 (a trustworthy origin), but
  // DevTools only sets such a cookie for an https address.
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: e2e.product.apiUrl.replace('http:', 'https:'), secure: true, httpOnly: true, sameSite: 'Strict' }]);
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.status() !== 422 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  return { context, page };
}

async function expectAccessible(page: Page, width: number, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(width);
}

/** Presses Tab until the element matching `selector` has focus, at most 80 times. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

beforeAll(async () => {
  db = openSqlite(join(e2e.dir.path, 'intake.sqlite'));
  applicationId = await submit({ age25OrOlder: false, motivation: 'Jeg har god tid og liker å gå turer.' });
  await submit({ firstName: 'Nora', lastName: 'Nordlys', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
}, 90_000);

afterAll(async () => {
  await db?.destroy();
});

describe('the coordinator pages in Chromium', () => {
  for (const width of [375, 1280]) {
    for (const lang of ['nb', 'en'] as const) {
      it(`are axe-clean at ${width} px in ${lang}`, async () => {
        const { context, page } = await signedIn(KARI, width);
        await page.goto(`${e2e.product.apiUrl}/koordinator?lang=${lang}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await page.locator('.card__title').allInnerTexts()).toEqual(['Kari Nordmann']);
        await expectAccessible(page, width, `inbox ${width} ${lang}`);

        await page.locator('.card__title a').click();
        await page.waitForURL(`**/koordinator/soknader/${applicationId}?lang=${lang}`);
        expect(await page.locator('h1').innerText()).toBe('Kari Nordmann');
        await expectAccessible(page, width, `application ${width} ${lang}`);
        await context.close();
        expect(problems).toEqual([]);
      }, 30_000);
    }
  }

  it('changes the status and fills in the checklist with the keyboard only', async () => {
    const { context, page } = await signedIn(KARI, 375);
    await page.goto(`${e2e.product.apiUrl}/koordinator/soknader/${applicationId}`);

    // Status: Tab into the radio group (on "Ny"), the arrow key to "Kontaktet", Tab to the button, Enter.
    await tabTo(page, '#status-new');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#status-contacted').isChecked()).toBe(true);
    await tabTo(page, 'form[action*="/status"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL('**?lagret=status');
    expect(await page.locator('.notice--success').innerText()).toBe('Statusen er lagret.');
    expect(await page.locator('.subtitle .status').innerText()).toBe('Kontaktet');

    // A ticked police-certificate box without a date: the error summary takes focus and links to the field.
    await tabTo(page, '#police_certificate_presented');
    await page.keyboard.press('Space');
    await tabTo(page, 'form[action*="/sjekkliste"] button');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expectAccessible(page, 375, 'checklist with an error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('police_certificate_date');

    // The dates, typed. 11/11 reads the same day first or month first, whatever the browser's date format.
    await page.keyboard.type('11112026');
    await tabTo(page, '#course_completed');
    await page.keyboard.type('11112026');
    await tabTo(page, 'form[action*="/sjekkliste"] button');
    await page.keyboard.press('Enter');
    await page.waitForURL('**?lagret=checklist');
    expect(await page.locator('.notice--success').innerText()).toBe('Sjekklisten er lagret.');

    const row = await db.selectFrom('applications').selectAll().where('id', '=', applicationId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'contacted',
      course_completed_at: '2026-11-11',
      confidentiality_signed_at: null,
      police_certificate_presented_at: '2026-11-11',
      police_certificate_checked_by: 'Kari Koordinator',
    });
    expect(row.first_contact_at).not.toBeNull();
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('fit a 320 px screen without sideways scrolling', async () => {
    const { context, page } = await signedIn(KARI, 320);
    for (const path of ['/koordinator', `/koordinator/soknader/${applicationId}`]) {
      await page.goto(`${e2e.product.apiUrl}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await context.close();
  }, 30_000);

  it('shows another association’s coordinator a 404 for the same application', async () => {
    const { context, page } = await signedIn(NARVIK, 375);
    const response = await page.goto(`${e2e.product.apiUrl}/koordinator/soknader/${applicationId}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Fant ikke siden');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 30_000);
});

describe("the national admin's coverage page in Chromium", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`is axe-clean at 320 px in ${lang}, folded and unfolded, and answers a postal code asked with the keyboard`, async () => {
      // The 404 test before leaves its answer in `problems`: only what this test adds counts.
      const earlier = problems.length;
      const { context, page } = await signedIn('prosjektleder@nks.example', 320);
      await page.goto(`${e2e.product.apiUrl}/koordinator/dekning?lang=${lang}`);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('nav a[href="/koordinator/dekning"]').innerText()).toBe(lang === 'nb' ? 'Dekning' : 'Coverage');
      await expectAccessible(page, 320, `coverage folded ${lang}`);

      // Every fylke's lists unfolded: the longest the page gets.
      for (const summary of await page.locator('details summary').all()) await summary.click();
      expect(await page.locator('details[open]').count()).toBe(await page.locator('details').count());
      await expectAccessible(page, 320, `coverage unfolded ${lang}`);

      await page.locator('#postnummer').focus();
      await page.keyboard.type('8514');
      await page.keyboard.press('Enter');
      await page.waitForURL('**postnummer=8514**');
      expect(await page.locator('#svar').innerText()).toContain('Narvik sanitetsforening (narvik)');
      await expectAccessible(page, 320, `coverage answer ${lang}`);

      // Not four digits: the error summary takes focus (autofocus runs at a rendering step after the load event).
      await page.goto(`${e2e.product.apiUrl}/koordinator/dekning?lang=${lang}&postnummer=85`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      await expectAccessible(page, 320, `coverage error ${lang}`);
      await context.close();
      expect(problems.slice(earlier)).toEqual([]);
    }, 60_000);
  }
});
