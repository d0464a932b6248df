/** Fixed-window counters for sign-in attempts, in the shared `rate_limits` table so every instance counts together. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How many attempts each kind of key may make per window. */
export const SIGN_IN_LIMITS = {
  /**
   * Links mailed to one address at the request of one client address. Counted per pair, so that someone asking for
   * a coordinator's address from elsewhere cannot use up her own allowance (and lock her out of email links).
   */
  linksPerEmailAndClient: 5,
  /** Links asked for from one client address (a shared office connection has a few coordinators). */
  linksPerClient: 10,
  /** Passkey sign-ins and link redemptions from one client address. */
  attemptsPerClient: 30,
  windowMs: 15 * 60_000,
} as const;

const PREFIX = 'sign-in:';

/**
 * Counts one attempt for `key` (already a keyed hash: no addresses are stored) and says whether it is within
 * `limit`. Counts are kept per window of `windowMs`; windows that ended are deleted as new attempts come in.
 */
export async function hitSignInLimit(db: Kysely<Database>, key: string, limit: number, now: Date, windowMs = SIGN_IN_LIMITS.windowMs): Promise<boolean> {
  const t = now.getTime();
  const windowStart = new Date(t - (t % windowMs)).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ bucket: PREFIX + key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('bucket').doUpdateSet({
        // Both expressions see the row as it was before the update.
        count: sql<number>`CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.count + 1 ELSE 1 END`,
        window_start: sql<string>`excluded.window_start`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  await db
    .deleteFrom('rate_limits')
    .where('bucket', 'like', `${PREFIX}%`)
    .where('window_start', '<', new Date(t - windowMs).toISOString())
    .execute();
  return row.count <= limit;
}
