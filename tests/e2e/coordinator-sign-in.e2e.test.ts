import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// As a new coordinator would, on a phone-sized screen: a link by email from the local inbox, a passkey registered
// with Chromium's virtual authenticator, signing out, and signing in again with the passkey.
// PUBLIC_URL is http://localhost:PORT (the server still binds 127.0.0.1): Chromium refuses an IP address as WebAuthn
// relying party ("127.0.0.1 is an invalid domain"), while the Secure `__Host-` cookie works on both.
const KARI = 'kari.koordinator@eksempelby-sanitet.example';

const e2e = useProductInChromium('rv-e2e-sign-in-', {}, { publicHost: 'localhost' });
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let authenticatorId: string;
const problems: string[] = [];

beforeAll(async () => {
  context = await e2e.browser.newContext({ viewport: { width: 320, height: 720 }, locale: 'nb-NO' });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // CSP violations are reported as console errors: none may happen. Failed loads are reported with their address
  // below instead, where the browser's own look for /favicon.ico (which the workspace does not have) is left out.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  }));
}, 90_000);

/** Checks a page as every page must be: axe-clean, and no sideways scrolling at 320 px. */
async function expectAccessible(label: string, on = page) {
  expect(await axeViolations(on), label).toEqual([]);
  expect(await on.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(320);
}

/** Presses Tab until the element matching `selector` has focus (keyboard only), at most 40 times. */
async function tabTo(selector: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

async function waitForLink(): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const messages = (await (await fetch(`${e2e.product.inboxUrl}/api/messages`)).json()) as { to: string[]; subject: string; text: string }[];
    const mail = messages.find((m) => m.to.includes(KARI) && m.subject === 'Innloggingslenken din til Ressursvenn');
    const url = mail && /https?:\/\/\S+\/koordinator\/logg-inn\/lenke\?token=[\w-]+/.exec(mail.text)?.[0];
    if (url) return url;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no sign-in link arrived in the inbox');
}

const heading = () => page.locator('h1').innerText();

describe('a coordinator signing in', () => {
  it('asks for a link, signs in with it, registers a passkey, signs out and signs in with the passkey', async () => {
    expect(e2e.product.publicUrl).toMatch(/^http:\/\/localhost:\d+$/);

    // 1. The sign-in page, used with the keyboard only.
    await page.goto(`${e2e.product.publicUrl}/koordinator/logg-inn?neste=%2Fkoordinator%2Fkonto`);
    expect(await heading()).toBe('Logg inn');
    await expectAccessible('sign-in page');
    await tabTo('#email');
    await page.keyboard.type(KARI);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/koordinator/logg-inn');
    expect(await heading()).toBe('Sjekk e-posten din');
    await expectAccessible('link sent page');

    // 2. The link arrives in the local inbox and is opened from there, as from a mail program on another site.
    const link = await waitForLink();
    expect(link.startsWith(`${e2e.product.publicUrl}/koordinator/logg-inn/lenke?token=`)).toBe(true);
    await page.goto(e2e.product.inboxUrl);
    await page.evaluate((url) => window.location.assign(url), link);
    await page.waitForURL('**/koordinator/logg-inn/lenke?token=*');
    expect(await heading()).toBe('Logg inn');
    await expectAccessible('link page');
    await tabTo('main button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/koordinator/konto');
    expect(await heading()).toBe('Kontoen din');
    await expectAccessible('account page');

    // The used link, opened again (in a second tab, whose 400 is expected), says it no longer works.
    const again = await context.newPage();
    expect((await again.goto(link))!.status()).toBe(400);
    expect(await again.locator('h1').innerText()).toBe('Lenken virker ikke lenger');
    await expectAccessible('dead link page', again);
    await again.close();

    const cookie = (await context.cookies(e2e.product.publicUrl)).find((c) => c.name === '__Host-rv_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });

    // 3. A passkey, registered with the virtual authenticator.
    await tabTo('#passkey-name');
    await page.keyboard.type('Testnøkkel');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/koordinator/konto?lagret=passkey');
    expect(await page.locator('.notice').innerText()).toBe('Passnøkkelen er registrert.');
    expect(await page.locator('.passkey-name').allInnerTexts()).toEqual(['Testnøkkel']);
    await expectAccessible('account page with a passkey');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);

    // 4. A link from another site to a workspace page still finds the session (SameSite=Strict: one same-origin reload).
    await page.goto(e2e.product.inboxUrl);
    await page.evaluate((url) => window.location.assign(url), `${e2e.product.publicUrl}/koordinator/konto`);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Kontoen din');
    expect(new URL(page.url()).pathname).toBe('/koordinator/konto');

    // 5. Signing out ends the session.
    await tabTo('form.header-sign-out button');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/koordinator/logg-inn?utlogget=1**');
    expect(await page.locator('.notice').innerText()).toBe('Du er logget ut.');
    await expectAccessible('signed-out page');
    expect((await context.cookies(e2e.product.publicUrl)).find((c) => c.name === '__Host-rv_session')).toBeUndefined();
    const refused = await fetch(`${e2e.product.apiUrl}/koordinator/konto`, { headers: { Cookie: `__Host-rv_session=${cookie!.value}` }, redirect: 'manual' });
    expect(refused.status).toBe(303);

    // 6. Signing in again with the passkey, keyboard only.
    await page.goto(`${e2e.product.publicUrl}/koordinator/logg-inn?neste=%2Fkoordinator%2Fkonto`);
    await page.locator('[data-passkey="sign-in"]').waitFor({ state: 'visible' });
    await tabTo('[data-passkey-start]');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/koordinator/konto');
    expect(await heading()).toBe('Kontoen din');
    expect(await page.locator('.passkey-dates').innerText()).not.toContain('Aldri');
    await expectAccessible('account page after a passkey sign-in');

    expect(problems).toEqual([]);
  }, 90_000);
});
