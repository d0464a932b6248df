import { describe, expect, it } from 'vitest';
import { createIdGenerator, newId } from './ids.js';

const timeOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('time-ordered ids', () => {
  it('are UUIDv7 and sort in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the creation time in its first 48 bits', () => {
    // A generator of its own: the process's generator has already seen today, whatever day the test runs.
    const at = Date.now() - 400 * 86_400_000;
    expect(timeOf(createIdGenerator()(at))).toBe(at);
  });

  it('never goes back: a time before the last one continues from the last one, still in order', () => {
    const next = createIdGenerator();
    const now = Date.now();
    const first = next(now);
    const earlier = next(now - 60_000);
    expect(timeOf(earlier)).toBe(now);
    expect(earlier > first).toBe(true);
  });
});
