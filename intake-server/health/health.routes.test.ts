import { afterEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

describe('health and readiness', () => {
  it('reports liveness, and readiness with the outbox in counts only', async () => {
    s = await createTestServer();
    expect(await (await s.app.request('/healthz')).json()).toEqual({ ok: true });
    await postApplication(s, validApplication());
    const res = await s.app.request('/readyz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { ready: boolean; outbox: { pending: number; dead: number; paused: boolean } };
    expect(body).toMatchObject({ ready: true, outbox: { pending: 2, dead: 0, paused: false } });
    expect(JSON.stringify(body)).not.toMatch(/@|Kari/);
  });

  it('is not ready once a graceful stop has begun, so a load balancer drains the instance', async () => {
    s = await createTestServer();
    s.ctx.markDraining();
    const res = await s.app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'stopping' });
  });
});
