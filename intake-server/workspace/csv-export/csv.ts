/**
 * CSV for spreadsheets, safe to open in Excel: every cell quoted, cells that a spreadsheet would read as a formula
 * (starting with = + - @, a tab or a carriage return) prefixed with a single quote (OWASP's advice on CSV
 * injection), semicolons between cells as Norwegian Excel expects, CRLF line ends, and a byte-order mark so Excel
 * reads UTF-8 (æ, ø, å) correctly.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted, with formula starts neutralised. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a header row, then the rows; starts with the UTF-8 byte-order mark. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
