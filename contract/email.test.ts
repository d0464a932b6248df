import { describe, expect, it } from 'vitest';
import { EMAIL, normaliseEmail } from './email.js';

describe('email addresses', () => {
  it.each([
    ['kari@example.no', 'kari@example.no'],
    ['Kari.Nordmann@Example.NO', 'Kari.Nordmann@example.no'],
    ['kari@ræva.no', 'kari@xn--rva-yla.no'],
    ['kari@xn--rksmrgs-5wao1o.no', 'kari@xn--rksmrgs-5wao1o.no'],
    ['kari+frivillig@sanitet.example', 'kari+frivillig@sanitet.example'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
    expect(EMAIL.test(normaliseEmail(input))).toBe(true);
  });

  it.each(['kari', 'kari@', '@example.no', 'kari@localhost', 'kari@example', 'ka ri@example.no', 'kari@exa mple.no', 'Kari <kari@example.no>', 'kari@example.no, ola@example.no', 'kåri@example.no', 'kari..n@example.no', 'kari@-example.no'])(
    'refuses %s',
    (input) => {
      expect(EMAIL.test(normaliseEmail(input))).toBe(false);
    },
  );
});
