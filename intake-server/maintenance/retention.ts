/** One pass of every retention rule: applications past their period, quarantine, idempotency keys, used challenges. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { deleteExpiredApplications } from './expire-applications.js';
import { purgeExpired, type PurgeCounts } from './purge-expired.js';

/** What one retention pass deleted, for the log. */
export interface RetentionCounts extends PurgeCounts {
  applications: number;
}

/** Applies the retention rules as of `at`; safe to run at any time and on several instances. */
export async function runRetention(db: Kysely<Database>, at: Date, retention: Config['retention']): Promise<RetentionCounts> {
  const applications = await deleteExpiredApplications(db, at, retention.months);
  return { applications, ...(await purgeExpired(db, at, retention)) };
}
