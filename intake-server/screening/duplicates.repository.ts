/** Finds an earlier application from the same person, so a second one joins it instead of starting over. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Statuses that count as an application someone is (or was) handling. */
const LIVE = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks', 'ready_for_matching'];

/** The newest live application per email key, created after `since`. */
export async function findRecentByEmailKey(trx: Transaction<Database>, emailKeys: string[], since: Date): Promise<Map<string, string>> {
  if (emailKeys.length === 0) return new Map();
  const rows = await trx
    .selectFrom('applications')
    .select(['id', 'email_key', 'created_at', 'status'])
    .where('email_key', 'in', emailKeys)
    .where('created_at', '>=', since.toISOString())
    .execute();
  // Filtered here rather than in SQL, so the query stays on the (email_key, created_at) index.
  const found = new Map<string, { id: string; createdAt: string }>();
  for (const r of rows) {
    if (!LIVE.includes(r.status)) continue;
    const seen = found.get(r.email_key);
    if (!seen || r.created_at > seen.createdAt) found.set(r.email_key, { id: r.id, createdAt: r.created_at });
  }
  return new Map([...found].map(([k, v]) => [k, v.id]));
}
