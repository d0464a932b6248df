import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { openSqlite } from '../../intake-server/db/database.js';
import type { Database } from '../../intake-server/db/schema.js';
import { SESSION_COOKIE } from '../../intake-server/workspace/auth/session.middleware.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { dueMoments } from '../../intake-server/workspace/application/due-line.js';
import { axeViolations } from '../support/axe.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// Issue 16, coordinator items 4 and 5 in Chromium through `npm start`: the inbox's order, "who follows up" filter
// and search; the application page's due line; the sign-in page a notice link opens; the language order; and the
// figures page's two counts (item 6).
const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const HOUR = 3_600_000;

const e2e = useProductInChromium('rv-e2e-inbox-due-', { MIN_FILL_MS: '0' });
let db: Kysely<Database>;
const ids = { ase: '', kari: '', liv: '' };
const problems: string[] = [];

async function submit(overrides: Parameters<typeof validApplication>[0], hoursAgo: number): Promise<string> {
  const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
    body: JSON.stringify(validApplication(overrides)),
  });
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  const id = (await db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
  const at = new Date(Date.now() - hoursAgo * HOUR).toISOString();
  await db.updateTable('applications').set({ created_at: at, last_activity_at: at }).where('id', '=', id).execute();
  return id;
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  return page;
}

async function signedIn(width: number, locale = 'nb-NO'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 900 }, locale });
  const token = (await signInAs(db, KARI)).slice(SESSION_COOKIE.length + 1);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: e2e.product.apiUrl.replace('http:', 'https:'), secure: true, httpOnly: true, sameSite: 'Strict' }]);
  return { context, page: await newPage(context) };
}

async function expectAccessible(page: Page, width: number, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(width);
}

const cards = (page: Page) => page.locator('#list-heading ~ .cards .card__title').allInnerTexts();

beforeAll(async () => {
  db = openSqlite(join(e2e.dir.path, 'intake.sqlite'));
  ids.ase = await submit({ firstName: 'Åse', lastName: 'Ødegård', email: 'ase@example.no' }, 3);
  ids.kari = await submit({ firstName: 'Kari', lastName: 'Nordmann', email: 'kari.nordmann@example.no' }, 2);
  ids.liv = await submit({ firstName: 'Liv', lastName: 'Berg', email: 'liv@example.no' }, 1);
  await submit({ firstName: 'Nora', lastName: 'Nordlys', email: 'nora@example.no', postalCode: '8514', association: 'narvik' }, 1);
}, 90_000);

afterAll(async () => {
  await db?.destroy();
});

describe('the inbox and the due line in Chromium', () => {
  it('lists the longest-waiting first, filters who follows up, and searches, at 320 px', async () => {
    const { context, page } = await signedIn(320);
    await page.goto(`${e2e.product.apiUrl}/koordinator`);
    expect(await cards(page)).toEqual(['Åse Ødegård', 'Kari Nordmann', 'Liv Berg']);
    await expectAccessible(page, 320, 'inbox');

    await page.selectOption('#rekkefolge', 'nyeste');
    await page.locator('.filters button[type="submit"]').click();
    await page.waitForURL('**rekkefolge=nyeste**');
    expect(await cards(page)).toEqual(['Liv Berg', 'Kari Nordmann', 'Åse Ødegård']);

    await page.selectOption('#hvem', 'mine');
    await page.locator('.filters button[type="submit"]').click();
    await page.waitForURL('**hvem=mine**');
    expect(await cards(page)).toEqual([]);

    await page.selectOption('#hvem', 'ingen');
    await page.locator('#sok').fill('NORD');
    await page.locator('#sok').press('Enter');
    await page.waitForURL('**sok=NORD**');
    // Nora Nordlys is Narvik's: the search stays inside what Kari may see.
    expect(await cards(page)).toEqual(['Kari Nordmann']);
    expect(await page.locator('.search-result').innerText()).toBe('Søk etter «NORD» Fjern søket');
    expect(await page.locator('#sok').getAttribute('maxlength')).toBe('100');
    await expectAccessible(page, 320, 'inbox searched');

    await page.locator('.search-result a').click();
    await page.waitForURL((url) => !url.search.includes('sok='));
    expect(await cards(page)).toEqual(['Liv Berg', 'Kari Nordmann', 'Åse Ødegård']);

    const audit = await db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'inbox.searched').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).not.toContain('NORD');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('says on the application page by which day to call, at 320 px', async () => {
    const { context, page } = await signedIn(320);
    await page.goto(`${e2e.product.apiUrl}/koordinator/soknader/${ids.liv}`);
    const row = await db.selectFrom('applications').select(['created_at', 'last_activity_at']).where('id', '=', ids.liv).executeTakeFirstOrThrow();
    const due = dueMoments({ createdAt: row.created_at, lastActivityAt: row.last_activity_at }, { reminderWorkingDays: 3, escalationDays: 14 });
    const day = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(due.reminder.getTime() - 1));
    expect(await page.locator('.due-line p').first().innerText()).toBe(`Ring innen ${day}. Da får koordinatorene en påminnelse på e-post.`);
    await expectAccessible(page, 320, 'application with due line');
    await context.close();
    expect(problems).toEqual([]);
  }, 30_000);
});

describe('the figures page in Chromium', () => {
  it('shows "sent from your website" and "received by the association", axe-clean at 320 px', async () => {
    const { context, page } = await signedIn(320);
    await page.goto(`${e2e.product.apiUrl}/koordinator/tall`);
    expect(await page.locator('.arrivals dt').allInnerTexts()).toEqual(['Sendt fra nettsiden deres', 'Mottatt av sanitetsforeningen']);
    await expectAccessible(page, 320, 'figures');
    await context.close();
    expect(problems).toEqual([]);
  }, 30_000);
});

describe('signing in from a notice link, and the page language', () => {
  for (const [locale, heading] of [
    ['nb-NO', 'Logg inn for å se søknaden'],
    ['en-GB', 'Sign in to see the application'],
  ] as const) {
    it(`says "${heading}" when the link leads to an application (browser ${locale}), at 320 px`, async () => {
      const context = await e2e.browser.newContext({ viewport: { width: 320, height: 800 }, locale });
      const page = await newPage(context);
      await page.goto(`${e2e.product.apiUrl}/koordinator/soknader/${ids.ase}`);
      await page.waitForURL('**/koordinator/logg-inn?neste=**');
      expect(await page.locator('h1').innerText()).toBe(heading);
      expect(await page.title()).toMatch(new RegExp(`^${heading} – Ressursvenn`));
      expect(await page.locator('input[name="neste"]').inputValue()).toBe(`/koordinator/soknader/${ids.ase}`);
      await expectAccessible(page, 320, `sign-in ${locale}`);
      await context.close();
      expect(problems).toEqual([]);
    }, 30_000);
  }

  it('speaks the account’s language before the browser’s, and an explicit lang before both', async () => {
    await signInAs(db, KARI);
    await db.updateTable('accounts').set({ language: 'nn' }).where('email', '=', KARI).execute();
    try {
      const { context, page } = await signedIn(375, 'en-GB');
      await page.goto(`${e2e.product.apiUrl}/koordinator`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nn');
      expect(await page.locator('label[for="hvem"]').innerText()).toBe('Kven følgjer opp');
      await page.goto(`${e2e.product.apiUrl}/koordinator?lang=en`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await context.close();

      // Before sign-in nobody is known: the lang of the page she was going to, then the browser's.
      const anonymous = await e2e.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'en-GB' });
      const signIn = await newPage(anonymous);
      await signIn.goto(`${e2e.product.apiUrl}/koordinator/soknader/${ids.ase}?lang=nn`);
      await signIn.waitForURL('**/koordinator/logg-inn?neste=**');
      expect(await signIn.locator('html').getAttribute('lang')).toBe('nn');
      expect(await signIn.locator('h1').innerText()).toBe('Logg inn for å sjå søknaden');
      await anonymous.close();
      expect(problems).toEqual([]);
    } finally {
      await db.updateTable('accounts').set({ language: 'nb' }).where('email', '=', KARI).execute();
    }
  }, 30_000);
});
