import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { parseKommuner } from './parse-kommuner.js';

/** The decoded text of bytes that must be readable. */
function readable(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.problems.join('\n'));
  return decoded;
}

describe("Kartverket's kommune list", () => {
  it('reads fylkesnummer, fylkesnavn, kommunenummer and kommunenavn', () => {
    expect(parseKommuner('18;Nordland;1806;Narvik\n32;Akershus;3201;Bærum\n')).toEqual({
      ok: true,
      rows: [
        { countyNumber: '18', countyName: 'Nordland', number: '1806', name: 'Narvik' },
        { countyNumber: '32', countyName: 'Akershus', number: '3201', name: 'Bærum' },
      ],
    });
  });

  it('reads an ISO-8859-1 copy, a header line and quoted fields', () => {
    const { text, encoding } = readable(Buffer.from('fylkesnummer;fylkesnavn;kommunenummer;kommunenavn\r\n"50";"Trøndelag";"5001";"Trondheim"\r\n', 'latin1'));
    expect(encoding).toBe('Windows-1252');
    expect(parseKommuner(text)).toEqual({ ok: true, rows: [{ countyNumber: '50', countyName: 'Trøndelag', number: '5001', name: 'Trondheim' }] });
  });

  it('names the line of every bad row', () => {
    const parsed = parseKommuner(['18;Nordland;1806;Narvik', '18;Nordland;5501;Tromsø', '1;Nordland;180;', '18;Nordland;1806;Narvik', '8514\tNARVIK\t1806\tNARVIK\tG'].join('\n'));
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'line 2: kommunenummer 5501 does not start with its fylkesnummer 18',
        'line 3: fylkesnummer "1" is not 2 digits',
        'line 3: kommunenummer "180" is not 4 digits',
        'line 3: kommunenavn is empty',
        'line 4: kommunenummer 1806 already appeared on line 1',
        "line 5: expected 4 semicolon-separated fields (fylkesnummer; fylkesnavn; kommunenummer; kommunenavn), found 1 (this looks tab-separated: Bring's postal register?)",
      ],
    });
  });
});
