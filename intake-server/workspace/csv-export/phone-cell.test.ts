import { describe, expect, it } from 'vitest';
import { phoneForSpreadsheet } from './phone-cell.js';
import { csvCell } from './csv.js';

describe('phoneForSpreadsheet', () => {
  it('writes Norwegian numbers as dialled in Norway', () => {
    expect(phoneForSpreadsheet('+4745678901')).toBe('456 78 901');
    expect(phoneForSpreadsheet('+4791234567')).toBe('912 34 567');
    expect(phoneForSpreadsheet('+4722123456')).toBe('22 12 34 56');
  });

  it('writes foreign numbers after the international prefix 00', () => {
    expect(phoneForSpreadsheet('+46701234567')).toBe('00 46701234567');
  });

  it('never starts a cell with a formula character, so the guard does not show, and is never a bare number', () => {
    for (const stored of ['+4745678901', '+4722123456', '+46701234567', '+12025550123']) {
      const cell = csvCell(phoneForSpreadsheet(stored));
      expect(cell).not.toContain("'");
      expect(cell).toMatch(/^"\d[\d ]* \d+"$/);
      // Groups of two digits are no locale's thousands grouping: a spreadsheet keeps the cell as text.
      expect(cell).toMatch(/ \d{2} | \d{2}$|^"00 /);
    }
  });

  it('leaves anything unexpected to the formula guard', () => {
    expect(phoneForSpreadsheet('+47 oops')).toBe('+47 oops');
    expect(csvCell(phoneForSpreadsheet('+47 oops'))).toBe(`"'+47 oops"`);
  });
});
