import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useProductInChromium } from '../support/product-in-chromium.js';
import SQLite from 'better-sqlite3';
import { join } from 'node:path';

// As a new volunteer would: `npm start`'s real processes, the demo page in Chromium, the emails in the local inbox.
// Submissions sent faster than MIN_FILL_MS after the first keystroke are quarantined; a scripted browser types far
// faster than a person, so the tests wait a little longer than this before sending.
const e2e = useProductInChromium('rv-e2e-', { MIN_FILL_MS: '1500' });

interface InboxMessage {
  to: string[];
  subject: string;
  text: string;
}

async function inboxMessages(): Promise<InboxMessage[]> {
  return (await (await fetch(`${e2e.product.inboxUrl}/api/messages`)).json()) as InboxMessage[];
}

/** The emails about `reference`, once `count` of them are in the local inbox (within 5 seconds). */
async function mailsAbout(reference: string, count: number): Promise<InboxMessage[]> {
  let mails: InboxMessage[] = [];
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    mails = (await inboxMessages()).filter((m) => m.subject.includes(reference));
    if (mails.length >= count) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return mails;
}

/** Opens the demo page and collects page errors and console errors. */
async function openDemoPage(): Promise<{ page: Page; form: Locator; problems: string[] }> {
  const page = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(e2e.product.demoUrl);
  return { page, form: page.locator('ressursvenn-signup'), problems };
}

/** A fictional volunteer; each test needs its own (a second application from one person joins her first). */
interface Person {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

const SIGRID: Person = { firstName: 'Sigrid', lastName: 'Testesen', email: 'sigrid.testesen@example.no', phone: '412 34 567' };
const NORA: Person = { firstName: 'Nora', lastName: 'Narviksen', email: 'nora.narviksen@example.no', phone: '413 45 678' };

async function fillContact(form: Locator, person: Person, postalCode: string): Promise<void> {
  await form.getByLabel('Fornavn').fill(person.firstName);
  await form.getByLabel('Etternavn').fill(person.lastName);
  await form.getByLabel('E-post').fill(person.email);
  await form.getByLabel('Telefonnummer').fill(person.phone);
  await form.getByLabel('Postnummer').fill(postalCode);
  await form.getByRole('button', { name: 'Neste' }).click();
}

/** Answers yes to every question of step 2 and goes on to the review. */
async function answerFit(form: Locator): Promise<void> {
  await form.getByRole('heading', { name: 'Steg 2 av 3 Om oppdraget' }).waitFor();
  for (const question of [
    'Er du 25 år eller eldre?',
    'Kan du møtes 2–4 ganger i måneden i 9–12 måneder?',
    'Vil du ta kurset for ressursvenner (omtrent 12 timer)?',
    'Vil du skrive under på en taushets- og etikkerklæring?',
    'Vil du vise fram politiattest?',
  ]) {
    await form.getByRole('group', { name: question }).getByLabel('Ja', { exact: true }).check();
  }
  await form.getByRole('button', { name: 'Neste' }).click();
  await form.getByRole('heading', { name: 'Steg 3 av 3 Se over og send' }).waitFor();
}

/** Ticks the privacy box on the review, sends, and returns the receipt's text. */
async function acknowledgeAndSend(page: Page, form: Locator): Promise<string> {
  await form.getByLabel('Jeg har lest hvordan opplysningene mine blir brukt.').check();
  await page.waitForTimeout(1600);
  await form.getByRole('button', { name: 'Send søknad' }).click();
  const receipt = form.locator('[part~="receipt"]');
  await receipt.waitFor({ timeout: 15_000 });
  return receipt.innerText();
}

async function answerFitAndSend(page: Page, form: Locator): Promise<string> {
  await answerFit(form);
  return acknowledgeAndSend(page, form);
}

/** The product's anonymous widget counts for one association, read from its database file. */
function widgetCounts(slug: string): Record<string, number> {
  const db = new SQLite(join(e2e.dir.path, 'intake.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('select event, sum(count) as n from widget_counts where association_slug = ? group by event').all(slug) as { event: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.event, r.n]));
  } finally {
    db.close();
  }
}

describe('signing up on the demo association page', () => {
  it('goes through the steps, confirms Eksempelby for 2317, sees the receipt and finds both emails in the inbox', async () => {
    const { page, form, problems } = await openDemoPage();

    // One script tag is the whole embed, and the form stands right after it.
    expect(await page.locator('script[data-association]').count()).toBe(1);
    const mounted = await page.evaluate(() => document.querySelector('script[data-association]')?.nextElementSibling?.tagName);
    expect(mounted).toBe('RESSURSVENN-SIGNUP');
    await form.getByRole('heading', { name: 'Steg 1 av 3 Kontaktopplysninger' }).waitFor();

    await fillContact(form, SIGRID, '2317');
    // The postal-code lookup of the real server: 2317 is in Eksempelby's range.
    await form.getByRole('heading', { name: 'Steg 1 av 3 Hvem får søknaden?' }).waitFor();
    expect(await form.locator('[part~="routing"]').innerText()).toContain('Eksempelby sanitetsforening får søknaden. Stemmer det?');
    await form.getByRole('button', { name: 'Ja, det stemmer' }).click();

    const receiptText = await answerFitAndSend(page, form);
    const reference = /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(receiptText)?.[0];
    expect(reference, receiptText).toBeDefined();
    expect(receiptText).toContain('Eksempelby sanitetsforening tar kontakt med deg');
    expect(receiptText).toContain('Hva skjer nå?');

    const mails = await mailsAbout(reference!, 2);
    expect(mails.map((m) => m.to.join(',')).sort()).toEqual([
      'kari.koordinator@eksempelby-sanitet.example,ola.koordinator@eksempelby-sanitet.example',
      'sigrid.testesen@example.no',
    ]);
    // The page counted itself, anonymously, for Eksempelby's figures: shown and started (sent forms are counted from
    // the stored applications, so the widget reports none).
    await expect
      .poll(() => widgetCounts('eksempelby'), { timeout: 5000 })
      .toEqual({ view: expect.any(Number), start: expect.any(Number) });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('suggests Narvik sanitetsforening for 8514 on the Eksempelby page; confirmed, the notice reaches Narvik', async () => {
    const { page, form, problems } = await openDemoPage();
    await fillContact(form, NORA, '8514');
    await form.getByRole('heading', { name: 'Steg 1 av 3 Hvem får søknaden?' }).waitFor();
    expect(await form.locator('[part~="routing"]').innerText()).toContain('Narvik sanitetsforening får søknaden. Stemmer det?');
    // The page's own association is there as the other choice.
    await form.getByRole('button', { name: 'Nei, velg en annen' }).click();
    const choices = form.getByRole('group', { name: 'Hvilken sanitetsforening skal få søknaden?' });
    expect(await choices.getByRole('radio').count()).toBe(2);
    await choices.getByLabel('Eksempelby sanitetsforening (denne nettsiden)').waitFor();
    await choices.getByLabel('Narvik sanitetsforening', { exact: true }).check();
    await form.getByRole('button', { name: 'Gå videre' }).click();

    const receiptText = await answerFitAndSend(page, form);
    const reference = /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(receiptText)?.[0];
    expect(reference, receiptText).toBeDefined();
    expect(receiptText).toContain('Narvik sanitetsforening tar kontakt med deg');

    const mails = await mailsAbout(reference!, 2);
    expect(mails.map((m) => m.to.join(',')).sort()).toEqual(['koordinator@narvik-sanitet.example', 'nora.narviksen@example.no']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('issue 16: refuses a postal code that does not exist, and for one nobody serves names the page’s association in the review, as the receipt does', async () => {
    const { page, form, problems } = await openDemoPage();
    // 0000 is not in the register: refused at the field before anything is sent.
    await fillContact(form, { firstName: 'Ingrid', lastName: 'Bergensen', email: 'ingrid.bergensen@example.no', phone: '+46 70 123 45 67' }, '0000');
    const summary = form.locator('[part~="error-summary"]');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Postnummeret finnes ikke. Sjekk at du har skrevet det riktig.');
    expect(await form.getByLabel('Postnummer').getAttribute('aria-invalid')).toBe('true');

    // 5003 Bergen: no association serves it; routing gives it to the page's own association, Eksempelby.
    await form.getByLabel('Postnummer').fill('5003');
    await form.getByRole('button', { name: 'Neste' }).click();
    await answerFit(form);
    const route = form.locator('.review-group').last();
    expect(await form.locator('.review-route').innerText()).toBe('Eksempelby sanitetsforening');
    expect(await route.innerText()).toContain('Ingen sanitetsforening dekker postnummeret ditt ennå, så sanitetsforeningen som har denne nettsiden, tar imot søknaden.');
    expect(await route.innerText()).not.toContain('nærmest');

    const receiptText = await acknowledgeAndSend(page, form);
    expect(receiptText).toContain('Eksempelby sanitetsforening tar kontakt med deg');
    const reference = /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(receiptText)?.[0];
    const mails = await mailsAbout(reference!, 2);
    expect(mails.map((m) => m.to.join(',')).sort()).toEqual([
      'ingrid.bergensen@example.no',
      'kari.koordinator@eksempelby-sanitet.example,ola.koordinator@eksempelby-sanitet.example',
    ]);
    // Her Swedish number went through the contract on both sides and is stored with its country code, without spaces.
    const db = new SQLite(join(e2e.dir.path, 'intake.sqlite'), { readonly: true });
    try {
      expect(db.prepare('select phone from applications where reference = ?').get(reference)).toEqual({ phone: '+46701234567' });
    } finally {
      db.close();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('issue 16: «Endre» on the review comes back to the review, and a failed send names the association to contact and keeps every answer', async () => {
    const { page, form } = await openDemoPage();
    await fillContact(form, { firstName: 'Turid', lastName: 'Tilbakesen', email: 'turid.tilbakesen@example.no', phone: '414 56 789' }, '2317');
    await form.getByRole('button', { name: 'Ja, det stemmer' }).click();
    await answerFit(form);

    // «Endre» beside the contact details: step 1 again, and the main button leads straight back to the review.
    await form.getByRole('button', { name: 'Endre' }).first().click();
    await form.getByRole('heading', { name: 'Steg 1 av 3 Kontaktopplysninger' }).waitFor();
    await form.getByLabel('Fornavn').fill('Turid Marie');
    await form.getByRole('button', { name: 'Tilbake til oppsummeringen' }).click();
    await form.getByRole('heading', { name: 'Steg 3 av 3 Se over og send' }).waitFor();
    expect(await form.locator('[part~="review"]').innerText()).toContain('Turid Marie');

    // The intake server is unreachable for a moment: the notice says whom to contact, with an address to write to.
    await page.route('**/api/v1/applications', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"service_unavailable"}}' }));
    await form.getByLabel('Jeg har lest hvordan opplysningene mine blir brukt.').check();
    await page.waitForTimeout(1600);
    await form.getByRole('button', { name: 'Send søknad' }).click();
    const failure = form.locator('[part~="failure"]');
    await failure.waitFor();
    expect(await failure.innerText()).toContain('Eksempelby sanitetsforening');
    expect(await failure.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0);

    // Back again: the same answers go through, once.
    await page.unroute('**/api/v1/applications');
    await form.getByRole('button', { name: 'Prøv igjen' }).click();
    const receipt = form.locator('[part~="receipt"]');
    await receipt.waitFor({ timeout: 15_000 });
    const reference = /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(await receipt.innerText())?.[0];
    expect((await mailsAbout(reference!, 2)).map((m) => m.to.join(',')).sort()).toEqual([
      'kari.koordinator@eksempelby-sanitet.example,ola.koordinator@eksempelby-sanitet.example',
      'turid.tilbakesen@example.no',
    ]);
    await page.close();
  }, 60_000);
});
