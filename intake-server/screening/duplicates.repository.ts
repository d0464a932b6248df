/** What the database knows about the addresses in a batch: an earlier application to join, a receipt already sent today. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Statuses that count as an application someone is (or was) handling. */
const LIVE = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'ready_for_matching'];

export interface EarlierApplications {
  /** The newest live application per email key created since the duplicate window began. */
  earlier: Map<string, string>;
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
    .select(['id', 'email_key', 'created_at', 'status', 'receipt_day'])
    .where('email_key', 'in', emailKeys)
    .where('created_at', '>=', since)
    .execute();
  const newest = new Map<string, string>();
  for (const r of rows) {
    if (r.receipt_day === today) result.receiptedToday.add(r.email_key);
    // Filtered here rather than in SQL, so the query stays on the (email_key, created_at) index.
    if (!LIVE.includes(r.status) || r.created_at < duplicatesSince.toISOString()) continue;
    if (!result.earlier.has(r.email_key) || r.created_at > newest.get(r.email_key)!) {
      result.earlier.set(r.email_key, r.id);
      newest.set(r.email_key, r.created_at);
    }
  }
  return result;
}
