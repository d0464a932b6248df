import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssociationListEntry, AssociationLookup } from '../../contract/index.js';
import { addAssociation } from '../associations/testing.js';
import { createTestServer, type TestServer } from '../test-support.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

const get = (slug: string) => s.app.request(`/api/v1/associations/${slug}`, { headers: { Origin: 'https://www.example.no' } });

describe('GET /api/v1/associations/:slug', () => {
  beforeEach(async () => {
    s = await createTestServer();
  });

  it('tells the widget the name and default language of the association a page names', async () => {
    const res = await get('eksempelby');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect((await res.json()) as AssociationLookup).toEqual({
      slug: 'eksempelby',
      name: 'Eksempelby sanitetsforening',
      defaultLanguage: 'nb',
      proofOfWork: false,
      email: 'post@eksempelby-sanitet.example',
      phone: '400 00 000',
    });
    expect(((await (await get('fjordheim')).json()) as AssociationLookup).defaultLanguage).toBe('nn');
  });

  it('answers 404 alike for an unknown slug, an inactive association and nonsense', async () => {
    await addAssociation(s.ctx.db, { slug: 'nedlagt', active: false });
    for (const slug of ['ukjent', 'nedlagt', 'Eksempelby', '..%2Fetc', 'a'.repeat(80)]) {
      const res = await get(slug);
      expect(res.status, slug).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  it("reveals nothing but the public facts: the association's own contact address (no phone when it has none), no coordinators or settings", async () => {
    const text = await (await get('narvik')).text();
    expect(text).not.toContain('koordinator@');
    expect(JSON.parse(text)).toMatchObject({ email: 'post@narvik-sanitet.example' });
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['defaultLanguage', 'email', 'name', 'proofOfWork', 'slug']);
  });
});

describe('GET /api/v1/associations/:slug with a proof of work', () => {
  beforeEach(async () => {
    s = await createTestServer({ ALTCHA_SECRET: 'a-test-secret-that-is-long-enough-0123456789' });
  });

  it('says that the server asks for a proof of work, so the widget fetches the solver only then', async () => {
    expect(((await (await get('narvik')).json()) as AssociationLookup).proofOfWork).toBe(true);
  });
});

describe('GET /api/v1/associations', () => {
  beforeEach(async () => {
    s = await createTestServer();
  });

  it('lists the active associations by name with their slugs, and nothing else about them', async () => {
    await addAssociation(s.ctx.db, { slug: 'nedlagt', name: 'Nedlagt sanitetsforening', active: false });
    const res = await s.app.request('/api/v1/associations', { headers: { Origin: 'https://www.example.no' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const list = (await res.json()) as AssociationListEntry[];
    expect(list.map((a) => a.slug)).toContain('eksempelby');
    expect(list.map((a) => a.slug)).not.toContain('nedlagt');
    expect(list.find((a) => a.slug === 'narvik')).toEqual({ slug: 'narvik', name: 'Narvik sanitetsforening' });
    const names = list.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(list.every((a) => Object.keys(a).sort().join() === 'name,slug')).toBe(true);
  });
});
