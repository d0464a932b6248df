/** Parses Bring's postal code register: tab-separated postnummer, poststed, kommunenummer, kommunenavn, kategori. */
import { numberedLines } from './decode-text.js';
import { unquote, type ParseResult } from './parse-result.js';

/** One row of Bring's register. */
export interface PostalCodeRecord {
  code: string;
  /** Poststed, upper case as Bring writes it. */
  place: string;
  kommuneNumber: string;
  /** Bring's kommunenavn; not stored (Kartverket's list names kommuner), only checked to be present. */
  kommuneName: string;
  category: string;
}

/** Bring's kategori: G street addresses, P PO boxes, B both, S service codes, F several uses. */
const POSTAL_CATEGORIES = ['G', 'P', 'B', 'S', 'F'] as const;

const COLUMNS = 'postnummer, poststed, kommunenummer, kommunenavn, kategori';

/** Parses the register's text. A header line starting with "postnummer" is skipped; every bad line is reported. */
export function parsePostalCodes(text: string): ParseResult<PostalCodeRecord> {
  const rows: PostalCodeRecord[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const lines = numberedLines(text);
  for (const [index, { line, text: raw }] of lines.entries()) {
    const fields = raw.split('\t').map(unquote);
    if (index === 0 && fields[0]?.toLowerCase() === 'postnummer') continue;
    if (fields.length !== 5) {
      const hint = fields.length === 1 && /[;,]/.test(raw) ? ' (the register is tab-separated; is this the right file?)' : '';
      problems.push(`line ${line}: expected 5 tab-separated fields (${COLUMNS}), found ${fields.length}${hint}`);
      continue;
    }
    const [code, place, kommuneNumber, kommuneName, category] = fields as [string, string, string, string, string];
    const before = problems.length;
    if (!/^\d{4}$/.test(code)) problems.push(`line ${line}: postnummer "${code}" is not 4 digits`);
    if (place === '') problems.push(`line ${line}: poststed is empty`);
    if (!/^\d{4}$/.test(kommuneNumber)) problems.push(`line ${line}: kommunenummer "${kommuneNumber}" is not 4 digits`);
    if (kommuneName === '') problems.push(`line ${line}: kommunenavn is empty`);
    if (!(POSTAL_CATEGORIES as readonly string[]).includes(category)) {
      problems.push(`line ${line}: kategori "${category}" is not one of ${POSTAL_CATEGORIES.join(', ')}`);
    }
    const first = seen.get(code);
    if (first !== undefined) problems.push(`line ${line}: postnummer ${code} already appeared on line ${first}`);
    if (problems.length > before) continue;
    seen.set(code, line);
    rows.push({ code, place, kommuneNumber, kommuneName, category });
  }
  if (problems.length === 0 && rows.length === 0) problems.push('the file has no postal codes');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
