import { describe, expect, it } from 'vitest';
import { createMemoryRateLimiter } from './rate-limiter.js';

describe('the memory rate limiter', () => {
  it('allows up to the limit per window and says when to come back', async () => {
    const l = createMemoryRateLimiter();
    const t = new Date('2026-11-27T10:00:00.000Z');
    for (let i = 0; i < 3; i++) expect(await l.hit('ip:a', 3, 600_000, t)).toEqual({ allowed: true });
    expect(await l.hit('ip:a', 3, 600_000, new Date(t.getTime() + 60_000))).toEqual({ allowed: false, retryAfterSeconds: 540 });
    expect(await l.hit('ip:b', 3, 600_000, t)).toEqual({ allowed: true });
    expect(await l.hit('ip:a', 3, 600_000, new Date(t.getTime() + 600_000))).toEqual({ allowed: true });
  });

  it('never limits when the limit is 0', async () => {
    const l = createMemoryRateLimiter();
    for (let i = 0; i < 50; i++) expect((await l.hit('x', 0, 1000, new Date())).allowed).toBe(true);
  });

  it('stays bounded under a flood of distinct buckets', async () => {
    const l = createMemoryRateLimiter(100);
    const t0 = new Date('2026-11-27T10:00:00.000Z');
    for (let i = 0; i < 150; i++) await l.hit(`ip:${i}`, 1, 1000, t0);
    // A new window clears the old ones when the map is full.
    expect(await l.hit('ip:new', 1, 1000, new Date(t0.getTime() + 1000))).toEqual({ allowed: true });
  });
});
