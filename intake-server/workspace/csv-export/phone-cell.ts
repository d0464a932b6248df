/** Phone numbers in the CSV export, written so a spreadsheet shows them as typed. */
import { formatPhone } from '../kit/format.js';

/**
 * A phone number as a spreadsheet shows it as typed. The stored form (E.164, `+4741234567`) starts with `+`, which
 * Excel, LibreOffice and Google Sheets may read as a formula (the CSV guard then shows a stray `'`) or as the number
 * 4741234567 (the `+` and any leading zero lost). So the cell starts with a digit and holds spaces that are not
 * thousands separators in any locale (groups of two): every spreadsheet keeps it as text, and no guard is needed.
 * - Norwegian numbers (+47) are written as dialled in Norway: mobiles (4 and 9) `412 34 567`, others `22 12 34 56`.
 * - Foreign numbers are written with the international prefix dialled from Norway: `00 46701234567` (`00`, a space,
 *   the country code and number as stored; where the country code ends is not known without a numbering plan).
 * Anything else (an older or unexpected value) is returned unchanged, and the CSV's formula guard applies to it.
 */
export function phoneForSpreadsheet(e164: string): string {
  if (/^\+47[2-9]\d{7}$/.test(e164)) return formatPhone(e164);
  const foreign = /^\+([1-9]\d{7,14})$/.exec(e164)?.[1];
  return foreign ? `00 ${foreign}` : e164;
}
