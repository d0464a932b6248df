import { describe, expect, it } from 'vitest';
import { formatDay, formatPhone } from './format.js';

describe('formatPhone', () => {
  it('writes mobile numbers 3-2-3 and others in pairs, and leaves anything else as stored', () => {
    expect(formatPhone('+4741234567')).toBe('412 34 567');
    expect(formatPhone('+4793456789')).toBe('934 56 789');
    expect(formatPhone('+4722334455')).toBe('22 33 44 55');
    expect(formatPhone('+46701234567')).toBe('+46701234567');
  });
});

describe('days in Norway', () => {
  it('writes a day the way each language does', () => {
    expect(formatDay('2026-11-20', 'nb')).toBe('20. november 2026');
    expect(formatDay('2026-11-20', 'en')).toBe('20 November 2026');
  });
});
