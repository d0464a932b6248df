/**
 * Who serves each kommune, fylke by fylke, and where applicants fall back where nobody does: the national admin's
 * coverage page. It follows routing's rules: an association takes applications only when it is active and has an
 * active coordinator; a kommune nobody serves falls back to its fylke's county association, else the national contact.
 */
import type { Association } from '../associations/association.js';
import { listAssociations } from '../associations/associations.repository.js';
import { listCoordinatorEmailsFor } from '../associations/coordinators.repository.js';
import { listAllKommuneLinks, listPostalRangeKommuner } from '../associations/coverage.repository.js';
import type { PostalRange } from '../associations/postal-range.js';
import type { Db } from '../db/schema.js';
import { listKommuner } from '../reference-data/reference-data.repository.js';

/** An association as coverage sees it: can it take applications now, and if not, why not. */
export interface CoveringAssociation {
  association: Association;
  /** Active with at least one active coordinator. */
  canTake: boolean;
  coordinators: number;
}

/** One association serving a kommune: the whole kommune, or only the postal ranges given. */
export interface KommuneServer extends CoveringAssociation {
  ranges: PostalRange[];
}

export interface KommuneCoverage {
  number: string;
  name: string;
  /** Local associations naming the kommune or a postal range in it, whether or not they can take applications. */
  servers: KommuneServer[];
  /** Some association that can take applications serves the whole kommune. */
  served: boolean;
}

export interface FylkeCoverage {
  number: string;
  name: string;
  kommuner: KommuneCoverage[];
  /** The fylke's county associations, whether or not they can take applications. */
  county: CoveringAssociation[];
  /** Where an application from a kommune nobody serves goes: the county association(s), or the national contact. */
  fallback: 'county' | 'national';
}

export interface CoverageOverview {
  fylker: FylkeCoverage[];
  /** Local associations with no kommune and no postal range, and county associations with no fylke. */
  coveringNothing: CoveringAssociation[];
  /** The national contact, the last fallback; undefined when none is active. */
  national: CoveringAssociation | undefined;
  /** Kommunenummer associations name that the kommune list does not have (merged or mistyped): they reach nobody. */
  unknownKommuner: { number: string; servers: KommuneServer[] }[];
}

const collator = new Intl.Collator('nb');
const byName = (a: CoveringAssociation, b: CoveringAssociation) => collator.compare(a.association.name, b.association.name);

/** The whole country's coverage from the kommune list, the associations and their coordinators. */
export async function loadCoverageOverview(db: Db): Promise<CoverageOverview> {
  const associations = await listAssociations(db);
  const emails = await listCoordinatorEmailsFor(db, associations.map((a) => a.id));
  const covering = new Map(
    associations.map((association) => {
      const coordinators = emails.get(association.id)?.length ?? 0;
      return [association.id, { association, coordinators, canTake: association.active && coordinators > 0 }];
    }),
  );
  const servers = new Map<string, Map<string, KommuneServer>>();
  const serverOf = (kommune: string, associationId: string): KommuneServer | undefined => {
    const c = covering.get(associationId);
    if (!c || c.association.kind !== 'local') return undefined;
    const forKommune = servers.get(kommune) ?? new Map<string, KommuneServer>();
    servers.set(kommune, forKommune);
    const entry = forKommune.get(associationId) ?? { ...c, ranges: [] };
    forKommune.set(associationId, entry);
    return entry;
  };
  const whole = new Set<string>();
  const covers = new Set<string>();
  for (const link of await listAllKommuneLinks(db)) {
    covers.add(link.associationId);
    if (serverOf(link.kommuneNumber, link.associationId)) whole.add(`${link.kommuneNumber}:${link.associationId}`);
  }
  for (const r of await listPostalRangeKommuner(db)) {
    covers.add(r.associationId);
    for (const kommune of r.kommuneNumbers) {
      const entry = serverOf(kommune, r.associationId);
      if (entry && !whole.has(`${kommune}:${r.associationId}`)) entry.ranges.push(r.range);
    }
  }

  const fylker = new Map<string, FylkeCoverage>();
  const kommuner = await listKommuner(db);
  for (const k of kommuner) {
    let fylke = fylker.get(k.countyNumber);
    if (!fylke) {
      const county = [...covering.values()].filter((c) => c.association.kind === 'county' && c.association.countyNumber === k.countyNumber).sort(byName);
      fylke = { number: k.countyNumber, name: k.countyName, kommuner: [], county, fallback: county.some((c) => c.canTake) ? 'county' : 'national' };
      fylker.set(k.countyNumber, fylke);
    }
    const list = [...(servers.get(k.number)?.values() ?? [])].sort(byName);
    fylke.kommuner.push({ number: k.number, name: k.name, servers: list, served: list.some((s) => s.canTake && s.ranges.length === 0) });
  }

  const coveringNothing = [...covering.values()]
    .filter((c) => (c.association.kind === 'local' && !covers.has(c.association.id)) || (c.association.kind === 'county' && !c.association.countyNumber))
    .sort(byName);
  const national = [...covering.values()].find((c) => c.association.kind === 'national' && c.association.active);
  const known = new Set(kommuner.map((k) => k.number));
  // Only kommuner named outright: a postal range reaches kommuner through the register, which may lag the list.
  const unknownKommuner = [...servers.entries()]
    .filter(([number]) => !known.has(number))
    .map(([number, byAssociation]) => ({ number, servers: [...byAssociation.values()].filter((s) => s.ranges.length === 0).sort(byName) }))
    .filter((k) => k.servers.length > 0)
    .sort((a, b) => a.number.localeCompare(b.number));
  return { fylker: [...fylker.values()].sort((a, b) => a.number.localeCompare(b.number)), coveringNothing, national, unknownKommuner };
}
