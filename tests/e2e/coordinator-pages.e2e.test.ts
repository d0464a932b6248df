import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { openSqlite } from '../../intake-server/db/database.js';
import type { Database } from '../../intake-server/db/schema.js';
import { SESSION_COOKIE } from '../../intake-server/workspace/auth/session.middleware.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { osloDate } from '../../intake-server/lib/time.js';
import { axeViolations } from '../support/axe.js';
import { waitForMail } from '../support/inbox-mail.js';
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
  await db.updateTable('applications').set({ created_at: '2026-11-10T09:00:00.000Z' }).where('id', '=', applicationId).execute();
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
    await tabTo(page, 'form[action*="/lagre"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**?lagret=changes');
    expect(await page.locator('.notice--success').innerText()).toBe('Endringene er lagret.');
    expect(await page.locator('.subtitle .status').innerText()).toBe('Kontaktet');

    // A ticked police-certificate box without a date: the error summary takes focus and links to the field.
    await tabTo(page, '#police_certificate_presented');
    await page.keyboard.press('Space');
    await tabTo(page, 'form[action*="/lagre"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expectAccessible(page, 375, 'checklist with an error');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('police_certificate_date');

    // The dates, typed. 11/11 reads the same day first or month first, whatever the browser's date format; the
    // application is dated before it (no checklist date may be before the application or in the future).
    await page.keyboard.type('11112026');
    await tabTo(page, '#course_completed');
    await page.keyboard.type('11112026');
    await tabTo(page, 'form[action*="/lagre"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**?lagret=changes');
    expect(await page.locator('.notice--success').innerText()).toBe('Endringene er lagret.');

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

  it('downloads the CSV export from the inbox, with phone numbers a spreadsheet shows as typed and no formula guard showing', async () => {
    const { context, page } = await signedIn(KARI, 1280);
    await page.goto(`${e2e.product.apiUrl}/koordinator`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href*="eksport.csv"]').first().click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const phones = csv.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(';').find((cell) => /\d{3} \d{2} \d{3}/.test(cell)));
    expect(phones.length).toBeGreaterThan(0);
    for (const cell of phones) expect(cell).toMatch(/^"?\d{3} \d{2} \d{3}"?$/);
    expect(csv).not.toContain("'+47");
    await context.close();
  });

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

// Issue 16: one save for status, checklist and note; a confirmation and a reason before declining or passing on, and
// the applicant told in her language; the author corrects her own note; no checklist date in the future.
describe('the application page keeps no trap', () => {
  // Tests before leave their expected 404 in `problems`: only what each test adds counts.
  const open = async (page: Page, id: string) => page.goto(`${e2e.product.apiUrl}/koordinator/soknader/${id}`);

  it('saves a ticked status and a note together, and refuses a future checklist date keeping what was typed', async () => {
    const id = await submit({ firstName: 'Siri', email: 'siri@example.no' });
    const earlier = problems.length;
    const { context, page } = await signedIn(KARI, 375);
    await open(page, id);
    await page.locator('#status-contacted').check();
    await page.locator('#note').fill('Ringte, møtes tirsdag.');
    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.waitForURL('**?lagret=changes');
    expect(await page.locator('.subtitle .status').innerText()).toBe('Kontaktet');
    expect(await page.locator('.note__body').allInnerTexts()).toEqual(['Ringte, møtes tirsdag.']);

    const tomorrow = osloDate(new Date(Date.now() + 86_400_000));
    await page.locator('#course_completed').fill(tomorrow);
    await page.locator('#status-course').check();
    await page.locator('#note').fill('Kurset starter snart.');
    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary a').allInnerTexts()).toEqual(['Datoen kan ikke være fram i tid.']);
    expect(await page.locator('#course_completed').inputValue()).toBe(tomorrow);
    expect(await page.locator('#status-course').isChecked()).toBe(true);
    expect(await page.locator('#note').inputValue()).toBe('Kurset starter snart.');
    const row = await db.selectFrom('applications').select(['status', 'course_completed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'contacted', course_completed_at: null });
    await context.close();
    expect(problems.slice(earlier)).toEqual([]);
  }, 60_000);

  it('declines only after a confirmation and a reason, and tells the applicant in Nynorsk', async () => {
    const id = await submit({ firstName: 'Eva', email: 'eva@example.no', language: 'nn' });
    const earlier = problems.length;
    const { context, page } = await signedIn(KARI, 320);
    await open(page, id);
    await page.locator('#status-declined').check();
    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.waitForURL(`**/koordinator/soknader/${id}/avsla`);
    expect(await page.locator('h1').innerText()).toBe('Avslå søknaden?');
    await expectAccessible(page, 320, 'decline confirmation');

    await page.locator('main button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary a').innerText()).toBe('Skriv hvorfor.');
    await expectAccessible(page, 320, 'decline confirmation with an error');
    expect((await db.selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('new');

    await page.locator('#reason').fill('Har ikke tid i år');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL('**?lagret=declined');
    expect(await page.locator('.subtitle .status').innerText()).toBe('Avslått');
    const mail = await waitForMail(e2e.product.inboxUrl, (m) => m.to.includes('eva@example.no') && m.text.includes('går ikkje vidare'));
    expect(mail.text).not.toContain('Har ikke tid');
    await context.close();
    expect(problems.slice(earlier)).toEqual([]);
  }, 60_000);

  it('passes on only after a confirmation and a reason, and tells the applicant in English who will contact her', async () => {
    const id = await submit({ firstName: 'Ella', email: 'ella@example.no', language: 'en' });
    const earlier = problems.length;
    const { context, page } = await signedIn(KARI, 320);
    await open(page, id);
    await page.locator('#reassign-to').selectOption('narvik');
    await page.locator('form[action*="/flytt"] button').click();
    expect(await page.locator('h1').innerText()).toBe('Sende søknaden videre?');
    await expectAccessible(page, 320, 'reassign confirmation');
    await page.locator('#reason').fill('Bor i Narvik');
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL('**/koordinator?melding=flyttet');
    const mail = await waitForMail(e2e.product.inboxUrl, (m) => m.to.includes('ella@example.no') && m.subject.startsWith('Your Ressursvenn application has been passed on'));
    expect(mail.text).toContain('A coordinator at Narvik sanitetsforening will now contact you.');
    expect(mail.text).not.toContain('Bor i Narvik');
    await context.close();
    expect(problems.slice(earlier)).toEqual([]);
  }, 60_000);

  it('lets the author correct and delete her own note', async () => {
    const id = await submit({ firstName: 'Nina', email: 'nina@example.no' });
    const earlier = problems.length;
    const { context, page } = await signedIn(KARI, 320);
    await open(page, id);
    await page.locator('#note').fill('Skrevet på feil søknad');
    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.waitForURL('**?lagret=changes');

    await page.locator('.note a').click();
    expect(await page.locator('h1').innerText()).toBe('Endre notatet');
    await expectAccessible(page, 320, 'note page');
    await page.locator('#note').fill('Ringte henne.');
    await page.locator('main form:not([action*="/slett"]) button[type="submit"]').click();
    await page.waitForURL('**?lagret=note_edited');
    expect(await page.locator('.note__body').allInnerTexts()).toEqual(['Ringte henne.']);

    await page.locator('.note a').click();
    await page.locator('form[action*="/slett"] button').click();
    await page.waitForURL('**?lagret=note_deleted');
    expect(await page.locator('.note__body').count()).toBe(0);
    expect(await page.locator('.history').innerText()).toContain('Slettet et notat');
    await context.close();
    expect(problems.slice(earlier)).toEqual([]);
  }, 60_000);
});
