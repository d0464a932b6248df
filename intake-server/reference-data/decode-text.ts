/** Decodes an imported text file whose encoding is not declared: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1. */

/** The encodings an imported file can be read as. */
export type TextEncodingName = 'UTF-8' | 'ISO-8859-1';

/**
 * Bring publishes its register as ISO-8859-1 ("postnummerregister-ansi.txt"); copies converted by others are UTF-8.
 * Strict UTF-8 decoding fails on a lone Æ, Ø or Å byte of ISO-8859-1, so a failure means the file is ISO-8859-1.
 * A leading byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Buffer's 'latin1' is ISO-8859-1 proper; TextDecoder('latin1') would be windows-1252.
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), encoding: 'ISO-8859-1' };
  }
}

/** Splits text into lines with their 1-based numbers, accepting LF, CRLF and CR line ends; blank lines are left out. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
}
