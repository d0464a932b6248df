import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { cookieFor, submit } from '../kit/page-testing.js';
import { KARI, latestToken, requestLink } from './testing.js';

let server: TestServer;
beforeEach(async () => void (server = await createTestServer()));
afterEach(() => server.close());

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await server.app.request(path, { headers });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
};
const langOf = (html: string) => /<html lang="([a-z]+)"/.exec(html)?.[1];

describe('the sign-in page after a notice link', () => {
  it('says "sign in to see the application" when the page after sign-in is an application', async () => {
    const id = await submit(server);
    const bounced = await page(`/koordinator/soknader/${id}`);
    expect(bounced.status).toBe(303);
    const { html } = await page(bounced.location!);
    expect(html).toContain('<title>Logg inn for å se søknaden');
    expect(html).toContain('<h1>Logg inn for å se søknaden</h1>');
    expect(html).toContain('Du kom hit fra en lenke til en søknad. Når du har logget inn, kommer du rett til den.');
    expect(html).toContain(`name="neste" value="/koordinator/soknader/${id}"`);

    const nn = (await page(`${bounced.location}&lang=nn`)).html;
    expect(nn).toContain('<h1>Logg inn for å sjå søknaden</h1>');
    expect(nn).toContain('Når du har logga inn, kjem du rett til han.');
    const en = (await page(`${bounced.location}&lang=en`)).html;
    expect(en).toContain('<h1>Sign in to see the application</h1>');
    expect(en).toContain('You followed a link to an application.');
  });

  it('keeps the plain title for any other page, and after an error', async () => {
    for (const next of ['/koordinator', '/koordinator/tall', '/koordinator/soknader']) {
      const { html } = await page(`/koordinator/logg-inn?neste=${encodeURIComponent(next)}`);
      expect(html).toContain('<h1>Logg inn</h1>');
      expect(html).not.toContain('se søknaden');
    }
  });
});

describe('the language of pages before and after sign-in', () => {
  it('before sign-in: the address’s lang, then the lang of the page she was going to, then the browser’s', async () => {
    const english = { 'Accept-Language': 'en-GB,en;q=0.9' };
    expect(langOf((await page('/koordinator/logg-inn', english)).html)).toBe('en');
    expect(langOf((await page(`/koordinator/logg-inn?neste=${encodeURIComponent('/koordinator?lang=nn')}`, english)).html)).toBe('nn');
    expect(langOf((await page(`/koordinator/logg-inn?lang=nb&neste=${encodeURIComponent('/koordinator?lang=nn')}`, english)).html)).toBe('nb');
    // A workspace page opened without a session sends her to sign-in with the page's own lang kept in `neste`.
    const bounced = await page('/koordinator/tall?lang=nn', english);
    expect(langOf((await page(bounced.location!, english)).html)).toBe('nn');
  });

  it('the sign-in link’s page speaks the account’s language before the browser’s', async () => {
    await requestLink(server, KARI, { lang: 'en' });
    await server.ctx.db.updateTable('accounts').set({ language: 'nn' }).where('email', '=', KARI).execute();
    const token = await latestToken(server, KARI);
    const english = { 'Accept-Language': 'en' };
    expect(langOf((await page(`/koordinator/logg-inn/lenke?token=${token}`, english)).html)).toBe('nn');
    expect(langOf((await page(`/koordinator/logg-inn/lenke?token=${token}&lang=en`, english)).html)).toBe('en');
    // A dead link names nobody: the browser's language.
    expect(langOf((await page(`/koordinator/logg-inn/lenke?token=${'x'.repeat(43)}`, english)).html)).toBe('en');
  });

  it('signed in: the account’s language before the browser’s, and ?lang before both', async () => {
    const cookie = await cookieFor(server, 'eksempelby');
    await server.ctx.db.updateTable('accounts').set({ language: 'nn' }).where('email', '=', KARI).execute();
    const headers = { Cookie: cookie, 'Accept-Language': 'en' };
    expect(langOf((await page('/koordinator', headers)).html)).toBe('nn');
    expect(langOf((await page('/koordinator?lang=en', headers)).html)).toBe('en');
  });

  it('the page that brings back a link opened from a mail keeps an explicit lang', async () => {
    const crossSite = { 'Sec-Fetch-Site': 'cross-site', 'Accept-Language': 'nb' };
    expect(langOf((await page('/koordinator/tall?lang=en', crossSite)).html)).toBe('en');
    expect(langOf((await page('/koordinator/tall', crossSite)).html)).toBe('nb');
  });
});
