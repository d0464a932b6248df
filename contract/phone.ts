/** Norwegian phone numbers: accepted in the ways people write them, stored as E.164 (`+47` and eight digits). */

const SEPARATORS = /[\s\-.()\u00A0]/g;

/**
 * Turns what a person typed into `+47XXXXXXXX` where it is a Norwegian number, or returns the cleaned input
 * unchanged so that validation can reject it. Norwegian numbers have eight digits and never start with 0 or 1.
 */
export function normalisePhone(value: string): string {
  let digits = value.replace(SEPARATORS, '');
  if (digits.startsWith('+47')) digits = digits.slice(3);
  else if (digits.startsWith('0047')) digits = digits.slice(4);
  return /^[2-9]\d{7}$/.test(digits) ? `+47${digits}` : digits;
}

/** True for a phone number in the stored form. */
export const NORWEGIAN_PHONE = /^\+47[2-9]\d{7}$/;
