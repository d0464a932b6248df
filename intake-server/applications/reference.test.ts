import { describe, expect, it } from 'vitest';
import { createReference } from './reference.js';

describe('references', () => {
  it('have the RV-XXXX-XXXX shape without look-alike characters, and do not repeat', () => {
    const refs = Array.from({ length: 20_000 }, createReference);
    for (const r of refs) expect(r).toMatch(/^RV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('use every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) for (const ch of createReference().replace(/^RV-|-/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(31);
    const expected = 80_000 / 31;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });
});
