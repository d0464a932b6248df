/**
 * "Where would an application from this postal code go, and why?": the one answer behind the admin tool's `route`
 * command and the coverage page. Stores nothing.
 */
import { findNationalContact } from '../associations/associations.repository.js';
import type { Db } from '../db/schema.js';
import { countReferenceData, findPostalCode, type PostalPlace } from '../reference-data/reference-data.repository.js';
import { routeApplication, type Route, type RouteRequest } from './route-application.js';

export interface RouteExplanation {
  postalCode: string;
  /** The register's entry, or undefined when it does not have the postal code. */
  place: PostalPlace | undefined;
  /** The register is empty, so only postal ranges can match. */
  registerEmpty: boolean;
  /** There is an active national contact to take what no association can. */
  hasNational: boolean;
  /** Where it would go; null only when no association can take it and there is no national contact either. */
  route: Route | null;
}

/** A postal code is four digits. */
export function isPostalCode(value: string): boolean {
  return /^\d{4}$/.test(value);
}

/** Routes a would-be application exactly as intake does, and gathers what explains the answer. */
export async function explainRoute(db: Db, req: RouteRequest): Promise<RouteExplanation> {
  const place = await findPostalCode(db, req.postalCode);
  const registerEmpty = (await countReferenceData(db)).postalCodes === 0;
  const hasNational = (await findNationalContact(db)) !== undefined;
  const route = await routeApplication(db, req).catch((err: unknown) => {
    if (hasNational) throw err;
    return null;
  });
  return { postalCode: req.postalCode, place, registerEmpty, hasNational, route };
}
