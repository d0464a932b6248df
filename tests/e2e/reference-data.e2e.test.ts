import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../intake-server/db/database.js';
import type { Database } from '../../intake-server/db/schema.js';
import { SAMPLE_DIR } from '../../intake-server/reference-data/import-sample.js';
import { SESSION_COOKIE } from '../../intake-server/workspace/auth/session.middleware.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { axeViolations } from '../support/axe.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// The national admin's reference-data pages of `npm start`'s real server in Chromium at 320 px: the upload page, a
// refused file's errors, the preview, and the page after applying, each axe-clean and without sideways scrolling.
const ADMIN = 'prosjektleder@nks.example';
const WIDTH = 320;

const e2e = useProductInChromium('rv-e2e-reference-');
let db: Kysely<Database>;

async function expectAccessible(page: Page, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(WIDTH);
}

beforeAll(async () => {
  db = openSqlite(join(e2e.dir.path, 'intake.sqlite'));
}, 90_000);

afterAll(async () => {
  await db?.destroy();
});

describe('reference data in Chromium', () => {
  it('uploads a kommune list, previews it and applies it, axe-clean at 320 px', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: WIDTH, height: 800 }, locale: 'nb-NO' });
    const token = (await signInAs(db, ADMIN, { role: 'admin' })).slice(SESSION_COOKIE.length + 1);
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: e2e.product.apiUrl.replace('http:', 'https:'), secure: true, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${e2e.product.apiUrl}/koordinator`);
    await page.getByRole('link', { name: 'Referansedata' }).click();
    await page.waitForURL('**/koordinator/referansedata');
    expect(await page.locator('h1').innerText()).toBe('Referansedata');
    await expectAccessible(page, 'upload page');

    // A file with an error: the error summary and the parser's line.
    await page.getByLabel('Kommunelisten fra Kartverket').check();
    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'kommuner.csv', mimeType: 'text/csv', buffer: Buffer.from('18;Nordland;1806\n') });
    await page.getByRole('button', { name: 'Vis hva som endres' }).click();
    await page.waitForLoadState();
    expect(await page.locator('.error-summary').innerText()).toContain('Filen har feil. Ingenting er endret.');
    expect(await page.locator('#problems').innerText()).toContain('line 1: expected 4 semicolon-separated fields');
    await expectAccessible(page, 'refused file');

    const kommuner = `${readFileSync(join(SAMPLE_DIR, 'kommuner-sample.csv'), 'utf8').trimEnd()}\n18;Nordland;1899;Prøvekommune\n`;
    await page.getByLabel('Kommunelisten fra Kartverket').check();
    await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'kommuner.csv', mimeType: 'text/csv', buffer: Buffer.from(kommuner) });
    await page.getByRole('button', { name: 'Vis hva som endres' }).click();
    await page.waitForURL(/\/koordinator\/referansedata\/[0-9a-f]{32}$/);
    expect(await page.locator('h1').innerText()).toBe('Se over endringene');
    expect(await page.locator('main').innerText()).toContain('1899');
    await expectAccessible(page, 'preview');

    await page.getByRole('button', { name: 'Bruk filen' }).click();
    await page.waitForURL('**/koordinator/referansedata?brukt=kommuner*');
    expect(await page.getByRole('status').innerText()).toContain('Kommunelisten fra Kartverket: filen er tatt i bruk');
    await expectAccessible(page, 'applied');
    expect((await db.selectFrom('kommuner').select('name').where('number', '=', '1899').executeTakeFirst())?.name).toBe('Prøvekommune');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
