/** Decides which association receives an application and which coordinators are told. */
import type { Kysely } from 'kysely';
import type { Association } from '../associations/association.js';
import { findAssociationBySlug, findNationalContact, listCoordinatorEmails } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';

export interface Route {
  association: Association;
  /** Addresses of the coordinators to notify; never empty. */
  recipients: string[];
  routing: 'page' | 'national_fallback';
}

/**
 * The association the page names, if it exists, is active and has a coordinator; otherwise the national contact.
 * An application is never dropped: if even the national contact has no coordinator, its contact address is told.
 */
export async function routeApplication(db: Kysely<Database>, requestedSlug: string): Promise<Route> {
  const local = await findAssociationBySlug(db, requestedSlug);
  if (local && local.active && local.kind === 'local') {
    const recipients = await listCoordinatorEmails(db, local.id);
    if (recipients.length > 0) return { association: local, recipients, routing: 'page' };
  }
  const national = await findNationalContact(db);
  if (!national) throw new Error('No active national contact is configured');
  const recipients = await listCoordinatorEmails(db, national.id);
  return { association: national, recipients: recipients.length > 0 ? recipients : [national.contactEmail], routing: 'national_fallback' };
}
