/** Leases on periodic jobs in `job_locks`: whoever moves a row's `locked_until` forward runs the job. Portable SQL. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const NEVER = new Date(0).toISOString();

/**
 * Takes the lease on job `name` until `until` when it is free at `at` (its `locked_until` has passed), for this
 * `owner` only. One conditional UPDATE decides, so of several instances racing exactly one wins; the row is created
 * first when it is missing.
 */
export async function takeLease(db: Kysely<Database>, name: string, owner: string, at: Date, until: Date): Promise<boolean> {
  await db
    .insertInto('job_locks')
    .values({ name, locked_until: NEVER, locked_by: '', last_run_at: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('job_locks')
    .set({ locked_until: until.toISOString(), locked_by: owner })
    .where('name', '=', name)
    .where('locked_until', '<=', at.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Records a finished run and keeps the job locked until it is due again; a no-op when the lease was lost. */
export async function finishRun(db: Kysely<Database>, name: string, owner: string, ranAt: Date, nextDue: Date): Promise<void> {
  await db
    .updateTable('job_locks')
    .set({ last_run_at: ranAt.toISOString(), locked_until: nextDue.toISOString() })
    .where('name', '=', name)
    .where('locked_by', '=', owner)
    .execute();
}

/** Hands the lease back after a failed run, so that any instance tries again from `retryAt`. */
export async function releaseLease(db: Kysely<Database>, name: string, owner: string, retryAt: Date): Promise<void> {
  await db.updateTable('job_locks').set({ locked_until: retryAt.toISOString() }).where('name', '=', name).where('locked_by', '=', owner).execute();
}

/** When job `name` last ran to the end, or null. */
export async function lastRunOf(db: Kysely<Database>, name: string): Promise<Date | null> {
  const row = await db.selectFrom('job_locks').select('last_run_at').where('name', '=', name).executeTakeFirst();
  return row?.last_run_at ? new Date(row.last_run_at) : null;
}
