/** Decides which association(s) receive an application and which coordinators are told. */
import type { Kysely, Transaction } from 'kysely';
import type { Association } from '../associations/association.js';
import { findAssociationBySlug, findNationalContact, listCoordinatorEmails } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface RouteRequest {
  /** The slug the page names. */
  pageAssociation: string;
  /** The slug the applicant confirmed or chose after the postal-code lookup ('' when none). */
  confirmedAssociation: string;
  postalCode: string;
}

export type Routing = 'confirmed' | 'postal_code' | 'page' | 'national_fallback';

export interface Route {
  /** Associations that share the application: one, or several when a kommune has more than one and nobody chose. */
  associations: Association[];
  /** The one the applicant is told about and replies go to: the first of `associations`, or the national contact. */
  primary: Association;
  /** Addresses of the coordinators to notify; never empty. */
  recipients: string[];
  routing: Routing;
  kommune: { number: string; name: string } | null;
}

async function usable(db: Db, a: Association | undefined): Promise<{ association: Association; recipients: string[] } | undefined> {
  if (!a || !a.active || a.kind !== 'local') return undefined;
  const recipients = await listCoordinatorEmails(db, a.id);
  return recipients.length > 0 ? { association: a, recipients } : undefined;
}

/**
 * The association the applicant confirmed, if it can take applications; else the association the page names;
 * else the national contact. An application is never dropped: if even the national contact has no coordinator,
 * its contact address is told.
 */
export async function routeApplication(db: Db, req: RouteRequest): Promise<Route> {
  const confirmed = req.confirmedAssociation ? await usable(db, await findAssociationBySlug(db, req.confirmedAssociation)) : undefined;
  if (confirmed) return { associations: [confirmed.association], primary: confirmed.association, recipients: confirmed.recipients, routing: 'confirmed', kommune: null };
  const page = await usable(db, await findAssociationBySlug(db, req.pageAssociation));
  if (page) return { associations: [page.association], primary: page.association, recipients: page.recipients, routing: 'page', kommune: null };
  return nationalRoute(db, null);
}

/** The national contact as the route of last resort. */
export async function nationalRoute(db: Db, kommune: Route['kommune']): Promise<Route> {
  const national = await findNationalContact(db);
  if (!national) throw new Error('No active national contact is configured');
  const recipients = await listCoordinatorEmails(db, national.id);
  return { associations: [], primary: national, recipients: recipients.length > 0 ? recipients : [national.contactEmail], routing: 'national_fallback', kommune };
}
