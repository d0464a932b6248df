import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoSite } from './demo-site.js';
import type { DemoSite } from './demo-site.js';

const WIDGET_URL = 'http://127.0.0.1:4999/widget/ressursvenn.js?v=1&build=test';
const ESCAPED_WIDGET_URL = 'http://127.0.0.1:4999/widget/ressursvenn.js?v=1&amp;build=test';
const API_URL = 'http://127.0.0.1:4998/';
const INBOX_URL = 'http://127.0.0.1:4997';

let site: DemoSite;

beforeAll(async () => {
  site = await createDemoSite({ widgetUrl: WIDGET_URL, apiUrl: API_URL, inboxUrl: INBOX_URL });
});

afterAll(async () => {
  await site.close();
});

async function get(path: string) {
  const response = await fetch(`${site.url}${path}`);
  return { response, body: await response.text() };
}

describe('createDemoSite', () => {
  it('embeds the widget on the association page with exactly one script tag', async () => {
    const { response, body } = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);

    const scriptTags = body.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags).toEqual([`<script src="${ESCAPED_WIDGET_URL}" data-association="eksempelby" data-quick-exit async>`]);
    expect(body).toContain('<a href="http://127.0.0.1:4998/skjema/eksempelby">');
    expect(body).not.toContain('{{');
    expect(body).toContain('<html lang="nb">');
  });

  it('tells what the programme asks of a volunteer and how to reach the association', async () => {
    const { body } = await get('/');
    for (const fact of ['2–4 ganger i måneden i 9–12 måneder', 'omtrent 12 timer', 'taushets- og etikkerklæring']) {
      expect(body).toContain(fact);
    }
    expect(body).toContain('politiattest');
    expect(body).toContain('krisesenter');
    expect(body).toContain('post@eksempelby-sanitet.example');
  });

  it('links the demo bar to the embed builder and the mail inbox', async () => {
    const { body } = await get('/');
    expect(body).toContain('aria-label="Demo"');
    expect(body).toContain('href="/embed"');
    expect(body).toContain(`href="${INBOX_URL}"`);
  });

  it('serves the embed builder with the default snippet, the preview settings and the CSP note', async () => {
    const { response, body } = await get('/embed');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toContain(
      `&lt;script src=&quot;${ESCAPED_WIDGET_URL.replace(/&/g, '&amp;')}&quot; data-association=&quot;eksempelby&quot; data-quick-exit async&gt;&lt;/script&gt;`,
    );
    expect(body).toContain('&lt;noscript&gt;&lt;a href=&quot;http://127.0.0.1:4998/skjema/eksempelby&quot;&gt;');
    expect(body).toContain('href="http://127.0.0.1:4998/skjema/eksempelby"');
    expect(body).toContain(`data-api-url="http://127.0.0.1:4998"`);
    expect(body).toContain('script-src http://127.0.0.1:4999');
    expect(body).toContain('connect-src http://127.0.0.1:4998');
    expect(body).toMatch(/<script src="\/assets\/embed-builder\.js" defer><\/script>/);
    expect(body.match(/<script\b/g)).toHaveLength(1);
  });

  it('names the default snippet\'s link as the widget does: «Søk om å bli ressursvenn»', async () => {
    const { body } = await get('/embed');
    expect(body).toContain('&gt;Søk om å bli ressursvenn&lt;/a&gt;');
    expect(body).not.toContain('Meld deg');
  });

  it('gives the builder the associations to offer by name, asked for at each visit and escaped', async () => {
    const list = [{ slug: 'narvik', name: 'Narvik sanitetsforening' }];
    const withList = await createDemoSite({ widgetUrl: WIDGET_URL, apiUrl: API_URL, inboxUrl: '', listAssociations: async () => list });
    try {
      const first = await (await fetch(`${withList.url}/embed`)).text();
      expect(first).toContain('data-associations="[{&quot;slug&quot;:&quot;narvik&quot;,&quot;name&quot;:&quot;Narvik sanitetsforening&quot;}]"');
      list.push({ slug: 'tromso', name: 'Tromsø "sanitet" <forening>' });
      const second = await (await fetch(`${withList.url}/embed`)).text();
      expect(second).toContain('&quot;name&quot;:&quot;Tromsø \\&quot;sanitet\\&quot; &lt;forening&gt;&quot;');
    } finally {
      await withList.close();
    }
    expect((await get('/embed')).body).toContain('data-associations="[]"');
  });

  it('serves the assets with their content types', async () => {
    const expected: Record<string, RegExp> = {
      '/assets/site.css': /^text\/css/,
      '/assets/embed-builder.js': /^text\/javascript/,
      '/assets/logo.svg': /^image\/svg\+xml/,
    };
    for (const [path, type] of Object.entries(expected)) {
      const { response, body } = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(type);
      expect(body.length, path).toBeGreaterThan(100);
    }
    expect((await get('/assets/nope.js')).response.status).toBe(404);
  });

  it('allows the widget and API origins, and nothing inline, in its Content-Security-Policy', async () => {
    const { response } = await get('/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self' http://127.0.0.1:4999");
    expect(policy).toContain('connect-src http://127.0.0.1:4998');
    expect(policy).toContain('frame-src http://127.0.0.1:4998');
    expect(policy).not.toContain('unsafe-inline');
  });

  it('leaves the inbox links out when there is no demo inbox', async () => {
    const withoutInbox = await createDemoSite({ widgetUrl: WIDGET_URL, apiUrl: API_URL, inboxUrl: '' });
    try {
      for (const path of ['/', '/embed']) {
        const body = await (await fetch(`${withoutInbox.url}${path}`)).text();
        expect(body, path).not.toContain('innboks');
        expect(body, path).not.toContain('{{');
        expect(body, path).toContain('aria-label="Demo"');
      }
    } finally {
      await withoutInbox.close();
    }
  });

  it('refuses to start with a relative widget URL', async () => {
    await expect(
      createDemoSite({ widgetUrl: '/widget.js', apiUrl: API_URL, inboxUrl: INBOX_URL }),
    ).rejects.toThrow();
  });
});
