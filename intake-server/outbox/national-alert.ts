/** Alerts to the national contact about the mail system itself: who gets them, and "only once per key". */
import type { Language } from '../../contract/index.js';
import { findNationalContact, listCoordinatorEmails } from '../associations/associations.repository.js';
import type { Db } from '../db/schema.js';
import { isSingleAddress } from '../mail/single-address.js';

/** Where alerts go: the national contact's coordinators, or its contact address when it has none. */
export interface AlertAddressing {
  recipients: string[];
  language: Language;
}

/** The national contact's alert addressing; undefined when there is no active national contact with an address. */
export async function nationalAlertAddressing(db: Db): Promise<AlertAddressing | undefined> {
  const national = await findNationalContact(db);
  if (!national) return undefined;
  const coordinators = (await listCoordinatorEmails(db, national.id)).filter(isSingleAddress);
  const recipients = coordinators.length > 0 ? coordinators : [national.contactEmail].filter(isSingleAddress);
  return recipients.length > 0 ? { recipients, language: national.defaultLanguage } : undefined;
}

/**
 * Records that the alert `key` (e.g. `smtp_auth:2026-11-27`) is taken. True for the first caller only, also across
 * processes sharing the database: the key is the table's primary key.
 */
export async function claimAlertKey(db: Db, key: string, now: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('alerts_sent')
    .values({ key, sent_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}
