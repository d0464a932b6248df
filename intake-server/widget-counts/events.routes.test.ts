import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../contract/index.js';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';
import { loadFigures } from '../workspace/figures/figures.loader.js';
import { listWidgetCounts } from './widget-counts.repository.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

/** A page of an association that lists no allowed origins: any web page may count for it. */
const PAGE = 'https://www.eksempelby-sanitet.example';

function post(body: unknown, headers: Record<string, string> = {}) {
  return s.app.request('/api/v1/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: PAGE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const counts = () => s.ctx.db.selectFrom('widget_counts').selectAll().orderBy('association_slug').orderBy('event').execute();

describe('POST /api/v1/events', () => {
  it('counts views and starts per association and Norwegian day, answering 204 without cookies', async () => {
    s = await createTestServer();
    // `submit` (older widgets send it) is answered alike and counted nowhere.
    for (const event of ['view', 'view', 'start', 'submit']) {
      const res = await post({ association: 'eksempelby', event });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    // 23:30 UTC on Friday is Saturday in Norway.
    s.clock.now = new Date('2026-11-27T23:30:00Z');
    expect((await post({ association: 'Narvik', event: 'view' })).status).toBe(204);
    expect(await counts()).toEqual([
      { day: '2026-11-27', association_slug: 'eksempelby', event: 'start', count: 1 },
      { day: '2026-11-27', association_slug: 'eksempelby', event: 'view', count: 2 },
      { day: '2026-11-28', association_slug: 'narvik', event: 'view', count: 1 },
    ]);
  });

  it('takes text/plain as navigator.sendBeacon sends it, and lets any page send it (CORS)', async () => {
    s = await createTestServer();
    const res = await post({ association: 'eksempelby', event: 'view' }, { 'Content-Type': 'text/plain;charset=UTF-8', Origin: 'https://www.example.no' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await counts()).toHaveLength(1);
  });

  it('answers an unknown or inactive association like any other, and counts it nowhere', async () => {
    s = await createTestServer();
    await s.ctx.db.updateTable('associations').set({ active: 0 }).where('slug', '=', 'narvik').execute();
    expect((await post({ association: 'finnes-ikke', event: 'view' })).status).toBe(204);
    expect((await post({ association: 'narvik', event: 'view' })).status).toBe(204);
    expect(await counts()).toEqual([]);
  });

  it('refuses malformed reports with the codes of the contract', async () => {
    s = await createTestServer();
    const code = async (res: Response) => [res.status, ((await res.json()) as ErrorBody).error.code];
    expect(await code(await post('{"association":'))).toEqual([400, 'invalid_json']);
    expect(await code(await post('[1,2]'))).toEqual([400, 'invalid_request']);
    expect(await code(await post('"view"'))).toEqual([400, 'invalid_request']);
    expect(await code(await post({ association: 'eksempelby', event: 'click' }))).toEqual([422, 'validation_failed']);
    expect(await code(await post({ association: 'eksempelby' }))).toEqual([422, 'validation_failed']);
    expect(await code(await post({ association: '../etc', event: 'view' }))).toEqual([422, 'validation_failed']);
    expect(await code(await post({ association: 'a'.repeat(65), event: 'view' }))).toEqual([422, 'validation_failed']);
    expect(await code(await post({ association: 'eksempelby', event: 'view' }, { 'Content-Type': 'application/x-www-form-urlencoded' }))).toEqual([415, 'unsupported_media_type']);
    expect(await code(await post({ association: 'eksempelby', event: 'view', padding: 'x'.repeat(1100) }))).toEqual([413, 'payload_too_large']);
    expect(await counts()).toEqual([]);
  });

  it('limits the events per client address, with Retry-After', async () => {
    s = await createTestServer({ RATE_LIMIT_EVENTS_PER_IP: '3', TRUST_PROXY: 'true' });
    const from = (ip: string) => ({ 'X-Forwarded-For': ip });
    for (let i = 0; i < 3; i++) expect((await post({ association: 'eksempelby', event: 'view' }, from('192.0.2.1'))).status).toBe(204);
    const refused = await post({ association: 'eksempelby', event: 'view' }, from('192.0.2.1'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorBody).error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected; the counts hold only what was let through.
    expect((await post({ association: 'eksempelby', event: 'view' }, from('192.0.2.2'))).status).toBe(204);
    expect(await counts()).toEqual([{ day: '2026-11-27', association_slug: 'eksempelby', event: 'view', count: 4 }]);
  });

  it('finding 13.2: limits the events of an IPv6 /64 together', async () => {
    s = await createTestServer({ RATE_LIMIT_EVENTS_PER_IP: '2', TRUST_PROXY: 'true' });
    const from = (ip: string) => post({ association: 'eksempelby', event: 'view' }, { 'X-Forwarded-For': ip });
    expect((await from('2001:db8:5:6::1')).status).toBe(204);
    expect((await from('2001:db8:5:6:1:2:3:4')).status).toBe(204);
    expect((await from('2001:db8:5:6::abcd')).status).toBe(429);
    expect((await from('2001:db8:5:7::1')).status).toBe(204);
  });

  it('finding 13.11: forged submit events count nothing; the figures count submissions from the applications stored', async () => {
    s = await createTestServer();
    // Five forged submissions, as text/plain from any origin.
    for (let i = 0; i < 5; i++) {
      const res = await post({ association: 'eksempelby', event: 'submit' }, { 'Content-Type': 'text/plain', Origin: 'https://forger.example' });
      expect(res.status).toBeLessThan(500);
    }
    await post({ association: 'eksempelby', event: 'view' });
    // Two applications from Eksempelby's page, one held back by screening, one from Narvik's page.
    for (const email of ['a@example.no', 'b@example.no']) expect((await postApplication(s, validApplication({ email }))).status).toBe(201);
    await postApplication(s, validApplication({ email: 'bot@example.no', website: 'http://spam.example' }));
    await postApplication(s, validApplication({ email: 'n@example.no', association: 'narvik', postalCode: '8514' }));
    // 23:30 UTC is the next day in Norway, and so is the submission counted.
    s.clock.now = new Date('2026-11-27T23:30:00Z');
    await postApplication(s, validApplication({ email: 'c@example.no' }));
    const counts = await listWidgetCounts(s.ctx.db, ['eksempelby'], '2026-11-01');
    const submits = counts.filter((c) => c.event === 'submit').sort((a, b) => a.day.localeCompare(b.day));
    expect(submits).toEqual([
      { day: '2026-11-27', slug: 'eksempelby', event: 'submit', count: 2 },
      { day: '2026-11-28', slug: 'eksempelby', event: 'submit', count: 1 },
    ]);
    const figures = await loadFigures(s.ctx.db, { kind: 'one', name: null, associationIds: [], slugs: ['eksempelby'], selected: 'eksempelby', choices: [] }, s.clock.now);
    expect(figures.weeks.at(-1)).toMatchObject({ views: 1, submits: 3 });
    const national = await listWidgetCounts(s.ctx.db, null, '2026-11-01');
    expect(national.filter((c) => c.event === 'submit').reduce((n, c) => n + c.count, 0)).toBe(4);
  });

  it('finding 13.11: views and starts count only from the association’s allowed origins when it lists any, and from a web page otherwise', async () => {
    s = await createTestServer();
    await s.ctx.db.updateTable('associations').set({ allowed_origins: JSON.stringify(['https://eksempelby-sanitet.example']) }).where('slug', '=', 'eksempelby').execute();
    const view = (association: string, origin?: string) =>
      s.app.request('/api/v1/events', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8', ...(origin === undefined ? {} : { Origin: origin }) },
        body: JSON.stringify({ association, event: 'view' }),
      });
    // Eksempelby lists its site: only that site, and the intake server's own pages (the hosted page, the frame), count.
    for (const origin of [undefined, 'https://forger.example', 'https://eksempelby-sanitet.example.forger.example', 'null']) {
      const res = await view('eksempelby', origin);
      expect(res.status, String(origin)).toBe(403);
      expect(((await res.json()) as ErrorBody).error.code).toBe('forbidden_origin');
    }
    expect((await view('eksempelby', 'https://eksempelby-sanitet.example')).status).toBe(204);
    expect((await view('eksempelby', 'https://intake.example')).status).toBe(204);
    // Narvik lists none: any web page's origin, but not a missing, opaque or made-up one.
    for (const origin of [undefined, 'null', 'chrome-extension://abcdef', 'file://', 'https://narvik.example/side', 'narvik.example']) {
      expect((await view('narvik', origin)).status, String(origin)).toBe(403);
    }
    expect((await view('narvik', 'https://www.narvik-sanitet.example')).status).toBe(204);
    expect((await view('narvik', 'http://localhost:8000')).status).toBe(204);
    expect((await counts()).map((c) => [c.association_slug, c.event, c.count])).toEqual([
      ['eksempelby', 'view', 2],
      ['narvik', 'view', 2],
    ]);
  });

  it('keeps no client address in the logs or the database', async () => {
    s = await createTestServer({ TRUST_PROXY: 'true' });
    await post({ association: 'eksempelby', event: 'view' }, { 'X-Forwarded-For': '198.51.100.77' });
    expect(s.logs.join('\n')).not.toContain('198.51.100.77');
    expect(JSON.stringify(await counts())).not.toContain('198.51.100.77');
  });
});
