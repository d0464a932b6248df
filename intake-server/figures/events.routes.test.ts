import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../contract/index.js';
import { createTestServer, type TestServer } from '../test-support.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return s.app.request('/api/v1/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const counts = () => s.ctx.db.selectFrom('widget_counts').selectAll().orderBy('association_slug').orderBy('event').execute();

describe('POST /api/v1/events', () => {
  it('counts views, starts and submissions per association and Norwegian day, answering 204 without cookies', async () => {
    s = await createTestServer();
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
      { day: '2026-11-27', association_slug: 'eksempelby', event: 'submit', count: 1 },
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

  it('keeps no client address in the logs or the database', async () => {
    s = await createTestServer({ TRUST_PROXY: 'true' });
    await post({ association: 'eksempelby', event: 'view' }, { 'X-Forwarded-For': '198.51.100.77' });
    expect(s.logs.join('\n')).not.toContain('198.51.100.77');
    expect(JSON.stringify(await counts())).not.toContain('198.51.100.77');
  });
});
