/** Text with links in it, kept as data so that messages stay plain and templates decide the markup. */

/** A piece of running text: plain, a link, or a phone number (shown as written, `116 006`, dialled without spaces). */
export type Segment = string | { href: string; text: string } | { tel: string };

/** An email address as a `mailto:` link. */
export function mailto(address: string): Segment {
  return { href: `mailto:${address}`, text: address };
}
