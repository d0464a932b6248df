/** Inclusive ranges of postal codes an association covers beyond its kommuner (a postal code can span kommuner). */

/** From and to are four-digit postal codes; four-digit strings compare like the numbers they spell. */
export interface PostalRange {
  from: string;
  to: string;
}

/** Reads "8500-8519" (a hyphen or an en dash) or a single code "8514"; undefined when it is neither. */
export function parsePostalRange(text: string): PostalRange | undefined {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/.exec(text);
  if (!m) return undefined;
  const from = m[1]!;
  const to = m[2] ?? from;
  return from <= to ? { from, to } : undefined;
}

/** Writes a range the way `parsePostalRange` reads it. */
export function formatPostalRange(r: PostalRange): string {
  return r.from === r.to ? r.from : `${r.from}-${r.to}`;
}
