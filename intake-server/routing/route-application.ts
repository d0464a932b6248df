/** Decides which association(s) receive an application and which coordinators are told. */
import type { Association } from '../associations/association.js';
import { findAssociationBySlug, findNationalContact, listCoordinatorEmails } from '../associations/associations.repository.js';
import { findPostalCode } from '../reference-data/reference-data.repository.js';
import { findCountyCandidates, findLocalCandidates, withRecipients, type Candidate } from './candidates.js';
import { findUnroutedCause, type UnroutedCause } from './unrouted-reason.js';
import type { Db } from '../db/schema.js';

export interface RouteRequest {
  /** The slug the page names. */
  pageAssociation: string;
  /** The slug the applicant confirmed or chose after the postal-code lookup ('' when none). */
  confirmedAssociation: string;
  postalCode: string;
}

/**
 * Why an application went where it went: the applicant's choice, the postal code (kommune or postal range), the
 * page's own association when nobody serves the postal code, a county association, or the national contact.
 */
export type Routing = 'confirmed' | 'postal_code' | 'page' | 'county' | 'national_fallback';

export interface Route {
  /** Associations that share the application: one, or several when a kommune has more than one and nobody chose. */
  associations: Association[];
  /** The one the applicant is told about and replies go to: the first of `associations`, or the national contact. */
  primary: Association;
  /** Addresses of the coordinators to notify; never empty. */
  recipients: string[];
  routing: Routing;
  kommune: { number: string; name: string } | null;
  /** Why no association could take it: set only for `national_fallback`. */
  unrouted: UnroutedCause | null;
}

/** An association the applicant or the page named, if it can take applications (the national contact never counts). */
async function usable(db: Db, slug: string): Promise<Candidate | undefined> {
  const a = slug ? await findAssociationBySlug(db, slug) : undefined;
  if (!a || !a.active || a.kind === 'national') return undefined;
  return (await withRecipients(db, [a]))[0];
}

/** One association, or several sharing (the first by name is primary; every coordinator is told). */
function routeTo(candidates: Candidate[], routing: Routing, kommune: Route['kommune']): Route {
  const recipients = [...new Set(candidates.flatMap((c) => c.recipients))];
  return { associations: candidates.map((c) => c.association), primary: candidates[0]!.association, recipients, routing, kommune, unrouted: null };
}

/**
 * In order: the association the applicant confirmed; the active associations serving the postal code's kommune or a
 * postal range holding it (the page's own if it is one of them, else all of them share); the page's association;
 * a county association of the kommune's fylke; the national contact. An association counts only when it is active
 * and has a coordinator. Never drops an application.
 */
export async function routeApplication(db: Db, req: RouteRequest): Promise<Route> {
  // Asked at once: the postal code's place, the association the applicant confirmed and, when she confirmed none, the
  // associations serving the postal code (which need the place's kommune only inside their own statement).
  const [place, confirmed, servingAtOnce] = await Promise.all([
    findPostalCode(db, req.postalCode),
    usable(db, req.confirmedAssociation),
    req.confirmedAssociation ? undefined : findLocalCandidates(db, req.postalCode),
  ]);
  const kommune = place ? { number: place.kommune.number, name: place.kommune.name } : null;
  if (confirmed) return routeTo([confirmed], 'confirmed', kommune);

  const serving = servingAtOnce ?? (await findLocalCandidates(db, req.postalCode, kommune?.number ?? null));
  const own = serving.find((c) => c.association.slug === req.pageAssociation);
  if (own) return routeTo([own], 'postal_code', kommune);
  if (serving.length > 0) return routeTo(serving, 'postal_code', kommune);

  const page = await usable(db, req.pageAssociation);
  if (page) return routeTo([page], 'page', kommune);

  if (place) {
    const county = await findCountyCandidates(db, place.kommune.countyNumber);
    if (county.length > 0) return routeTo(county, 'county', kommune);
  }
  const routed = place ? { number: place.kommune.number, countyNumber: place.kommune.countyNumber } : null;
  return nationalRoute(db, kommune, await findUnroutedCause(db, req.postalCode, routed));
}

/** The national contact as the route of last resort. */
async function nationalRoute(db: Db, kommune: Route['kommune'], unrouted: UnroutedCause): Promise<Route> {
  const national = await findNationalContact(db);
  if (!national) throw new Error('No active national contact is configured');
  const recipients = await listCoordinatorEmails(db, national.id);
  return { associations: [], primary: national, recipients: recipients.length > 0 ? recipients : [national.contactEmail], routing: 'national_fallback', kommune, unrouted };
}
