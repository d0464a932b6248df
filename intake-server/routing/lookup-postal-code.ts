/** Answers "which association serves this postal code" for the widget; reveals nothing about applicants. */
import type { PostalCodeLookup, RouteFallback } from '../../contract/index.js';
import { toPublicAssociation } from '../associations/association.js';
import { findAllServingAssociations } from '../associations/coverage.repository.js';
import { countReferenceData, findPostalCode } from '../reference-data/reference-data.repository.js';
import { findLocalCandidates } from './candidates.js';
import { routeApplication, type Routing } from './route-application.js';
import type { Db } from '../db/schema.js';

const FALLBACK_KIND: Partial<Record<Routing, RouteFallback['kind']>> = { page: 'page', county: 'county', national_fallback: 'national' };

/**
 * The postal code's place and kommune, the local associations serving it, and, when none does, where routing sends
 * an application from it for the page `pageSlug` names: worked out by `routeApplication` itself, so that the form
 * says what the server will do.
 */
export async function lookupPostalCode(db: Db, postalCode: string, pageSlug = ''): Promise<PostalCodeLookup> {
  const place = await findPostalCode(db, postalCode);
  const local = await findLocalCandidates(db, postalCode, place?.kommune.number ?? null);
  const body: PostalCodeLookup = {
    postalCode,
    place: place?.place ?? null,
    kommune: place ? { number: place.kommune.number, name: place.kommune.name } : null,
    associations: local.map((c) => ({ ...toPublicAssociation(c.association), slug: c.association.slug })),
    unknownPostalCode:
      !place && (await findAllServingAssociations(db, postalCode, null)).length === 0 && (await countReferenceData(db)).postalCodes > 0,
  };
  if (local.length > 0) return body;
  const route = await routeApplication(db, { pageAssociation: pageSlug, confirmedAssociation: '', postalCode });
  const kind = FALLBACK_KIND[route.routing];
  if (kind) body.fallback = { ...toPublicAssociation(route.primary), kind };
  return body;
}
