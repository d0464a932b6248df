/**
 * Decodes an imported text file whose encoding is not declared: UTF-8 when the bytes are valid UTF-8 (with or without
 * a byte-order mark), else Windows-1252. A file that would still hold a character that is no letter (U+FFFD, the
 * replacement character an earlier broken conversion left, or a byte Windows-1252 does not define) is refused with
 * its line number, never stored as it is.
 */

/** The encodings an imported file can be read as. */
export type TextEncodingName = 'UTF-8' | 'Windows-1252';

/** The file's text and how it was read, or the lines that cannot be read. */
export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problems: string[] };

/** U+FFFD, or a C1 control: what Windows-1252 makes of the five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const UNREADABLE = /[\uFFFD\u0080-\u009F]/;

/** How many unreadable lines are listed before the rest are summed up. */
const LISTED = 20;

/**
 * Bring publishes its register as ISO-8859-1 ("postnummerregister-ansi.txt"); Excel saves CSV as Windows-1252 (a
 * superset of ISO-8859-1's printable characters, with € and the typographic quotes); copies converted by others are
 * UTF-8. Strict UTF-8 decoding fails on a lone Æ, Ø or Å byte, so a failure means a one-byte encoding.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  let decoded: { text: string; encoding: TextEncodingName };
  let problems: string[] = [];
  try {
    // ignoreBOM false (the default): a leading byte-order mark is dropped.
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
    problems = utf8Lines(bytes);
  }
  problems = [...problems, ...unreadableLines(decoded.text, decoded.encoding)];
  return problems.length > 0 ? { ok: false, problems: limited(problems) } : { ok: true, ...decoded };
}

/** The byte ranges of the lines, split as `numberedLines` splits text (LF, CRLF or CR). */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a && bytes[i] !== 0x0d) continue;
    lines.push(bytes.subarray(start, i));
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

/**
 * In a file that is not UTF-8 as a whole, the lines that are UTF-8 with letters beyond ASCII: the file mixes
 * encodings (a UTF-8 line pasted into an Excel file), and Windows-1252 would turn their "ø" into "Ã¸" without a sound.
 */
function utf8Lines(bytes: Uint8Array): string[] {
  const strict = new TextDecoder('utf-8', { fatal: true });
  return byteLines(bytes).flatMap((line, i) => {
    if (line.every((b) => b < 0x80)) return [];
    let text: string;
    try {
      text = strict.decode(line);
    } catch {
      return [];
    }
    return text.includes('\uFFFD')
      ? [`line ${i + 1}, character ${text.indexOf('\uFFFD') + 1}: a replacement character (U+FFFD) left by an earlier, broken conversion where a letter should be; save the file again as UTF-8 from the original`]
      : [`line ${i + 1}: this line is UTF-8 but other lines are not, so the file mixes two encodings; save the whole file again as UTF-8`];
  });
}

function limited(problems: string[]): string[] {
  return problems.length > LISTED ? [...problems.slice(0, LISTED), `and ${problems.length - LISTED} more lines like these`] : problems;
}

function unreadableLines(text: string, encoding: TextEncodingName): string[] {
  if (!UNREADABLE.test(text)) return [];
  const lines = text
    .split(/\r\n|\n|\r/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => UNREADABLE.test(l.text));
  return lines.map(({ line, text: t }) => {
    const at = t.search(UNREADABLE);
    const what = t[at] === '\uFFFD' ? 'a replacement character (U+FFFD) left by an earlier, broken conversion' : `a byte that is no character in ${encoding}`;
    return `line ${line}, character ${at + 1}: ${what} where a letter should be ("${t.slice(Math.max(0, at - 10), at + 10).replace(/[\uFFFD\u0080-\u009F]/g, '?')}"); save the file again as UTF-8 from the original`;
  });
}

/** Splits text into lines with their 1-based numbers, accepting LF, CRLF and CR line ends; blank lines are left out. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
}
