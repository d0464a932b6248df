import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support.js';
import { createDatabaseRateLimiter } from './database-rate-limiter.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

describe('the database rate limiter', () => {
  it('counts in the shared table, so two instances share one limit, and starts over in a new window', async () => {
    s = await createTestServer();
    const one = createDatabaseRateLimiter(s.ctx.db);
    const two = createDatabaseRateLimiter(s.ctx.db);
    const t = new Date('2026-11-27T10:00:00.000Z');
    expect(await one.hit('ip:a', 3, 600_000, t)).toEqual({ allowed: true });
    expect(await two.hit('ip:a', 3, 600_000, t)).toEqual({ allowed: true });
    expect(await one.hit('ip:a', 3, 600_000, t)).toEqual({ allowed: true });
    expect(await two.hit('ip:a', 3, 600_000, new Date(t.getTime() + 60_000))).toEqual({ allowed: false, retryAfterSeconds: 540 });
    expect(await one.hit('ip:b', 3, 600_000, t)).toEqual({ allowed: true });
    expect(await two.hit('ip:a', 3, 600_000, new Date(t.getTime() + 600_000))).toEqual({ allowed: true });
  });

  it('never limits when the limit is 0', async () => {
    s = await createTestServer();
    const l = createDatabaseRateLimiter(s.ctx.db);
    for (let i = 0; i < 5; i++) expect((await l.hit('x', 0, 1000, new Date())).allowed).toBe(true);
  });
});
