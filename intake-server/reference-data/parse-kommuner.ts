/** Parses Kartverket's kommune list: semicolon-separated fylkesnummer, fylkesnavn, kommunenummer, kommunenavn. */
import { numberedLines } from './decode-text.js';
import { unquote, type ParseResult } from './parse-result.js';

/** One row of Kartverket's list. */
export interface KommuneRecord {
  countyNumber: string;
  countyName: string;
  number: string;
  name: string;
}

const COLUMNS = 'fylkesnummer; fylkesnavn; kommunenummer; kommunenavn';

/** Parses the list's text. A header line starting with "fylkesnummer" is skipped; every bad line is reported. */
export function parseKommuner(text: string): ParseResult<KommuneRecord> {
  const rows: KommuneRecord[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const [index, { line, text: raw }] of numberedLines(text).entries()) {
    const fields = raw.split(';').map(unquote);
    if (index === 0 && fields[0]?.toLowerCase() === 'fylkesnummer') continue;
    if (fields.length !== 4) {
      const hint = fields.length === 1 && raw.includes('\t') ? " (this looks tab-separated: Bring's postal register?)" : '';
      problems.push(`line ${line}: expected 4 semicolon-separated fields (${COLUMNS}), found ${fields.length}${hint}`);
      continue;
    }
    const [countyNumber, countyName, number, name] = fields as [string, string, string, string];
    const before = problems.length;
    if (!/^\d{2}$/.test(countyNumber)) problems.push(`line ${line}: fylkesnummer "${countyNumber}" is not 2 digits`);
    if (countyName === '') problems.push(`line ${line}: fylkesnavn is empty`);
    if (!/^\d{4}$/.test(number)) problems.push(`line ${line}: kommunenummer "${number}" is not 4 digits`);
    else if (/^\d{2}$/.test(countyNumber) && !number.startsWith(countyNumber)) {
      problems.push(`line ${line}: kommunenummer ${number} does not start with its fylkesnummer ${countyNumber}`);
    }
    if (name === '') problems.push(`line ${line}: kommunenavn is empty`);
    const first = seen.get(number);
    if (first !== undefined) problems.push(`line ${line}: kommunenummer ${number} already appeared on line ${first}`);
    if (problems.length > before) continue;
    seen.set(number, line);
    rows.push({ countyNumber, countyName, number, name });
  }
  if (problems.length === 0 && rows.length === 0) problems.push('the file has no kommuner');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
