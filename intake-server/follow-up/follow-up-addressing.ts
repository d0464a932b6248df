/** Who gets a follow-up mail, in which language, and where replies go. */
import type { Language } from '../../contract/index.js';
import { sharedAssociationIds } from '../applications/applications.repository.js';
import { toAssociation } from '../associations/association.js';
import { listCoordinatorEmailsFor } from '../associations/coordinators.repository.js';
import type { Db } from '../db/schema.js';
import { isSingleAddress } from '../mail/single-address.js';
import { nationalAlertAddressing } from '../outbox/national-alert.js';

/** Where a follow-up mail goes, in which language, and where replies go. */
export interface FollowUpAddressing {
  recipients: string[];
  language: Language;
  replyTo: string | null;
  /** The association that has the application. */
  associationName: string;
}

const unique = (addresses: string[]) => {
  const seen = new Set<string>();
  return addresses.filter((a) => isSingleAddress(a) && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
};

/**
 * A reminder goes to the active coordinators of the association that has the application, and of the associations
 * sharing it with that one (a kommune served by several); to the association's own mailbox when it has no
 * coordinator; to the national contact when neither is a usable address. An unrouted application belongs to the
 * national contact, so its coordinators are reminded. Written in the association's language; replies reach its mailbox.
 */
export async function reminderAddressing(db: Db, applicationId: string, associationId: string): Promise<FollowUpAddressing | undefined> {
  const row = await db.selectFrom('associations').selectAll().where('id', '=', associationId).executeTakeFirst();
  if (!row) return undefined;
  const association = toAssociation(row);
  const shared = await sharedAssociationIds(db, applicationId);
  // Sharing counts only while the association that has the application is one of those sharing it (not after a reassignment).
  const ids = shared.includes(association.id) ? shared : [association.id];
  const byAssociation = await listCoordinatorEmailsFor(db, ids);
  let recipients = unique(ids.flatMap((id) => byAssociation.get(id) ?? []));
  if (recipients.length === 0) recipients = unique([association.contactEmail]);
  if (recipients.length === 0) recipients = (await nationalAlertAddressing(db))?.recipients ?? [];
  if (recipients.length === 0) return undefined;
  return {
    recipients,
    language: association.defaultLanguage,
    replyTo: isSingleAddress(association.contactEmail) ? association.contactEmail : null,
    associationName: association.name,
  };
}

/**
 * The escalation goes to the national contact (its coordinators, or its mailbox), in its language; a reply reaches
 * the association that has the application. Undefined when there is no national contact to tell.
 */
export async function escalationAddressing(db: Db, associationId: string): Promise<FollowUpAddressing | undefined> {
  const national = await nationalAlertAddressing(db);
  const row = await db.selectFrom('associations').selectAll().where('id', '=', associationId).executeTakeFirst();
  if (!national || !row) return undefined;
  const association = toAssociation(row);
  return {
    recipients: national.recipients,
    language: national.language,
    replyTo: association.kind !== 'national' && isSingleAddress(association.contactEmail) ? association.contactEmail : null,
    associationName: association.name,
  };
}
