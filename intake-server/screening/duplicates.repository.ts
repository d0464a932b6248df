/** What the database knows about the addresses in a batch: an earlier application to join, a receipt already sent today. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Statuses that count as an application someone is (or was) handling. */
const LIVE = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'ready_for_matching'];

/** A live application an address sent earlier, with the associations that own it (its own and any it is shared with). */
export interface EarlierApplication {
  id: string;
  associationIds: string[];
}

export interface EarlierApplications {
  /**
   * The live applications per email key created since the duplicate window began, newest first. A new application
   * joins only one that shares an association with it (finding 13.9): a repeat is marked only where the coordinators
   * can see the first one, so no coordinator learns that the address applied to another association.
   */
  earlier: Map<string, EarlierApplication[]>;
  /** Email keys that were sent a receipt on `today`. */
  receiptedToday: Set<string>;
}

/** One indexed query on (email_key, created_at) answers both the duplicate and the one-receipt-a-day rule. */
export async function findEarlierApplications(
  trx: Transaction<Database>,
  emailKeys: string[],
  duplicatesSince: Date,
  today: string,
): Promise<EarlierApplications> {
  const result: EarlierApplications = { earlier: new Map(), receiptedToday: new Set() };
  if (emailKeys.length === 0) return result;
  const since = new Date(Math.min(duplicatesSince.getTime(), Date.parse(`${today}T00:00:00.000Z`))).toISOString();
  const rows = await trx
    .selectFrom('applications')
    .select(['id', 'email_key', 'created_at', 'status', 'receipt_day', 'association_id'])
    .where('email_key', 'in', emailKeys)
    .where('created_at', '>=', since)
    .execute();
  const live: typeof rows = [];
  for (const r of rows) {
    if (r.receipt_day === today) result.receiptedToday.add(r.email_key);
    // Filtered here rather than in SQL, so the query stays on the (email_key, created_at) index.
    if (LIVE.includes(r.status) && r.created_at >= duplicatesSince.toISOString()) live.push(r);
  }
  if (live.length === 0) return result;
  // Only applications shared by several associations have rows there (see applications.repository.ts).
  const shares = await trx
    .selectFrom('application_associations')
    .select(['application_id', 'association_id'])
    .where('application_id', 'in', live.map((r) => r.id))
    .execute();
  live.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  for (const r of live) {
    const associationIds = [r.association_id, ...shares.filter((s) => s.application_id === r.id).map((s) => s.association_id)];
    const list = result.earlier.get(r.email_key) ?? [];
    list.push({ id: r.id, associationIds });
    result.earlier.set(r.email_key, list);
  }
  return result;
}

/** The newest of `earlier` that shares one of `associationIds`: the application a new one joins, if any. */
export function earlierSharing(earlier: EarlierApplication[] | undefined, associationIds: readonly string[]): EarlierApplication | undefined {
  return earlier?.find((e) => e.associationIds.some((id) => associationIds.includes(id)));
}
