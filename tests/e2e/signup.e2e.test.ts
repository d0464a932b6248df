import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { startProduct, type RunningProduct } from '../support/start-product.js';
import { createTempDir } from '../support/temp-dir.js';

// As a new volunteer would: `npm start`'s real processes, the demo page in Chromium, the emails in the local inbox.
let product: RunningProduct;
let browser: Browser;
const dir = createTempDir('rv-e2e-');

beforeAll(async () => {
  // Submissions sent faster than MIN_FILL_MS after the first keystroke are quarantined; a scripted browser types
  // far faster than a person, so the test waits a little longer than this before sending.
  product = await startProduct(dir.path, { MIN_FILL_MS: '1500' });
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  dir.remove();
});

interface InboxMessage {
  to: string[];
  subject: string;
  text: string;
}

async function inboxMessages(): Promise<InboxMessage[]> {
  return (await (await fetch(`${product.inboxUrl}/api/messages`)).json()) as InboxMessage[];
}

describe('signing up on the demo association page', () => {
  it('fills in the embedded form, sees the receipt and finds both emails in the inbox', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(product.demoUrl);

    // One script tag is the whole embed, and the form stands right after it.
    const scripts = await page.locator('script[data-association]').count();
    expect(scripts).toBe(1);
    const mounted = await page.evaluate(() => document.querySelector('script[data-association]')?.nextElementSibling?.tagName);
    expect(mounted).toBe('RESSURSVENN-SIGNUP');

    const form = page.locator('ressursvenn-signup');
    await form.getByLabel('Fornavn').fill('Sigrid');
    await form.getByLabel('Etternavn').fill('Testesen');
    await form.getByLabel('E-post').fill('sigrid.testesen@example.no');
    await form.getByLabel('Telefonnummer').fill('412 34 567');
    await form.getByLabel('Postnummer').fill('2317');
    for (const question of [
      'Er du 25 år eller eldre?',
      'Kan du møtes 2–4 ganger i måneden i 9–12 måneder?',
      'Vil du ta kurset for ressursvenner (omtrent 12 timer)?',
      'Vil du skrive under på en taushets- og etikkerklæring?',
      'Vil du vise fram politiattest?',
    ]) {
      await form.getByRole('group', { name: question }).getByLabel('Ja', { exact: true }).check();
    }
    await form.getByLabel('Jeg har lest hvordan opplysningene mine blir brukt.').check();
    await page.waitForTimeout(1600);
    await form.getByRole('button', { name: 'Send søknad' }).click();

    const receipt = form.locator('[part~="receipt"]');
    await receipt.waitFor({ timeout: 15_000 });
    const receiptText = await receipt.innerText();
    const reference = /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(receiptText)?.[0];
    expect(reference, receiptText).toBeDefined();
    expect(receiptText).toContain('Eksempelby sanitetsforening');

    // Within 5 seconds both emails are in the local inbox.
    let mails: InboxMessage[] = [];
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      mails = (await inboxMessages()).filter((m) => m.subject.includes(reference!));
      if (mails.length >= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(mails.map((m) => m.to.join(',')).sort()).toEqual([
      'kari.koordinator@eksempelby-sanitet.example,ola.koordinator@eksempelby-sanitet.example',
      'sigrid.testesen@example.no',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
