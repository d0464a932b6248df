/** Character rules for free text: what may appear in single-line and multi-line fields. */

/**
 * Single-line fields refuse every control and format character (which covers bidi overrides and zero-width
 * characters), line and paragraph separators, and lone surrogates.
 */
export const FORBIDDEN_SINGLE_LINE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/**
 * Multi-line fields allow tab and newline, and the zero-width joiner that emoji sequences need, but no other
 * control characters, bidi controls, invisible separators or lone surrogates.
 */
export const FORBIDDEN_MULTI_LINE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\p{Zl}\p{Zp}\p{Cs}]/u;

/** At least one letter in any script. */
export const HAS_LETTER = /\p{L}/u;

/**
 * What reads as a link or an address, which a name never holds: `@`, `:` (as in `https://`), slashes, and a full stop
 * with a letter or digit right on both sides (`www.`, `nav-login.no`, `10.0.0.1`), which mail programs turn into links.
 * Names are tested in their NFKC form (see `isLinkLike`), so full-width and look-alike signs count too. Real names
 * (Åse, O'Neil, Anne-Marit, Nguyễn, St. John, Anne K. Hansen) have none of it; initials written without a space
 * (`A.K.`) need one.
 */
const LINK_LIKE = /[@:/\\]|[\p{L}\p{N}]\.[\p{L}\p{N}]/u;

/** True when `value` holds link-like text, also when written with full-width or compatibility characters (`ｗｗｗ．`, `＠`). */
export const isLinkLike = (value: string): boolean => LINK_LIKE.test(value.normalize('NFKC'));

/** Unicode NFC, trimmed, with Windows and old Mac line endings turned into `\n`. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}
