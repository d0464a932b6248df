/** Rate limits shared by every instance on one database (PostgreSQL): fixed windows counted in `rate_limits`. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * One upsert per hit: a new window starts the count at 1, the current one adds 1, and the row says where it stands.
 * On SQLite each hit would be a commit of its own; one instance there uses the memory limiter instead.
 */
export function createDatabaseRateLimiter(db: Kysely<Database>): RateLimiter {
  return {
    async hit(bucket, limit, windowMs, now) {
      if (limit <= 0) return { allowed: true };
      const t = now.getTime();
      const start = new Date(t - (t % windowMs)).toISOString();
      const row = await db
        .insertInto('rate_limits')
        .values({ bucket, window_start: start, count: 1 })
        .onConflict((oc) =>
          oc.column('bucket').doUpdateSet({
            count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
            window_start: sql<string>`excluded.window_start`,
          }),
        )
        .returning(['count'])
        .executeTakeFirstOrThrow();
      if (Number(row.count) <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Date.parse(start) + windowMs - t) / 1000)) };
    },
  };
}
