import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { openSqlite } from '../../intake-server/db/database.js';
import { SESSION_COOKIE } from '../../intake-server/workspace/auth/session.middleware.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { waitForMail } from '../support/inbox-mail.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// WCAG 1.4.10 (reflow) on every page served outside the workspace's signed-in area: at 320 CSS px with text at 200 %,
// nothing may need scrolling sideways (issue 16, item 4).
const e2e = useProductInChromium('rv-reflow-e2e-', { MIN_FILL_MS: '0' });

const VIEWPORT = { width: 320, height: 640 };

/** How many CSS pixels the page is wider than the window once its text is at 200 %. */
async function sidewaysAt200(page: Page): Promise<number> {
  return page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
}

describe('reflow at 320 px with 200 % text', () => {
  it('no page outside the signed-in workspace scrolls sideways', async () => {
    const wide: Record<string, number> = {};
    const measure = async (name: string, page: Page) => {
      wide[name] = await sidewaysAt200(page);
    };

    const scripted = await e2e.browser.newContext({ viewport: VIEWPORT });
    const page = await scripted.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(e2e.product.demoUrl);
    await page.locator('ressursvenn-signup').first().getByRole('button', { name: 'Neste' }).waitFor();
    await measure('demo page', page);
    await page.goto(`${e2e.product.demoUrl}embed`);
    await page.getByLabel('Forening', { exact: true }).waitFor();
    await measure('embed builder', page);
    await page.goto(`${e2e.product.publicUrl}/skjema/eksempelby`);
    await page.locator('ressursvenn-signup').getByRole('button', { name: 'Neste' }).waitFor();
    expect(await page.locator('#skjema-uten-skript').count(), 'the widget took the server form’s place').toBe(0);
    await measure('hosted page (widget)', page);
    await page.goto(`${e2e.product.publicUrl}/koordinator/logg-inn`);
    await measure('sign-in page', page);

    const plain = await e2e.browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const form = await plain.newPage();
    form.setDefaultTimeout(10_000);
    await form.goto(`${e2e.product.publicUrl}/skjema/eksempelby`);
    await measure('hosted page (no scripts)', form);
    await form.getByRole('button', { name: 'Send søknad' }).click();
    await form.getByRole('alert').waitFor();
    await measure('hosted page with errors', form);
    await form.getByLabel('Fornavn').fill('Bergljotsdatterfjellheimsen');
    await form.getByLabel('Etternavn').fill('Langnavnsdottir-Storfjordvik');
    await form.getByLabel('E-post').fill('bergljot.langnavnsdottir.storfjordvik@eksempel-langdomene.example.no');
    await form.getByLabel('Telefonnummer').fill('41234567');
    await form.getByLabel('Postnummer').fill('8514');
    for (const group of await form.locator('fieldset.yes-no').all()) await group.getByLabel('Ja').check();
    await form.getByLabel('Jeg har lest hvordan opplysningene mine blir brukt.').check();
    await form.getByRole('button', { name: 'Send søknad' }).click();
    await form.locator('.reference').waitFor();
    await measure('hosted page receipt', form);
    const mail = await waitForMail(e2e.product.inboxUrl, (m) => m.to.includes('bergljot.langnavnsdottir.storfjordvik@eksempel-langdomene.example.no'));
    const link = mail.text.match(/https?:\/\/\S+\/trekk\/\S+/)![0];
    await form.goto(link);
    await measure('withdraw page', form);
    await form.getByRole('button', { name: 'Ja, trekk søknaden' }).click();
    await form.getByRole('heading', { name: 'Søknaden er trukket' }).waitFor();
    await measure('withdrawn page', form);
    await form.goto(link);
    await measure('used withdrawal link', form);

    expect(wide).toEqual({
      'demo page': 0,
      'embed builder': 0,
      'hosted page (widget)': 0,
      'sign-in page': 0,
      'hosted page (no scripts)': 0,
      'hosted page with errors': 0,
      'hosted page receipt': 0,
      'withdraw page': 0,
      'withdrawn page': 0,
      'used withdrawal link': 0,
    });
    await plain.close();
    await scripted.close();
  }, 90_000);

  it('no page of the signed-in workspace scrolls sideways, for the national admin', async () => {
    // An application to look at, sent as the widget on the demo page sends it.
    const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
      body: JSON.stringify(validApplication({ firstName: 'Bergljotsdatterfjellheimsen', email: 'bergljot.langnavn@eksempel-langdomene.example.no', elapsedMs: 60_000 })),
    });
    expect(res.status).toBe(201);
    const db = openSqlite(join(e2e.dir.path, 'intake.sqlite'));
    const token = (await signInAs(db, 'prosjektleder@nks.example', { role: 'admin' })).slice(SESSION_COOKIE.length + 1);
    const application = await db.selectFrom('applications').select('id').where('email', '=', 'bergljot.langnavn@eksempel-langdomene.example.no').executeTakeFirstOrThrow();
    await db.destroy();
    const context = await e2e.browser.newContext({ viewport: VIEWPORT });
    // Secure, as `__Host-` demands; DevTools sets such a cookie only for an https address (Chromium sends it to 127.0.0.1).
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: e2e.product.apiUrl.replace('http:', 'https:'), secure: true, httpOnly: true, sameSite: 'Strict' }]);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const wide: Record<string, number> = {};
    for (const path of [
      '/koordinator',
      '/koordinator?status=all&sok=Bergljotsdatterfjellheimsen',
      `/koordinator/soknader/${application.id}`,
      '/koordinator/tall',
      '/koordinator/konto',
      '/koordinator/personvern',
      '/koordinator/foreninger',
      '/koordinator/foreninger/ny',
      '/koordinator/foreninger/eksempelby',
      '/koordinator/dekning',
      '/koordinator/dekning?postnummer=8514',
      '/koordinator/referansedata',
      '/koordinator/passnokkelkrav',
    ]) {
      const response = await page.goto(`${e2e.product.apiUrl}${path}`);
      expect(response?.status(), path).toBe(200);
      wide[path] = await sidewaysAt200(page);
    }
    expect(Object.entries(wide).filter(([, px]) => px > 0)).toEqual([]);
    await context.close();
  }, 90_000);
});
