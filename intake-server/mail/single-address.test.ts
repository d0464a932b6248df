import { describe, expect, it } from 'vitest';
import { isSingleAddress } from './single-address.js';

describe('a single plain address', () => {
  it('accepts ordinary addresses of applicants and coordinators', () => {
    for (const ok of ['kari.nordmann@example.no', 'o\'brien+rv@mail.example.co.uk', 'post@eksempelby-sanitet.example', 'a@b.xn--p1ai']) {
      expect(isSingleAddress(ok), ok).toBe(true);
    }
  });

  it('refuses anything a mailer could read as more than one recipient or as a header', () => {
    for (const bad of [
      'a@example.no, b@example.no',
      'a@example.no;b@example.no',
      'Kari <kari@example.no>',
      '<kari@example.no>',
      'kari@example.no\r\nBcc: eve@example.no',
      'kari@example.no\n',
      ' kari@example.no',
      '"kari nordmann"@example.no',
      'kari@example.no (Kari)',
      'kari@@example.no',
      'kari@localhost',
      'kari.@example.no',
      '.kari@example.no',
      'kari..n@example.no',
      'kari@-example.no',
      'kåri@example.no',
      'kari@bølgen.no',
      '',
      `${'a'.repeat(65)}@example.no`,
      `a@${`${'b'.repeat(60)}.`.repeat(5)}no`,
    ]) {
      expect(isSingleAddress(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isSingleAddress(['a@example.no'])).toBe(false);
    expect(isSingleAddress(null)).toBe(false);
  });
});
