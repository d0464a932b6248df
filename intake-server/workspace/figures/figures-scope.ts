/** Which associations a figures page counts: one, all of a coordinator's, or the whole country for the admin. */
import type { Kysely } from 'kysely';
import type { Association } from '../../associations/association.js';
import type { Database } from '../../db/schema.js';
import type { Staff } from '../../accounts/staff.js';
import { pickAssociation, visibleAssociations } from '../kit/association-scope.js';

/** The associations one figures page counts, and those the person may choose from. */
export interface FiguresScope {
  /** `national`: every association (the admin); `mine`: all of a coordinator's; `one`: the association chosen. */
  kind: 'national' | 'mine' | 'one';
  /** The chosen association's name when `kind` is `one`. */
  name: string | null;
  /** Association ids counted, or null for all. */
  associationIds: string[] | null;
  /** Their slugs (widget counts are kept by slug), or null for all. */
  slugs: string[] | null;
  /** The slug chosen with `?forening=`, or '' for the default. */
  selected: string;
  /** What the person may choose from. */
  choices: Association[];
}

/**
 * The scope for `staff` asking for association `slug` (empty: the default). Undefined when the slug names no
 * association this person may see: the page then answers 404, as for an association that does not exist.
 */
export async function resolveScope(db: Kysely<Database>, staff: Staff, slug: string | undefined): Promise<FiguresScope | undefined> {
  const choices = await visibleAssociations(db, staff);
  const chosen = pickAssociation(choices, slug);
  if (chosen === undefined) return undefined;
  if (chosen) return { kind: 'one', name: chosen.name, associationIds: [chosen.id], slugs: [chosen.slug], selected: chosen.slug, choices };
  if (staff.role === 'admin') return { kind: 'national', name: null, associationIds: null, slugs: null, selected: '', choices };
  return { kind: 'mine', name: null, associationIds: choices.map((a) => a.id), slugs: choices.map((a) => a.slug), selected: '', choices };
}
