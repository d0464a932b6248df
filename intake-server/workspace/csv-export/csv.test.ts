import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('csvCell', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('Kari')).toBe('"Kari"');
    expect(csvCell('Sa "hei"; ok')).toBe('"Sa ""hei""; ok"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(3)).toBe('"3"');
  });

  it('puts a single quote before anything a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+4741234567')).toBe(`"'+4741234567"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and separates cells with semicolons and lines with CRLF', () => {
    expect(toCsv(['navn', 'sted'], [['Åse', 'Tromsø']])).toBe('\uFEFF"navn";"sted"\r\n"Åse";"Tromsø"\r\n');
  });
});
