/**
 * Phone numbers: Norwegian ones as people write them (eight digits, optionally after +47 or 0047), and foreign ones
 * with their country code (+ or 00). Stored in E.164: `+47XXXXXXXX`, or `+` and 8–15 digits in all.
 */

const SEPARATORS = /[\s\-.()\u00A0]/g;

/**
 * Turns what a person typed into E.164, or returns the cleaned input unchanged so that validation can reject it.
 * Norwegian numbers have eight digits and never start with 0 or 1; a foreign number's "(0)" trunk digit is dropped.
 */
export function normalisePhone(value: string): string {
  const digits = value.replace('(0)', '').replace(SEPARATORS, '').replace(/^00/, '+');
  const norwegian = digits.replace(/^\+47/, '');
  return /^[2-9]\d{7}$/.test(norwegian) ? `+47${norwegian}` : digits;
}

/**
 * True for a phone number in the stored form: a Norwegian number, or another country's (a country code never starts
 * with 0; a +47 number must be a Norwegian one).
 */
export const PHONE = /^\+(47[2-9]\d{7}|(?!47)[1-9]\d{7,14})$/;
