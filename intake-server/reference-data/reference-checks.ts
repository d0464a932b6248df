/**
 * What the admin should hear about reference data that parses but will surprise her: postal codes in kommuner the
 * kommune list does not name, associations that cover kommuner the list no longer has. The admin tool prints these
 * in English; the workspace shows them in the page's language.
 */

/** Kommunenummer Bring uses for places that are not kommuner. */
export const NOT_KOMMUNER: Readonly<Record<string, string>> = { '2100': 'Svalbard', '2211': 'Jan Mayen' };

/** Something to check, as data. */
export type ReferenceWarning =
  /** The register uses these kommunenummer, which the kommune list does not have (files from different years?). */
  | { code: 'kommuner_not_listed'; kommuner: string[] }
  /** The association covers kommunenummer the kommune list does not have (merged or renumbered?). */
  | { code: 'stale_coverage'; slug: string; kommuner: string[] }
  /** The association has no active coordinator, so applications skip it. */
  | { code: 'no_coordinators'; slug: string };

/** Splits kommunenummer missing from the kommune list into the expected (Svalbard, Jan Mayen) and the rest. */
export function splitMissingKommuner(missing: Iterable<string>): { expected: string[]; unexpected: string[] } {
  const all = [...new Set(missing)].sort();
  return { expected: all.filter((k) => NOT_KOMMUNER[k]), unexpected: all.filter((k) => !NOT_KOMMUNER[k]) };
}

/** The register's kommunenummer that `listed` does not have, without Svalbard and Jan Mayen; none when the list is empty. */
export function kommunerNotListed(registerKommuner: Iterable<string>, listed: ReadonlySet<string>): ReferenceWarning[] {
  if (listed.size === 0) return [];
  const { unexpected } = splitMissingKommuner([...registerKommuner].filter((k) => !listed.has(k)));
  return unexpected.length > 0 ? [{ code: 'kommuner_not_listed', kommuner: unexpected }] : [];
}

/** For each association, the kommuner it covers that `listed` does not have; none when the list is empty. */
export function staleCoverage(coverage: { slug: string; kommuner: string[] }[], listed: ReadonlySet<string>): ReferenceWarning[] {
  if (listed.size === 0) return [];
  return coverage.flatMap(({ slug, kommuner }) => {
    const stale = kommuner.filter((k) => !listed.has(k));
    return stale.length > 0 ? [{ code: 'stale_coverage' as const, slug, kommuner: stale }] : [];
  });
}

/** The admin tool's English sentence for a warning. */
export function describeWarning(w: ReferenceWarning): string {
  switch (w.code) {
    case 'kommuner_not_listed':
      return `Kommunenummer in the postal code register but not in the kommune list: ${w.kommuner.join(', ')}. Are the two files from the same year?`;
    case 'stale_coverage':
      return `${w.slug} covers kommunenummer ${w.kommuner.join(', ')}, which the kommune list does not have (merged or renumbered?): check it with "npm run admin -- associations show ${w.slug}".`;
    case 'no_coordinators':
      return `${w.slug} has no coordinators, so applications skip it: add one with "npm run admin -- coordinators add ${w.slug} EMAIL --name NAME".`;
  }
}
