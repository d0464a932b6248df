/** An address under /koordinator that no page answers: the workspace's own 404 page, or sign-in; never JSON. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support.js';
import { cookieFor, get } from './kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const UNKNOWN = ['/koordinator/finnes-ikke', '/koordinator/soknader', '/koordinator/innboks/gammel-lenke?side=2'];

describe('an address no workspace page answers', () => {
  it.each(UNKNOWN)('%s: a coordinator gets the workspace’s 404 page in its layout, in her language', async (path) => {
    const res = await get(s, path, await cookieFor(s, 'eksempelby'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<h1>Fant ikke siden</h1>');
    expect(html).toContain('href="/koordinator"');
    // The workspace's headers still apply: the page may not be framed or cached.
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('someone not signed in is sent to sign-in and brought back, as on every workspace page', async () => {
    const res = await s.app.request('/koordinator/finnes-ikke');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/koordinator\/logg-inn\?neste=%2Fkoordinator%2Ffinnes-ikke/);
  });

  it('the API keeps its JSON 404', async () => {
    const res = await s.app.request('/api/v1/finnes-ikke');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
