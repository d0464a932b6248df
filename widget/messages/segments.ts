/** Text with links in it, kept as data so that messages stay plain and templates decide the markup. */

/** A piece of running text: plain, or a link. */
export type Segment = string | { href: string; text: string };

/** A phone number as a `tel:` link, shown as written (`116 006`) and dialled without spaces. */
export function tel(number: string): Segment {
  return { href: `tel:${number.replace(/\s/g, '')}`, text: number };
}

/** An email address as a `mailto:` link. */
export function mailto(address: string): Segment {
  return { href: `mailto:${address}`, text: address };
}
