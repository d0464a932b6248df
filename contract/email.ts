/** Email addresses: international domains (æøå.no) turned into their ASCII form, so every mail server can carry them. */

/** Local part (ASCII, RFC 5322 atext and dots) @ one or more LDH labels and a top-level domain (letters or punycode). */
export const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Lower-cases the domain and converts an international domain to punycode with the platform's own IDNA (the WHATWG
 * URL parser, in browsers and Node alike): `kari@ræva.no` becomes `kari@xn--rva-yla.no`. Anything that is not
 * `local@domain` is returned unchanged for validation to refuse.
 */
export function normaliseEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return value;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (/[\s/?#\\:@[\]]/.test(domain)) return value;
  try {
    return `${local}@${new URL(`http://${domain}`).hostname}`;
  } catch {
    return value;
  }
}
