import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, WCAG_AA } from '../support/axe.js';
import { waitForMail } from '../support/inbox-mail.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// The hosted page as a volunteer with scripts off uses it (issue 16, item 7): the server's own form, its errors, its
// receipt; then the link in her receipt mail withdraws the application (item 8).
const e2e = useProductInChromium('rv-hosted-noscript-e2e-', { MIN_FILL_MS: '1000' });

/**
 * Axe runs in the page and needs scripts, which this page has off: it checks the same document (its scripts taken
 * out, so what is checked is what a volunteer without them gets) in a page of the same origin with scripts on.
 */
async function expectAxeClean(page: Page): Promise<void> {
  const html = (await page.content()).replace(/<script\b[^>]*>[^<]*<\/script>/g, '');
  const checker = await e2e.browser.newPage({ viewport: { width: 390, height: 800 } });
  await checker.goto(`${e2e.product.publicUrl}/skjema/hosted.css`);
  await checker.setContent(html);
  expect(await axeViolations(checker, { tags: WCAG_AA }), page.url()).toEqual([]);
  await checker.close();
}

describe('the hosted page with JavaScript disabled', () => {
  it('takes an application through errors to the receipt, and the receipt mail’s link withdraws it', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(6000);
    await page.goto(`${e2e.product.publicUrl}/skjema/eksempelby`);
    expect(await page.locator('ressursvenn-signup').count(), 'no widget without scripts').toBe(0);
    await expectAxeClean(page);

    await page.getByLabel('Fornavn').fill('Kari');
    await page.getByLabel('Etternavn').fill('Nordmann');
    await page.getByLabel('E-post').fill('kari.noscript@example.no');
    await page.getByLabel('Telefonnummer').fill('41234567');
    await page.getByLabel('Postnummer').fill('85');
    for (const question of ['Er du 25 år eller eldre?', 'Kan du møtes 2–4 ganger i måneden i 9–12 måneder?', 'Vil du ta kurset for ressursvenner (omtrent 12 timer)?', 'Vil du skrive under på en taushets- og etikkerklæring?']) {
      await page.getByRole('group', { name: question }).getByLabel('Ja').check();
    }
    await page.getByLabel('Hvorfor vil du bli ressursvenn?').fill('Jeg vil gjerne være en trygg voksen for noen.');
    await page.getByRole('button', { name: 'Send søknad' }).click();

    // Two problems, summarised at the top and linked to their fields; everything typed is still there.
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('For å sende søknaden må du rette opp dette:');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Postnummeret må ha fire siffer, for eksempel 8514.',
      'Svar på om du vil vise fram politiattest.',
      'Kryss av for at du har lest hvordan opplysningene dine blir brukt.',
    ]);
    expect(await page.getByLabel('Fornavn').inputValue()).toBe('Kari');
    expect(await page.getByLabel('Hvorfor vil du bli ressursvenn?').inputValue()).toBe('Jeg vil gjerne være en trygg voksen for noen.');
    expect(await page.getByRole('group', { name: 'Er du 25 år eller eldre?' }).getByLabel('Ja').isChecked()).toBe(true);
    await expectAxeClean(page);
    await summary.getByRole('link', { name: 'Postnummeret må ha fire siffer, for eksempel 8514.' }).click();
    expect(page.url()).toMatch(/#postalCode$/);

    await page.getByLabel('Postnummer').fill('8514');
    await page.getByRole('group', { name: 'Vil du vise fram politiattest?' }).getByLabel('Nei').check();
    await page.getByLabel('Jeg har lest hvordan opplysningene mine blir brukt.').check();
    await page.getByRole('button', { name: 'Send søknad' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Takk! Søknaden er sendt.');
    const reference = await page.locator('.reference').textContent();
    expect(reference).toMatch(/^RV-/);
    expect(await page.locator('main').textContent()).toContain('Narvik sanitetsforening tar kontakt med deg');
    await expectAxeClean(page);

    const receipt = await waitForMail(e2e.product.inboxUrl, (m) => m.to.includes('kari.noscript@example.no'));
    expect(receipt.subject).toContain(reference!);
    const link = receipt.text.match(/https?:\/\/\S+\/trekk\/\S+/)?.[0];
    expect(link, 'the receipt carries the withdrawal link').toBeDefined();

    await page.goto(link!);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Trekk søknaden?');
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Ja, trekk søknaden' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Søknaden er trukket');
    await expectAxeClean(page);
    const notice = await waitForMail(e2e.product.inboxUrl, (m) => m.subject.includes(reference!) && m.subject.includes('trukket'));
    expect(notice.text).not.toMatch(/Kari|Nordmann|noscript/);

    await page.goto(link!);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lenken virker ikke lenger');
    await expectAxeClean(page);
    await context.close();
  }, 60_000);
});
