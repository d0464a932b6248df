/**
 * A URL with its password replaced by `***`, for printing (`scheme://user:password@host/…`). Written as a pattern and
 * not through `new URL`, which refuses libpq's Unix-socket form `postgresql://user:password@/db?host=/run/postgresql`.
 */
export function maskUrlPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:]*:)[^/@]*@/i, '$1***@');
}
