import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('time-ordered ids', () => {
  it('are UUIDv7 and sort in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the creation time in its first 48 bits', () => {
    const id = newId(Date.UTC(2026, 10, 27, 10, 0, 0));
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 27, 10, 0, 0));
  });
});
