import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { axeViolations } from '../support/axe.js';
import { useProductInChromium } from '../support/product-in-chromium.js';
import { waitForMail as waitForInboxMail, type InboxMail } from '../support/inbox-mail.js';

// Issue 15's acceptance as one journey through `npm start`: the national lead signs in, creates an association for a
// kommune no association covered (Alta, 5601), adds a coordinator; an application from 9510 Alta is routed there; the
// new coordinator gets the notice, signs in by email link and sees it; the lead removes her, and her open session stops
// working at her next request. axe and no sideways scroll at 320 px on every association page on the way.
const LEAD = 'prosjektleder@nks.example';
const EVA = 'eva.koordinator@alta-sanitet.example';
const WIDTH = 320;
const e2e = useProductInChromium('rv-e2e-association-admin-', {}, { publicHost: 'localhost' });

const waitForMail = (match: (m: InboxMail) => boolean) => waitForInboxMail(e2e.product.inboxUrl, match);

/** Signs in by email link on the sign-in page the workspace sent her to, and lands where she was going. */
async function signIn(page: Page, email: string, goingTo: string) {
  await page.goto(goingTo);
  await page.waitForURL('**/koordinator/logg-inn?neste=*');
  await page.locator('#email').fill(email);
  await page.locator('#email').press('Enter');
  await page.waitForURL('**/koordinator/logg-inn');
  const mail = await waitForMail((m) => m.to.includes(email) && m.subject === 'Innloggingslenken din til Ressursvenn');
  const link = /https?:\/\/\S+\/koordinator\/logg-inn\/lenke\?token=[\w-]+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();
  await page.goto(link!);
  await page.locator('main button[type="submit"]').click();
  await page.waitForURL(goingTo);
}

async function expectAccessible(page: Page, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(WIDTH);
}

describe('running the programme from the browser', () => {
  it('creates an association and a coordinator who gets the next application, then removes her and ends her session', async () => {
    const lead = await (await e2e.browser.newContext({ viewport: { width: WIDTH, height: 800 }, locale: 'nb-NO' })).newPage();
    await signIn(lead, LEAD, `${e2e.product.publicUrl}/koordinator/foreninger`);
    expect(await lead.locator('h1').innerText()).toBe('Foreninger');
    expect(await lead.locator('main').innerText()).not.toContain('Alta');
    await expectAccessible(lead, 'the list');

    await lead.locator('main a.button').click();
    await lead.waitForURL('**/koordinator/foreninger/ny');
    // A mistake first: the form comes back with what was typed and an error summary linked to the field.
    await lead.locator('#f-name').fill('Alta sanitetsforening');
    await lead.locator('#f-slug').fill('Alta');
    await lead.locator('#f-email').fill('post@alta-sanitet.example');
    await lead.locator('#f-kommuner').fill('5601');
    await lead.locator('main form button[type="submit"]').click();
    await lead.locator('.error-summary').waitFor();
    expect(await lead.locator('#f-name').inputValue()).toBe('Alta sanitetsforening');
    expect(await lead.locator('.error-summary a[href="#f-slug"]').count()).toBe(1);
    await expectAccessible(lead, 'the create form with an error');
    await lead.locator('#f-slug').fill('alta');
    await lead.locator('main form button[type="submit"]').click();
    await lead.waitForURL('**/koordinator/foreninger/alta?lagret=opprettet');
    expect(await lead.locator('main').innerText()).toContain('Ingen koordinator: søknader til foreningen går til');
    await expectAccessible(lead, 'the new association');

    await lead.locator('#k-name').fill('Eva Alta');
    await lead.locator('#k-email').fill(EVA);
    await lead.locator('form[action*="/koordinatorer"] button[type="submit"]').last().click();
    await lead.waitForURL('**/koordinator/foreninger/alta?lagret=added');
    expect(await lead.locator('main').innerText()).not.toContain('Ingen koordinator');
    await expectAccessible(lead, 'the association with its coordinator');

    const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
      body: JSON.stringify(validApplication({ firstName: 'Astrid', email: 'astrid@example.no', postalCode: '9510', elapsedMs: 60_000 })),
    });
    expect(res.status).toBe(201);
    const accepted = (await res.json()) as ApplicationAccepted;
    expect(JSON.stringify(accepted)).toContain('Alta sanitetsforening');

    const notice = await waitForMail((m) => m.to.includes(EVA) && m.subject.includes(accepted.reference));
    const applicationLink = /https?:\/\/\S+\/koordinator\/soknader\/[0-9a-f-]{36}/.exec(notice.text)?.[0];
    expect(applicationLink).toBeDefined();
    const eva = await (await e2e.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'nb-NO' })).newPage();
    await signIn(eva, EVA, applicationLink!);
    expect(await eva.locator('h1').innerText()).toBe('Astrid Nordmann');

    await lead.goto(`${e2e.product.publicUrl}/koordinator/foreninger/alta`);
    await lead.locator('main a[href*="/fjern"]').click();
    await lead.waitForURL('**/fjern');
    expect(await lead.locator('legend').innerText()).toBe('Hva skal skje med de åpne søknadene hun følger opp?');
    await expectAccessible(lead, 'the removal');
    await lead.locator('main form button[type="submit"]').click();
    await lead.waitForURL('**/koordinator/foreninger/alta?lagret=removed');
    expect(await lead.locator('main').innerText()).toContain('Ingen koordinator: søknader til foreningen går til');

    // Her next request finds no session: back to sign-in.
    await eva.reload();
    await eva.waitForURL('**/koordinator/logg-inn?neste=*');
  }, 90_000);
});
