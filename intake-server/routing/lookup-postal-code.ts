/** Answers "which association serves this postal code" for the widget; reveals nothing about applicants. */
import type { PostalCodeLookup } from '../../contract/index.js';
import { findPostalCode } from '../reference-data/reference-data.repository.js';
import { findCountyCandidates, findLocalCandidates } from './candidates.js';
import type { Db } from '../db/schema.js';

/**
 * The postal code's place and kommune and the associations an application from it would go to: the local ones
 * serving it, else the county association(s). Empty when only the national contact (or the page's own) would take it.
 */
export async function lookupPostalCode(db: Db, postalCode: string): Promise<PostalCodeLookup> {
  const place = await findPostalCode(db, postalCode);
  let candidates = await findLocalCandidates(db, postalCode, place?.kommune.number ?? null);
  if (candidates.length === 0 && place) candidates = await findCountyCandidates(db, place.kommune.countyNumber);
  return {
    postalCode,
    place: place?.place ?? null,
    kommune: place ? { number: place.kommune.number, name: place.kommune.name } : null,
    associations: candidates.map((c) => ({ slug: c.association.slug, name: c.association.name })),
  };
}
