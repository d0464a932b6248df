import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { loadSessionMiddleware, type WorkspaceEnv } from '../auth/session.middleware.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { createEmailLinkRoutes } from './email-link.routes.js';
import { signInDepsOf } from './sign-in-deps.js';
import { KARI, latestToken, NATIONAL_LEAD, postForm, queuedLinks, redeem, requestLink, sessionCookieOf, signInByLink } from './testing.js';

let server: TestServer;
beforeEach(async () => void (server = await createTestServer()));
afterEach(() => server.close());

const get = (path: string, cookie?: string, headers: Record<string, string> = {}) => server.app.request(path, { headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers } });

describe('the sign-in page', () => {
  it('offers an email link and a passkey, under the workspace headers', async () => {
    const response = await get('/koordinator/logg-inn?neste=%2Fkoordinator%2Fsoknader%2F42');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<label for="email">E-postadressen din</label>');
    expect(html).toContain('Send meg en innloggingslenke');
    expect(html).toContain('Logg inn med passnøkkel');
    expect(html).toContain('name="neste" value="/koordinator/soknader/42"');
    expect(html).toContain('src="/koordinator/assets/passkeys.js"');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('forgets a next page on another site', async () => {
    const html = await (await get('/koordinator/logg-inn?neste=https%3A%2F%2Fevil.example%2F')).text();
    expect(html).toContain('name="neste" value="/koordinator"');
    expect(html).not.toContain('evil.example');
  });

  it('speaks Nynorsk and English when asked', async () => {
    expect(await (await get('/koordinator/logg-inn?lang=nn')).text()).toContain('Send meg ei innloggingslenkje');
    expect(await (await get('/koordinator/logg-inn', undefined, { 'Accept-Language': 'en-GB,en;q=0.8' })).text()).toContain('Email me a sign-in link');
  });

  it('serves the WebAuthn browser library and the passkey script from this server', async () => {
    const library = await get('/koordinator/assets/simplewebauthn-browser.js');
    expect(library.status).toBe(200);
    expect(library.headers.get('content-type')).toContain('text/javascript');
    expect(await library.text()).toContain('SimpleWebAuthnBrowser');
    expect(await (await get('/koordinator/assets/passkeys.js')).text()).toContain('/koordinator/passkey/innlogging/valg');
  });
});

describe('asking for a link', () => {
  it('gives the same answer for a coordinator and an unknown address, and mails only the coordinator', async () => {
    const known = await requestLink(server, KARI);
    const unknown = await requestLink(server, 'nobody@example.no');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const knownHtml = await known.text();
    expect(knownHtml).toContain('Hvis adressen tilhører en koordinator, er en innloggingslenke på vei.');
    expect(await unknown.text()).toBe(knownHtml);
    const links = await queuedLinks(server);
    expect(links.map((l) => l.to)).toEqual([[KARI]]);
    expect(links[0]!.url).toMatch(/^https:\/\/intake\.example\/koordinator\/logg-inn\/lenke\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('creates the account on first use: a coordinator, or the admin for the national contact', async () => {
    await requestLink(server, 'Kari.Koordinator@Eksempelby-Sanitet.example');
    await requestLink(server, NATIONAL_LEAD);
    await requestLink(server, 'nobody@example.no');
    const accounts = await server.ctx.db.selectFrom('accounts').select(['email', 'role', 'name']).orderBy('email').execute();
    expect(accounts).toEqual([
      { email: KARI, role: 'coordinator', name: 'Kari Koordinator' },
      { email: NATIONAL_LEAD, role: 'admin', name: 'Nasjonal kontaktperson' },
    ]);
  });

  it('stores only the SHA-256 of the token', async () => {
    await requestLink(server, KARI);
    const token = await latestToken(server, KARI);
    const rows = await server.ctx.db.selectFrom('sign_in_links').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('mails the link in the language of the page and delivers it through the outbox', async () => {
    await requestLink(server, KARI, { lang: 'en' });
    await server.ctx.worker.drainOnce();
    const mail = server.mailer.sent.at(-1)!;
    expect(mail.to).toEqual([KARI]);
    expect(mail.subject).toBe('Your sign-in link for Ressursvenn');
    expect(mail.text).toContain(`https://intake.example/koordinator/logg-inn/lenke?token=${await latestToken(server, KARI)}`);
    expect(mail.text).toContain('It works once, for 15 minutes.');
  });

  it('finding 13.8: answers before looking the address up: the same page at once, the lookup and the mail afterwards', async () => {
    // The routes with the work after the response held back, so the test sees what the answer waited for.
    const held: (() => Promise<void>)[] = [];
    const deps = {
      ...signInDepsOf({ db: server.ctx.db, config: server.config, logger: server.ctx.logger, now: () => server.clock.now, secretKey: server.ctx.secretKey, onQueued: () => {} }),
      afterResponse: (work: () => Promise<void>) => void held.push(work),
    };
    const app = new Hono<WorkspaceEnv>().use('*', loadSessionMiddleware(server.ctx.db, () => server.clock.now)).route('/koordinator', createEmailLinkRoutes(deps));
    const ask = (email: string) =>
      app.request('/koordinator/logg-inn', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
        body: new URLSearchParams({ email }),
      });

    const known = await ask(KARI);
    const unknown = await ask('nobody@example.no');
    expect(known.status).toBe(200);
    expect(await unknown.text()).toBe(await known.text());
    // Neither answer waited for the lookup: no account, link or mail exists yet, and both left the same work behind.
    expect(await server.ctx.db.selectFrom('accounts').select('id').execute()).toEqual([]);
    expect(await server.ctx.db.selectFrom('sign_in_links').select('token_hash').execute()).toEqual([]);
    expect(await queuedLinks(server)).toEqual([]);
    expect(held).toHaveLength(2);

    for (const work of held) await work();
    expect((await queuedLinks(server)).map((l) => l.to)).toEqual([[KARI]]);
  });

  it('points out an address that is not an address, and sends nothing', async () => {
    const response = await requestLink(server, 'kari at eksempelby');
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('href="#email"');
    expect(html).toContain('aria-invalid="true"');
    expect(await queuedLinks(server)).toEqual([]);
  });
});

describe('using a link', () => {
  it('shows a button on GET and uses the link only on POST', async () => {
    await requestLink(server, KARI, { neste: '/koordinator/soknader/42' });
    const token = await latestToken(server, KARI);
    for (let i = 0; i < 2; i++) {
      const page = await get(`/koordinator/logg-inn/lenke?token=${token}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`name="token" value="${token}"`);
      expect(html).toContain('method="post" action="/koordinator/logg-inn/lenke"');
      expect(sessionCookieOf(page)).toBeUndefined();
    }
    const response = await redeem(server, token);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/soknader/42');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE))!;
    expect(cookie).toMatch(/^__Host-rv_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
  });

  it('finding 13.13: sets a session cookie, which the browser forgets when it closes (no Max-Age, no Expires)', async () => {
    await requestLink(server, KARI);
    const response = await redeem(server, await latestToken(server, KARI));
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(SESSION_COOKIE))!;
    expect(cookie).toMatch(/^__Host-rv_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).not.toMatch(/max-age|expires/i);
  });

  it('works once', async () => {
    await requestLink(server, KARI);
    const token = await latestToken(server, KARI);
    expect((await redeem(server, token)).status).toBe(303);
    const again = await redeem(server, token);
    expect(again.status).toBe(400);
    expect(sessionCookieOf(again)).toBeUndefined();
    expect(await again.text()).toContain('Lenken virker ikke lenger');
    expect((await get(`/koordinator/logg-inn/lenke?token=${token}`)).status).toBe(400);
  });

  it('works for 15 minutes', async () => {
    await requestLink(server, KARI);
    const token = await latestToken(server, KARI);
    server.clock.advance(15 * 60_000 - 1000);
    expect((await get(`/koordinator/logg-inn/lenke?token=${token}`)).status).toBe(200);
    server.clock.advance(1000);
    expect((await get(`/koordinator/logg-inn/lenke?token=${token}`)).status).toBe(400);
    const late = await redeem(server, token);
    expect(late.status).toBe(400);
    expect(sessionCookieOf(late)).toBeUndefined();
  });

  it('retires the other links of the account once one is used', async () => {
    await requestLink(server, KARI);
    const first = await latestToken(server, KARI);
    // A second link is mailed once the first is more than five minutes old (second attack, finding 7).
    server.clock.advance(5 * 60_000);
    await requestLink(server, KARI);
    const second = await latestToken(server, KARI);
    expect(first).not.toBe(second);
    expect((await redeem(server, second)).status).toBe(303);
    expect((await redeem(server, first)).status).toBe(400);
  });

  it('refuses a made-up token', async () => {
    expect((await redeem(server, 'A'.repeat(43))).status).toBe(400);
    expect((await redeem(server, '')).status).toBe(400);
    expect((await get('/koordinator/logg-inn/lenke')).status).toBe(400);
  });

  it('leads only to a page of the workspace', async () => {
    const cases: [string, string][] = [
      ['/koordinator/soknader/7?fane=notater', '/koordinator/soknader/7?fane=notater'],
      ['https://evil.example/koordinator', '/koordinator'],
      ['//evil.example/koordinator', '/koordinator'],
      ['/\\evil.example', '/koordinator'],
      ['/api/v1/applications', '/koordinator'],
    ];
    for (const [asked, expected] of cases) {
      await requestLink(server, KARI, { neste: asked });
      const response = await redeem(server, await latestToken(server, KARI));
      expect(response.headers.get('location'), asked).toBe(expected);
    }
  });

  it('gives no session to someone taken off the coordinator lists after asking', async () => {
    await requestLink(server, KARI);
    const token = await latestToken(server, KARI);
    await server.ctx.db.updateTable('coordinators').set({ active: 0 }).where('email', '=', KARI).execute();
    const response = await redeem(server, token);
    expect(response.status).toBe(400);
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it('starts a session the account page recognises', async () => {
    const cookie = await signInByLink(server, KARI);
    const page = await get('/koordinator/konto', cookie);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(KARI);
    expect(html).toContain('Eksempelby sanitetsforening');
  });

  it('replaces the session the browser came with', async () => {
    const old = await signInByLink(server, KARI);
    await requestLink(server, KARI);
    const response = await redeem(server, await latestToken(server, KARI), { Cookie: old });
    expect(sessionCookieOf(response)).not.toBe(old);
    expect((await get('/koordinator/konto', old)).status).toBe(303);
  });
});

describe('signing out', () => {
  it('ends the session on the server and clears the cookie', async () => {
    const cookie = await signInByLink(server, KARI);
    expect(await server.ctx.db.selectFrom('sessions').select('token_hash').execute()).toHaveLength(1);
    const response = await postForm(server, '/koordinator/logg-ut', {}, { Cookie: cookie });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/logg-inn?utlogget=1&lang=nb');
    expect(response.headers.getSetCookie().join('\n')).toMatch(/__Host-rv_session=; Max-Age=0/);
    expect(await server.ctx.db.selectFrom('sessions').select('token_hash').execute()).toHaveLength(0);
    // The old cookie, replayed, is worth nothing.
    const after = await get('/koordinator/konto', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Fkonto');
    expect(await (await get('/koordinator/logg-inn?utlogget=1')).text()).toContain('Du er logget ut.');
  });
});

describe('requests from other sites', () => {
  it('refuses a cross-site POST with 403 and does nothing', async () => {
    const attempts: Record<string, string>[] = [{ 'Sec-Fetch-Site': 'cross-site' }, { 'Sec-Fetch-Site': 'same-site' }, { 'Sec-Fetch-Site': '', Origin: 'https://evil.example' }];
    for (const headers of attempts) {
      const response = await requestLink(server, KARI, {}, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await queuedLinks(server)).toEqual([]);
  });

  it('refuses a cross-site sign-out, so nobody can be signed out from another page', async () => {
    const cookie = await signInByLink(server, KARI);
    const response = await postForm(server, '/koordinator/logg-ut', {}, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    expect((await get('/koordinator/konto', cookie)).status).toBe(200);
  });

  it('refuses a cross-site link redemption, so nobody can be signed in to someone else’s account', async () => {
    await requestLink(server, KARI);
    const token = await latestToken(server, KARI);
    const response = await redeem(server, token, { 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    expect((await redeem(server, token)).status).toBe(303);
  });
});

describe('throttling', () => {
  it('mails at most 5 links per address and client per 15 minutes, and answers the same page all the same', async () => {
    const pages: string[] = [];
    // Each request after the link of the one before is used: no fresh unused link holds the next one back.
    for (let i = 0; i < 7; i++) {
      pages.push(await (await requestLink(server, KARI)).text());
      const links = await queuedLinks(server);
      if (links.length > 0) await redeem(server, links.at(-1)!.token);
    }
    expect(new Set(pages).size).toBe(1);
    expect(await queuedLinks(server)).toHaveLength(5);
    server.clock.advance(15 * 60_000);
    await requestLink(server, KARI);
    expect(await queuedLinks(server)).toHaveLength(6);
  });

  it('second attack 7: many clients asking for one address within minutes get her one mail per five minutes, and the page says the same', async () => {
    const throttled = await createTestServer({ TRUST_PROXY: 'true' });
    try {
      const pages = new Set<string>();
      for (let client = 1; client <= 8; client++) {
        for (let i = 0; i < 5; i++) pages.add(await (await requestLink(throttled, KARI, {}, { 'X-Forwarded-For': `203.0.113.${client}` })).text());
      }
      expect(pages.size).toBe(1);
      expect((await queuedLinks(throttled)).filter((l) => l.to.includes(KARI))).toHaveLength(1);
      // Her own request meanwhile mails nothing new, but the link she has works.
      await requestLink(throttled, KARI, {}, { 'X-Forwarded-For': '198.51.100.20' });
      const links = (await queuedLinks(throttled)).filter((l) => l.to.includes(KARI));
      expect(links).toHaveLength(1);
      // Five minutes on, one more; an hour of it is at most 12.
      throttled.clock.advance(5 * 60_000);
      await requestLink(throttled, KARI, {}, { 'X-Forwarded-For': '203.0.113.9' });
      expect((await queuedLinks(throttled)).filter((l) => l.to.includes(KARI))).toHaveLength(2);
      expect((await redeem(throttled, links[0]!.token, { 'X-Forwarded-For': '198.51.100.20' })).status).toBe(303);
    } finally {
      await throttled.close();
    }
  });

  it('counts every address asked for from one client, known or not', async () => {
    const throttled = await createTestServer({ TRUST_PROXY: 'true' });
    try {
      const from = (ip: string) => ({ 'X-Forwarded-For': ip });
      for (let i = 0; i < 10; i++) await requestLink(throttled, `stranger${i}@example.no`, {}, from('203.0.113.7'));
      const blocked = await requestLink(throttled, KARI, {}, from('203.0.113.7'));
      expect(blocked.status).toBe(200);
      expect(await blocked.text()).toContain('er en innloggingslenke på vei');
      expect(await queuedLinks(throttled)).toEqual([]);
      await requestLink(throttled, KARI, {}, from('198.51.100.20'));
      expect(await queuedLinks(throttled)).toHaveLength(1);
      // Only keyed hashes of the addresses are counted.
      const buckets = (await throttled.ctx.db.selectFrom('rate_limits').select('bucket').execute()).map((r) => r.bucket).join('\n');
      expect(buckets).not.toContain('203.0.113.7');
      expect(buckets).not.toContain('stranger');
    } finally {
      await throttled.close();
    }
  });

  it('finding 13.7: requests for her address from other clients do not stop her own requests from her own client', async () => {
    const throttled = await createTestServer({ TRUST_PROXY: 'true' });
    try {
      const from = (ip: string) => ({ 'X-Forwarded-For': ip });
      for (const stranger of ['203.0.113.7', '203.0.113.8']) for (let i = 0; i < 7; i++) await requestLink(throttled, KARI, {}, from(stranger));
      // What strangers asked for leaves her a fresh link (second attack, finding 7: one mail per five minutes).
      const before = (await queuedLinks(throttled)).length;
      expect(before).toBe(1);
      throttled.clock.advance(5 * 60_000);
      await requestLink(throttled, KARI, {}, from('198.51.100.20'));
      expect(await queuedLinks(throttled)).toHaveLength(before + 1);
      // Her own client still gets at most 5 links for her address in 15 minutes.
      for (let i = 0; i < 6; i++) {
        await redeem(throttled, (await queuedLinks(throttled)).at(-1)!.token, from('198.51.100.20'));
        await requestLink(throttled, KARI, {}, from('198.51.100.20'));
      }
      expect(await queuedLinks(throttled)).toHaveLength(before + 5);
    } finally {
      await throttled.close();
    }
  });

  it('limits link redemptions per client', async () => {
    for (let i = 0; i < 30; i++) await redeem(server, 'B'.repeat(43));
    const response = await redeem(server, 'B'.repeat(43));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('900');
  });
});
