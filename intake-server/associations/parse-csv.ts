/** A small CSV reader (RFC 4180 quoting) that also takes the semicolons a Norwegian spreadsheet program writes. */

/** A header row and the records under it, each with the line it starts on. */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => outsideQuotes.split(c).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** Reads CSV text with a header row. Separator: comma, semicolon or tab, whichever the header uses. */
export function parseCsv(text: string): { ok: true; table: CsvTable } | { ok: false; problems: string[] } {
  const delimiter = detectDelimiter(text);
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let sawContent = false;
  const endRecord = () => {
    cells.push(cell);
    if (sawContent || cells.length > 1) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    sawContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      sawContent = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch.trim() !== '') sawContent = true;
    }
  }
  if (quoted) return { ok: false, problems: [`line ${recordLine}: a quoted field is not closed (a " is missing)`] };
  endRecord();

  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: ['the file is empty: it needs a header row'] };
  const problems = rows
    .filter((r) => r.cells.length !== header.cells.length)
    .map((r) => `line ${r.line}: expected ${header.cells.length} fields like the header, found ${r.cells.length}`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, table: { header: header.cells.map((h) => h.trim()), rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })) } };
}
