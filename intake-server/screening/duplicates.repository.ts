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
    .select(['id', 'email_key'])
    .where('email_key', 'in', emailKeys)
    .where('created_at', '>=', since.toISOString())
    .where('status', 'in', LIVE)
    .orderBy('created_at', 'desc')
    .execute();
  const found = new Map<string, string>();
  for (const r of rows) if (!found.has(r.email_key)) found.set(r.email_key, r.id);
  return found;
}
