import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../intake-server/test-support.js';

// Every other public endpoint under arbitrary input: never a 5xx, never an error body with internals, no pollution.
let s: TestServer;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

const noInternals = (text: string) => expect(text).not.toMatch(/SQLITE|sqlite|at [\w.]+ \(|node_modules|TypeError|ReferenceError/);

describe('public endpoints under hostile input', () => {
  it('GET /api/v1/postal-codes/:code answers 200 or 4xx for any path segment', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (code) => {
        const res = await s.app.request(`/api/v1/postal-codes/${encodeURIComponent(code)}`);
        expect(res.status).toBeLessThan(500);
        noInternals(await res.text());
      }),
      { numRuns: 150 },
    );
  });

  it('GET /api/v1/associations/:slug answers 200 or 4xx for any slug', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (slug) => {
        const res = await s.app.request(`/api/v1/associations/${encodeURIComponent(slug)}`);
        expect(res.status).toBeLessThan(500);
        noInternals(await res.text());
      }),
      { numRuns: 150 },
    );
  });

  it('POST /api/v1/events takes any body without a 5xx and counts only known associations and events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.string({ unit: 'binary', maxLength: 300 })), fc.constantFrom('application/json', 'text/plain', 'application/xml'), async (body, type) => {
        const res = await s.app.request('/api/v1/events', { method: 'POST', headers: { 'Content-Type': type }, body });
        expect(res.status).toBeLessThan(500);
        noInternals(await res.text());
      }),
      { numRuns: 200 },
    );
    const slugs = await s.ctx.db.selectFrom('widget_counts').select('association_slug').distinct().execute();
    const known = new Set((await s.ctx.db.selectFrom('associations').select('slug').execute()).map((r) => r.slug));
    for (const r of slugs) expect(known.has(r.association_slug)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the hosted page and the frame answer 200 or 404 for any slug, never with an unescaped slug', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), fc.boolean(), fc.constantFrom('', '/ramme'), async (text, withTag, suffix) => {
        // A tag no page of ours has: if it shows up, the slug was written into the page unescaped.
        const slug = withTag ? `${text}<x-probe>` : text;
        const res = await s.app.request(`/skjema/${encodeURIComponent(slug)}${suffix}`);
        expect(res.status).toBeLessThan(500);
        expect(await res.text()).not.toContain('<x-probe');
      }),
      { numRuns: 120 },
    );
  });

  it('widget files: only files that exist, no path traversal', async () => {
    // The widget's files are served at the root under their own names (/widget.js, /signup-….js).
    for (const path of ['/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json', '/package.json', '/.env', '/widget.js%00.json', '/widget/../../package.json']) {
      const res = await s.app.request(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(await res.text()).not.toContain('"devDependencies"');
    }
  });
});
