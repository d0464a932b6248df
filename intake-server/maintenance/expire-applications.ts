/** Deletes applications whose retention period is over, with everything attached, keeping only anonymous counts. */
import type { Kysely } from 'kysely';
import { deleteExpiredBatch, EXPIRY_BATCH } from '../applications/application-changes.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { monthsBefore } from '../lib/time.js';

/**
 * Deletes every application in an expiring status whose last activity (and closing, when it has one) lies more than
 * `months` months before `at`: its notes, events, outbox mail and shares go with it. In the same transaction it adds
 * the deleted applications to `retention_counts` (month of deletion, association, status: nothing else) and writes
 * one audit-log line each (ids and the status only). Returns how many were deleted.
 */
export async function deleteExpiredApplications(db: Kysely<Database>, at: Date, months: number): Promise<number> {
  const cutoff = monthsBefore(at, months).toISOString();
  let total = 0;
  for (;;) {
    const deleted = await withTransaction(db, (trx) => deleteExpiredBatch(trx, at, cutoff));
    total += deleted;
    if (deleted < EXPIRY_BATCH) return total;
  }
}
