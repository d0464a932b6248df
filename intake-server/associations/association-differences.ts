/** Which fields an import would change on a stored association: none means the row counts as unchanged. */
import type { Association } from './association.js';
import type { AssociationChanges } from './associations.repository.js';
import type { AssociationCoverage } from './coverage.repository.js';

function sameList(a: string[], b: string[]): boolean {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((v, i) => v === sortedB[i]);
}

/** The names of the fields `changes` gives with a value other than the stored one (left-out fields change nothing). */
export function changedFields(stored: Association, coverage: AssociationCoverage, coordinators: { name: string; email: string; active: boolean }[], changes: AssociationChanges): string[] {
  const changed: string[] = [];
  const differs = (field: string, given: unknown, current: unknown) => {
    if (given !== undefined && given !== current) changed.push(field);
  };
  differs('kind', changes.kind, stored.kind);
  differs('name', changes.name, stored.name);
  differs('contactEmail', changes.contactEmail, stored.contactEmail);
  differs('contactPhone', changes.contactPhone, stored.contactPhone);
  differs('defaultLanguage', changes.defaultLanguage, stored.defaultLanguage);
  differs('active', changes.active, stored.active);
  differs('countyNumber', changes.countyNumber, stored.countyNumber);
  if (changes.allowedOrigins && !sameList(changes.allowedOrigins, stored.allowedOrigins)) changed.push('allowedOrigins');
  if (changes.settings && Object.entries(changes.settings).some(([k, v]) => v !== undefined && v !== stored.settings[k as keyof typeof stored.settings])) changed.push('settings');
  if (changes.kommuner && !sameList(changes.kommuner, coverage.kommuner)) changed.push('kommuner');
  const range = (r: { from: string; to: string }) => `${r.from}-${r.to}`;
  if (changes.postalRanges && !sameList(changes.postalRanges.map(range), coverage.postalRanges.map(range))) changed.push('postalRanges');
  const person = (c: { name: string; email: string }) => `${c.name}\n${c.email.toLowerCase()}`;
  if (changes.coordinators && !sameList(changes.coordinators.map(person), coordinators.filter((c) => c.active).map(person))) changed.push('coordinators');
  return changed;
}
