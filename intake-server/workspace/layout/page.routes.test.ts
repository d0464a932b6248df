/** The workspace's frame: every page a signed-in person sees can sign her out, in the header. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { cookieFor, get, post } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const HEADER_SIGN_OUT = /<header class="site-header">[\s\S]*<form method="post" action="\/koordinator\/logg-ut" class="header-sign-out"><button type="submit" class="link-button">Logg ut<\/button><\/form>[\s\S]*<\/header>/;

describe('signing out from the header', () => {
  it('is on every page of the workspace, not only the account page', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    for (const path of ['/koordinator', '/koordinator/tall', '/koordinator/konto', '/koordinator/finnes-ikke']) {
      expect(await (await get(s, path, cookie)).text(), path).toMatch(HEADER_SIGN_OUT);
    }
    expect(await (await get(s, '/koordinator?lang=en', cookie)).text()).toContain('<button type="submit" class="link-button">Sign out</button>');
  });

  it('ends the session: the next page asks her to sign in', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    expect((await post(s, '/koordinator/logg-ut', cookie, {})).status).toBe(303);
    const after = await get(s, '/koordinator', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toContain('/koordinator/logg-inn');
  });

  it('is not shown to someone not signed in', async () => {
    expect(await (await s.app.request('/koordinator/logg-inn')).text()).not.toContain('header-sign-out');
  });
});

describe('the workspace icon', () => {
  it('is named by every page and served from the workspace assets, so browsers do not ask /favicon.ico and get a 404', async () => {
    const html = await (await s.app.request('/koordinator/logg-inn')).text();
    expect(html).toContain('<link rel="icon" href="/koordinator/assets/favicon.svg" type="image/svg+xml"/>');
    const icon = await s.app.request('/koordinator/assets/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});
