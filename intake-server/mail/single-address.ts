/** The one shape of address the service sends to: a single plain ASCII mailbox, nothing a mailer would parse further. */

/** RFC 5321 limits: 64 octets before the `@`, 254 in all (a path of 256 minus the angle brackets). */
const MAX_LOCAL = 64;
const MAX_TOTAL = 254;

// A dot-atom of RFC 5322 `atext` (no quoted strings, no comments, no display name), an ASCII host name of at least two
// labels, and a top-level domain of letters or an IDNA `xn--` label. Deliberately narrower than the RFCs: commas,
// angle brackets, spaces, quotes and line breaks can never get through, so one string is always one recipient.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const TLD = '(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})';
const SINGLE_ADDRESS = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*@(?:${LABEL}\\.)+${TLD}$`);

/** True when `value` is exactly one plain email address (`name@example.no`), safe to hand to the mailer as is. */
export function isSingleAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_TOTAL) return false;
  const at = value.lastIndexOf('@');
  return at > 0 && at <= MAX_LOCAL && SINGLE_ADDRESS.test(value);
}
