import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { parsePostalCodes } from './parse-postal-codes.js';

/** The decoded text of bytes that must be readable. */
function readable(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.problems.join('\n'));
  return decoded;
}

const rows = ['9008\tTROMSØ\t5501\tTROMSØ\tG', '1337\tSANDVIKA\t3201\tBÆRUM\tG', '8514\tNARVIK\t1806\tNARVIK\tG', '9525\tMAZE\t5612\tGUOVDAGEAIDNU KAUTOKEINO\tB'];

describe("Bring's postal code register", () => {
  it('reads a UTF-8 file with Æ, Ø and Å', () => {
    const { text, encoding } = readable(Buffer.from(`${rows.join('\n')}\n`, 'utf8'));
    expect(encoding).toBe('UTF-8');
    const parsed = parsePostalCodes(text);
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { code: '9008', place: 'TROMSØ', kommuneNumber: '5501', kommuneName: 'TROMSØ', category: 'G' },
        { code: '1337', place: 'SANDVIKA', kommuneNumber: '3201', kommuneName: 'BÆRUM', category: 'G' },
        { code: '8514', place: 'NARVIK', kommuneNumber: '1806', kommuneName: 'NARVIK', category: 'G' },
        { code: '9525', place: 'MAZE', kommuneNumber: '5612', kommuneName: 'GUOVDAGEAIDNU KAUTOKEINO', category: 'B' },
      ],
    });
  });

  it("reads Bring's own ISO-8859-1 download with CRLF line ends", () => {
    const bytes = Buffer.from(`${rows.join('\r\n')}\r\n`, 'latin1');
    // One byte per letter: Ø is 0xD8, which is not valid UTF-8 on its own.
    expect(bytes.includes(0xd8)).toBe(true);
    const { text, encoding } = readable(bytes);
    expect(encoding).toBe('Windows-1252');
    const parsed = parsePostalCodes(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.rows.map((r) => [r.place, r.kommuneName])).toEqual([
      ['TROMSØ', 'TROMSØ'],
      ['SANDVIKA', 'BÆRUM'],
      ['NARVIK', 'NARVIK'],
      ['MAZE', 'GUOVDAGEAIDNU KAUTOKEINO'],
    ]);
  });

  it('drops a UTF-8 byte-order mark and skips a header line', () => {
    const { text } = readable(Buffer.from(`\uFEFFpostnummer\tpoststed\tkommunenummer\tkommunenavn\tkategori\n${rows[0]}\n`, 'utf8'));
    const parsed = parsePostalCodes(text);
    expect(parsed.ok && parsed.rows.map((r) => r.code)).toEqual(['9008']);
  });

  it('keeps leading zeros: postal codes are strings', () => {
    const parsed = parsePostalCodes('0150\tOSLO\t0301\tOSLO\tG\n');
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ code: '0150', kommuneNumber: '0301' });
  });

  it('names the line of every bad row, counting blank lines, and imports nothing', () => {
    const text = [
      '8514\tNARVIK\t1806\tNARVIK\tG',
      '851\tNARVIK\t1806\tNARVIK\tG',
      '',
      '8515\tNARVIK\t1806\tG',
      '8516\t\t18O6\tNARVIK\tX',
      '8514\tNARVIK\t1806\tNARVIK\tG',
      '8517;NARVIK;1806;NARVIK;G',
    ].join('\n');
    const parsed = parsePostalCodes(text);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'line 2: postnummer "851" is not 4 digits',
        'line 4: expected 5 tab-separated fields (postnummer, poststed, kommunenummer, kommunenavn, kategori), found 4',
        'line 5: poststed is empty',
        'line 5: kommunenummer "18O6" is not 4 digits',
        'line 5: kategori "X" is not one of G, P, B, S, F',
        'line 6: postnummer 8514 already appeared on line 1',
        'line 7: expected 5 tab-separated fields (postnummer, poststed, kommunenummer, kommunenavn, kategori), found 1 (the register is tab-separated; is this the right file?)',
      ],
    });
  });

  it('refuses an empty file rather than emptying the register', () => {
    expect(parsePostalCodes('\n\n')).toEqual({ ok: false, problems: ['the file has no postal codes'] });
  });
});
