/**
 * Why no association could take an application: worked out by routing when it falls back to the national contact
 * (the `route` command and the coverage page show it), and again for each application in the unrouted queue.
 */
import type { Association } from '../associations/association.js';
import { findAllServingAssociations, findCountyAssociations } from '../associations/coverage.repository.js';
import type { Db } from '../db/schema.js';
import { findPostalCode } from '../reference-data/reference-data.repository.js';
import { findCountyCandidates, findLocalCandidates } from './candidates.js';

/**
 * `no_coordinator`: an active association serves the postal code (or its fylke, as county association) but has no
 * active coordinator; `inactive`: only inactive associations serve it; `unknown_postal_code`: the register does not
 * have the postal code and no postal range holds it; `no_association`: nobody serves its kommune.
 */
export type UnroutedReason = 'no_association' | 'no_coordinator' | 'inactive' | 'unknown_postal_code';

/** The reason and the associations it is about (none for `no_association` and `unknown_postal_code`). */
export interface UnroutedCause {
  reason: UnroutedReason;
  associations: Association[];
}

/** The kommune routing found for a postal code, with its fylke; null when the register does not have the code. */
export interface RoutedKommune {
  number: string;
  countyNumber: string;
}

/**
 * Why an application from `postalCode` reached the national contact. Call only when no association can take it:
 * every active association serving it then lacks a coordinator. The most useful reason wins: an association that only
 * needs a coordinator, then an inactive one, then an unknown postal code, then no association at all.
 */
export async function findUnroutedCause(db: Db, postalCode: string, kommune: RoutedKommune | null): Promise<UnroutedCause> {
  const local = await findAllServingAssociations(db, postalCode, kommune?.number ?? null);
  const county = kommune ? await findCountyAssociations(db, kommune.countyNumber) : [];
  const withoutCoordinator = [...local.filter((a) => a.active), ...county];
  if (withoutCoordinator.length > 0) return { reason: 'no_coordinator', associations: withoutCoordinator };
  if (local.length > 0) return { reason: 'inactive', associations: local };
  return { reason: kommune ? 'no_association' : 'unknown_postal_code', associations: [] };
}

/** What the unrouted queue says about one application: why, or that an association can take it now. */
export type UnroutedExplanation = UnroutedCause | { reason: 'now_served'; associations: Association[] };

/**
 * Explains an application in the unrouted queue from what routing recorded with it (its postal code, and its kommune
 * or none when the register did not have the code) and the associations as they are now. When an association has
 * since become able to take it (a coordinator was added, say), it says so, so the admin can pass it on.
 */
export async function explainUnrouted(db: Db, application: { postalCode: string; kommuneNumber: string | null }): Promise<UnroutedExplanation> {
  const { postalCode, kommuneNumber } = application;
  const kommune = kommuneNumber ? { number: kommuneNumber, countyNumber: (await findPostalCode(db, postalCode))?.kommune.countyNumber ?? kommuneNumber.slice(0, 2) } : null;
  let able = await findLocalCandidates(db, postalCode, kommuneNumber);
  if (able.length === 0 && kommune) able = await findCountyCandidates(db, kommune.countyNumber);
  if (able.length > 0) return { reason: 'now_served', associations: able.map((c) => c.association) };
  return findUnroutedCause(db, postalCode, kommune);
}
