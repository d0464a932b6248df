/** Plain-text views of associations for the admin tool. */
import type { Association } from '../associations/association.js';
import type { Coordinator } from '../associations/coordinators.repository.js';
import type { AssociationCoverage } from '../associations/coverage.repository.js';
import { formatPostalRange } from '../associations/postal-range.js';

/** Lines of a table whose columns are as wide as their widest cell. */
export function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)];
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** Everything about one association, one fact a line. */
export function formatAssociation(
  a: Association,
  coverage: AssociationCoverage,
  coordinators: Coordinator[],
  kommuneNames: Map<string, string>,
): string[] {
  const kommuner = coverage.kommuner.map((k) => `${k} ${kommuneNames.get(k) ?? '(not in the kommune list)'}`);
  const rows: [string, string][] = [
    ['kind', a.kind + (a.kind === 'county' ? ` (fylke ${a.countyNumber ?? 'not set'})` : '')],
    ['active', yesNo(a.active)],
    ['contact email', a.contactEmail],
    ['contact phone', a.contactPhone ?? '(none)'],
    ['default language', a.defaultLanguage],
    ['kommuner', kommuner.length > 0 ? kommuner.join(', ') : '(none)'],
    ['postal ranges', coverage.postalRanges.length > 0 ? coverage.postalRanges.map(formatPostalRange).join(', ') : '(none)'],
    ['allowed origins', a.allowedOrigins.length > 0 ? a.allowedOrigins.join(', ') : '(any web page)'],
    ['minimum age', `${a.settings.minimumAge} (soft rule: younger applicants are flagged, not rejected)`],
    ['full details in notice', yesNo(a.settings.fullDetailsInNotice)],
  ];
  const active = coordinators.filter((c) => c.active);
  const people = coordinators.map((c) => `    ${c.name} <${c.email}>${c.active ? '' : ' (inactive)'}`);
  return [
    `${a.name} (${a.slug})`,
    ...rows.map(([k, v]) => `  ${`${k}:`.padEnd(24)}${v}`),
    `  coordinators:           ${active.length === 0 ? '(none: applications go elsewhere)' : active.length}`,
    ...people,
  ];
}
