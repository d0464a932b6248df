/**
 * The password inside a connection URL (`scheme://user:password@host/…`), for printing it masked and for handing it
 * to a child program by its environment instead of its command line, which every user of the host can read. Written
 * as a pattern and not through `new URL`, which refuses libpq's Unix-socket form `postgresql://user:password@/db?host=…`.
 */
const PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^/@:]*):([^/@]*)@/i;

/** The URL with its password replaced by `***`. */
export function maskUrlPassword(url: string): string {
  return url.replace(PASSWORD, '$1:***@');
}

/** The URL without its password, and the password itself (percent-decoded), if it has one. */
export function splitUrlPassword(url: string): { url: string; password: string | undefined } {
  const m = PASSWORD.exec(url);
  if (!m) return { url, password: undefined };
  return { url: url.replace(PASSWORD, '$1@'), password: decodeURIComponent(m[2]!) };
}
