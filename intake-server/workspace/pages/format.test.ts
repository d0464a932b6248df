import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, formatPhone, osloDay } from './format.js';

describe('formatPhone', () => {
  it('writes mobile numbers 3-2-3 and others in pairs, and leaves anything else as stored', () => {
    expect(formatPhone('+4741234567')).toBe('412 34 567');
    expect(formatPhone('+4793456789')).toBe('934 56 789');
    expect(formatPhone('+4722334455')).toBe('22 33 44 55');
    expect(formatPhone('+46701234567')).toBe('+46701234567');
  });
});

describe('days in Norway', () => {
  it('counts calendar days in Oslo, not 24-hour periods', () => {
    // 23:30 in Oslo on the 26th, and 00:30 on the 27th: one day apart though an hour passed.
    expect(daysBetween('2026-11-26T22:30:00Z', new Date('2026-11-26T23:30:00Z'))).toBe(1);
    expect(daysBetween('2026-11-27T00:30:00Z', new Date('2026-11-27T22:00:00Z'))).toBe(0);
    expect(daysBetween('2026-11-24T10:00:00Z', new Date('2026-11-27T09:00:00Z'))).toBe(3);
    expect(osloDay(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
  });

  it('writes a day the way each language does', () => {
    expect(formatDay('2026-11-20', 'nb')).toBe('20. november 2026');
    expect(formatDay('2026-11-20', 'en')).toBe('20 November 2026');
  });
});
