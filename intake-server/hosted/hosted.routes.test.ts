import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssociation } from '../associations/testing.js';
import { createTestServer, type TestServer } from '../test-support.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const get = (path: string) => s.app.request(path);

/** The directives of a Content-Security-Policy header, by name. */
function csp(res: Response): Record<string, string> {
  const header = res.headers.get('Content-Security-Policy') ?? '';
  return Object.fromEntries(header.split(';').map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));
}

describe('GET /skjema/:slug, the hosted page', () => {
  it('is a plain page with the form, in the association’s language, under a strict CSP and never cached', async () => {
    const res = await get('/skjema/eksempelby');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html; charset=utf-8/i);
    const body = await res.text();
    expect(body.startsWith('<!doctype html>')).toBe(true);
    expect(body).toContain('<html lang="nb">');
    expect(body).toContain('<title>Søk om å bli ressursvenn – Eksempelby sanitetsforening</title>');
    expect(body).toContain('<h1>Eksempelby sanitetsforening</h1>');
    expect(body.match(/<script\b[^>]*>/g)).toEqual(['<script src="/widget.js" data-association="eksempelby" data-quick-exit async>', '<script src="/skjema/hosted.js" async>']);
    expect(body.indexOf('<script'), 'the form stands in <main>, where the script is').toBeGreaterThan(body.indexOf('<main'));
    expect(body).toContain('id="skjema-uten-skript"');
    expect(body).toContain('mailto:post@eksempelby-sanitet.example');
    expect(body, 'no inline script').not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    expect(body, 'no inline style').not.toMatch(/\sstyle=|<style/);
    const policy = csp(res);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['style-src']).toBe("'self'");
    expect(policy['connect-src']).toBe("'self'");
    expect(policy['default-src']).toBe("'none'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('speaks Nynorsk for an association whose language it is, and English when the link asks for it', async () => {
    expect(await (await get('/skjema/fjordheim')).text()).toContain('<html lang="nn">');
    const english = await (await get('/skjema/eksempelby?lang=en')).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Apply to become a Ressursvenn volunteer');
    expect(await (await get('/skjema/eksempelby?lang=de')).text()).toContain('<html lang="nb">');
  });

  it('escapes what comes from the register', async () => {
    await addAssociation(s.ctx.db, { slug: 'merke', name: 'Merke <script>alert(1)</script> & co' });
    const body = await (await get('/skjema/merke')).text();
    expect(body).toContain('Merke &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  it('answers 404 with a plain page for unknown or inactive associations', async () => {
    await addAssociation(s.ctx.db, { slug: 'nedlagt', active: false });
    for (const path of ['/skjema/ukjent', '/skjema/nedlagt', '/skjema/Eksempelby', '/skjema/ukjent/ramme']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('Fant ikke skjemaet');
      expect(csp(res)['script-src']).toBe("'self'");
    }
  });

  it('serves its stylesheet and icon, cacheable', async () => {
    const res = await get('/skjema/hosted.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600');
    expect(await res.text()).toContain('body.frame');
    const icon = await get('/skjema/icon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('Content-Type')).toBe('image/svg+xml');
  });
});

describe('GET /skjema/:slug/ramme, the isolated-mode frame', () => {
  it('holds only the form, connected to its parent', async () => {
    await addAssociation(s.ctx.db, { slug: 'liste', allowedOrigins: ['https://www.liste-sanitet.no'] });
    const res = await get('/skjema/liste/ramme?lang=en&quick-exit=1');
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<body class="frame">');
    expect(body, 'the same title as the widget gives its iframe (contract/form-title.ts)').toContain('<title>Ressursvenn volunteer application form</title>');
    expect(body.match(/<script\b[^>]*>/g)).toEqual(['<script src="/widget.js" data-association="liste" data-frame data-quick-exit async>']);
    expect(body.indexOf('<script')).toBeGreaterThan(body.indexOf('<body'));
    const policy = csp(res);
    expect(policy['frame-ancestors']).toBe('https://www.liste-sanitet.no');
    expect(policy['script-src']).toBe("'self'");
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('may be framed only by the association’s own sites when it lists them (its origin check is skipped here)', async () => {
    await addAssociation(s.ctx.db, { slug: 'strikt', allowedOrigins: ['https://www.strikt-sanitet.no', 'https://strikt.example'] });
    const res = await get('/skjema/strikt/ramme');
    expect(csp(res)['frame-ancestors']).toBe('https://www.strikt-sanitet.no https://strikt.example');
    expect(await res.text()).not.toContain('data-quick-exit');
  });

  it('finding 13.12: may be framed by nobody when the association lists no origins, and says so to the widget beforehand', async () => {
    await addAssociation(s.ctx.db, { slug: 'strikt', allowedOrigins: ['https://www.strikt-sanitet.no'] });
    const res = await get('/skjema/eksempelby/ramme');
    expect(res.status).toBe(200);
    expect(csp(res)['frame-ancestors']).toBe("'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    // The hosted page, the link the widget shows instead, still works.
    const hosted = await get('/skjema/eksempelby');
    expect(hosted.status).toBe(200);
    expect(await hosted.text()).toContain('data-association="eksempelby"');

    const access = async (slug: string, origin?: string) => {
      const answer = await s.app.request(`/skjema/${slug}/ramme/tilgang`, { headers: origin ? { Origin: origin } : {} });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Access-Control-Allow-Origin')).toBe('*');
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      return ((await answer.json()) as { allowed: boolean }).allowed;
    };
    expect(await access('eksempelby', 'https://www.eksempelby-sanitet.example')).toBe(false);
    expect(await access('eksempelby')).toBe(false);
    expect(await access('strikt', 'https://www.strikt-sanitet.no')).toBe(true);
    expect(await access('strikt', 'https://evil.example')).toBe(false);
    expect(await access('strikt')).toBe(false);
    expect(await access('finnes-ikke', 'https://www.strikt-sanitet.no')).toBe(false);
  });
});
