import { describe, expect, it } from 'vitest';
import { normalisePhone, NORWEGIAN_PHONE } from './phone.js';

describe('Norwegian phone numbers', () => {
  it.each([
    ['41234567', '+4741234567'],
    ['412 34 567', '+4741234567'],
    ['+47 412 34 567', '+4741234567'],
    ['0047-41-23-45-67', '+4741234567'],
    ['(+47) 22 33 44 55', '+4722334455'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
    expect(NORWEGIAN_PHONE.test(normalisePhone(input))).toBe(true);
  });

  it.each(['1234567', '01234567', '+46 701 234 567', '412345678', 'telefon'])('refuses %s', (input) => {
    expect(NORWEGIAN_PHONE.test(normalisePhone(input))).toBe(false);
  });
});
