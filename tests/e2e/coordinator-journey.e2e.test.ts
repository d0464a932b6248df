import { describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { useProductInChromium } from '../support/product-in-chromium.js';
import { waitForMail as waitForInboxMail, type InboxMail } from '../support/inbox-mail.js';

// Issue 5's acceptance as one journey: an application arrives, the coordinator's notice is in the local inbox, its
// link leads to sign-in by email link and then straight to the application, where she records the first contact.
const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const e2e = useProductInChromium('rv-e2e-journey-', {}, { publicHost: 'localhost' });

const waitForMail = (match: (m: InboxMail) => boolean) => waitForInboxMail(e2e.product.inboxUrl, match);

describe('a coordinator following up a new applicant', () => {
  it('goes from the notice in her mailbox, through sign-in by email link, to the application, and records contact', async () => {
    const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
      method: 'POST',
      // As the widget on the demo page sends it: the demo lists its page among Eksempelby's origins.
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
      body: JSON.stringify(validApplication({ firstName: 'Solveig', email: 'solveig@example.no', elapsedMs: 60_000 })),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as ApplicationAccepted;

    const notice = await waitForMail((m) => m.to.includes(KARI) && m.subject.includes(reference));
    const applicationLink = /https?:\/\/\S+\/koordinator\/soknader\/[0-9a-f-]{36}/.exec(notice.text)?.[0];
    expect(applicationLink).toBeDefined();
    expect(notice.text).not.toContain('solveig@example.no');

    const page = await (await e2e.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'nb-NO' })).newPage();
    // Not signed in: the link leads to sign-in, which remembers where she was going.
    await page.goto(applicationLink!);
    await page.waitForURL('**/koordinator/logg-inn?neste=*');
    await page.locator('#email').fill(KARI);
    await page.locator('#email').press('Enter');
    await page.waitForURL('**/koordinator/logg-inn');

    const signIn = await waitForMail((m) => m.to.includes(KARI) && m.subject === 'Innloggingslenken din til Ressursvenn');
    const signInLink = /https?:\/\/\S+\/koordinator\/logg-inn\/lenke\?token=[\w-]+/.exec(signIn.text)?.[0];
    await page.goto(signInLink!);
    await page.locator('main button[type="submit"]').click();
    await page.waitForURL(applicationLink!);
    expect(await page.locator('h1').innerText()).toBe('Solveig Nordmann');
    expect(await page.locator('main').innerText()).toContain('solveig@example.no');

    await page.locator('#status-contacted').check();
    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.waitForURL('**?lagret=changes');
    expect(await page.locator('.subtitle .status').innerText()).toBe('Kontaktet');
  }, 60_000);

  it('finds the note she typed again when her session ended before she saved it, back on the application', async () => {
    const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
      body: JSON.stringify(validApplication({ firstName: 'Randi', email: 'randi@example.no', elapsedMs: 60_000 })),
    });
    const { reference } = (await res.json()) as ApplicationAccepted;
    const notice = await waitForMail((m) => m.to.includes(KARI) && m.subject.includes(reference));
    const applicationLink = /https?:\/\/\S+\/koordinator\/soknader\/[0-9a-f-]{36}/.exec(notice.text)![0];
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'nb-NO' });
    const page = await context.newPage();
    const LINK = /https?:\/\/\S+\/koordinator\/logg-inn\/lenke\?token=[\w-]+/;
    const linksToKari = async () =>
      ((await (await fetch(`${e2e.product.inboxUrl}/api/messages`)).json()) as InboxMail[]).filter((m) => m.to.includes(KARI)).flatMap((m) => LINK.exec(m.text)?.[0] ?? []);
    // Links sent to her before this point are not hers to use here.
    const used = new Set(await linksToKari());
    /** Asks for a sign-in link on the sign-in page the tab is on, and follows the new one. */
    const signInByLink = async () => {
      await page.locator('#email').fill(KARI);
      await page.locator('#email').press('Enter');
      await page.waitForURL('**/koordinator/logg-inn');
      let link: string | undefined;
      await expect.poll(async () => (link = (await linksToKari()).find((l) => !used.has(l)))).toBeDefined();
      used.add(link!);
      await page.goto(link!);
      await page.locator('main button[type="submit"]').click();
    };
    await page.goto(applicationLink);
    await page.waitForURL('**/koordinator/logg-inn?neste=*');
    await signInByLink();
    await page.waitForURL(applicationLink);

    const note = 'Ringte henne, hun ber om å bli ringt i morgen etter klokka fire.';
    await page.locator('#note').fill(note);
    // «Logg ut» in another tab ends the session; this tab does not know.
    const other = await context.newPage();
    await other.goto(`${e2e.product.publicUrl}/koordinator`);
    await other.locator('.header-sign-out button').click();
    await other.waitForURL('**/koordinator/logg-inn?utlogget=1*');
    await other.close();

    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.waitForURL('**/koordinator/logg-inn?neste=*&ikke-lagret=1');
    expect(await page.locator('main .notice').innerText()).toContain('det du sendte sist, ble ikke lagret');
    await signInByLink();
    await page.waitForURL(applicationLink);
    expect(await page.locator('#note').inputValue()).toBe(note);

    await page.locator('form[action*="/lagre"] button[type="submit"]').click();
    await page.waitForURL('**?lagret=changes');
    expect(await page.locator('.note__body').first().innerText()).toBe(note);
    expect(await page.locator('#note').inputValue()).toBe('');
    await page.goto(applicationLink);
    expect(await page.locator('#note').inputValue(), 'a saved note is not offered again').toBe('');
    await context.close();
  }, 90_000);
});
