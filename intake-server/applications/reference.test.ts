import { describe, expect, it } from 'vitest';
import { createReference } from './reference.js';

const SHAPE = /^RV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;

describe('references', () => {
  it('have the RV-XXXX-XXXX shape without look-alike characters', () => {
    for (let i = 0; i < 5_000; i++) expect(createReference(Date.UTC(2026, 10, 27) + i * 997)).toMatch(SHAPE);
  });

  it('sort by the time they were made, within the 4.1-hour cycle of their first half', () => {
    const start = Date.UTC(2026, 10, 27, 8);
    const refs = Array.from({ length: 2_000 }, (_, i) => createReference(start + i * 16));
    for (let i = 1; i < refs.length; i++) expect(refs[i]!.slice(0, 7) > refs[i - 1]!.slice(0, 7)).toBe(true);
    // The same 16 ms step shares the first half; the second half tells them apart.
    const same = Array.from({ length: 200 }, () => createReference(start));
    expect(new Set(same.map((r) => r.slice(0, 7))).size).toBe(1);
    expect(new Set(same).size).toBeGreaterThan(195);
  });

  it('draw every character of the random half about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) for (const ch of createReference(0).slice(-4)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(31);
    const expected = 80_000 / 31;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
  });
});
