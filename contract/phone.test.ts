import { describe, expect, it } from 'vitest';
import { normalisePhone, PHONE } from './phone.js';

const accepted = (input: string) => PHONE.test(normalisePhone(input));

describe('Norwegian phone numbers', () => {
  it.each([
    ['41234567', '+4741234567'],
    ['412 34 567', '+4741234567'],
    ['+47 412 34 567', '+4741234567'],
    ['0047-41-23-45-67', '+4741234567'],
    ['(+47) 22 33 44 55', '+4722334455'],
    ['+47\u00A0412\u00A034\u00A0567', '+4741234567'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
    expect(PHONE.test(normalisePhone(input))).toBe(true);
  });

  it.each(['1234567', '01234567', '412345678', '+47 1234 5678', '+47 412 34 56', '+47 412 34 5678'])('refuses %s', (input) => {
    expect(accepted(input)).toBe(false);
  });
});

describe('foreign phone numbers, with their country code', () => {
  it.each([
    ['+46 70 123 45 67', '+46701234567'],
    ['0046 70-123 45 67', '+46701234567'],
    ['+46 (0)70 123 45 67', '+46701234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['+358 40 1234567', '+358401234567'],
    ['+380 44 123 4567', '+380441234567'],
    ['+299 32 12 34', '+299321234'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
    expect(PHONE.test(normalisePhone(input))).toBe(true);
  });

  it('accepts 15 digits in all, the most E.164 allows, and refuses 16', () => {
    expect(accepted('+123 456 789 012 345')).toBe(true);
    expect(accepted('+123 456 789 012 3456')).toBe(false);
  });

  it('refuses fewer than 8 digits in all', () => {
    expect(accepted('+46 123 45')).toBe(false);
  });
});

describe('what is not a phone number', () => {
  it.each(['telefon', '', '+', '+0 701 234 567', '070-123 45 67', '+46 70 123 45 67 ext 2', '+46 70 123 45 67#', '++46701234567', '+46/701234567'])(
    'refuses %j',
    (input) => {
      expect(accepted(input)).toBe(false);
    },
  );
});
