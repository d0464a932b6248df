/** The outcome of parsing an imported file: its rows, or every problem found, each naming its line. */

/** Parsers return failures as data; nothing is imported unless `ok`. */
export type ParseResult<T> = { ok: true; rows: T[] } | { ok: false; problems: string[] };

/** Removes one pair of surrounding double quotes, which spreadsheet programs add when they save a file. */
export function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
}
