/**
 * The per-association budget (RATE_LIMIT_PER_ASSOCIATION): how many applications may reach an association's
 * coordinators in one hour. It is spent inside the transaction that stores the applications, after screening and
 * routing, so only applications that passed screening and are not repeats count, and they count for the
 * association(s) they were routed to, never for the slug a client sent. What the budget cannot take is quarantined
 * (same answer, no email), never refused: a flood cannot make a real person's application bounce. What it holds
 * back waits for the association's coordinators and the national admin (held-applications.service.ts), and the first
 * application an association's budget holds back in a window tells the national admin (second attack, finding 1).
 */
import { sql, type Transaction } from 'kysely';
import { findAssociationById } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';
import { claimAlertKey, nationalAlertAddressing } from '../outbox/national-alert.js';
import { enqueueMails } from '../outbox/outbox.repository.js';

/** Counts per fixed window, like the other rate limits. */
const ASSOCIATION_BUDGET_WINDOW_MS = 60 * 60_000;

/** Rows of `rate_limits` holding the budgets; the id is the association's, not a slug anyone can make up. */
const bucketOf = (associationId: string) => `association-budget:${associationId}`;

export interface AssociationBudgets {
  /**
   * Takes one application from the budget of every association in `associationIds`, or none when any of them has
   * already taken `limit` in this window (then the application is to be quarantined). `limit` 0: no limit.
   */
  take(associationIds: readonly string[], limit: number): boolean;
  /**
   * Writes what this batch took, and queues the national admin's alert for each association whose budget held an
   * application back for the first time in this window; call once, in the same transaction, before it commits.
   */
  save(): Promise<void>;
}

/**
 * Reads the budgets of `associationIds` as of `at`. Each row is touched with an upsert (which starts a new window at 0),
 * so on PostgreSQL the row stays locked until the batch commits: instances that store applications for the same
 * association at the same time take turns and never overspend. Rows are touched in a fixed order, so two batches
 * cannot deadlock on them. On SQLite the batch's transaction is the only writer anyway.
 */
export async function openAssociationBudgets(trx: Transaction<Database>, associationIds: Iterable<string>, at: Date): Promise<AssociationBudgets> {
  const t = at.getTime();
  const windowStart = new Date(t - (t % ASSOCIATION_BUDGET_WINDOW_MS)).toISOString();
  const used = new Map<string, number>();
  const taken = new Map<string, number>();
  /** Associations whose budget held an application back in this batch. */
  const spent = new Set<string>();
  for (const id of [...new Set(associationIds)].sort()) {
    const row = await trx
      .insertInto('rate_limits')
      .values({ bucket: bucketOf(id), window_start: windowStart, count: 0 })
      .onConflict((oc) =>
        oc.column('bucket').doUpdateSet({
          // Both expressions see the row as it was before the update.
          count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count else 0 end`,
          window_start: sql<string>`excluded.window_start`,
        }),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    used.set(id, Number(row.count));
  }
  return {
    take(ids, limit) {
      if (limit <= 0) return true;
      const full = ids.filter((id) => (used.get(id) ?? 0) >= limit);
      if (full.length > 0) {
        for (const id of full) spent.add(id);
        return false;
      }
      for (const id of ids) {
        used.set(id, (used.get(id) ?? 0) + 1);
        taken.set(id, (taken.get(id) ?? 0) + 1);
      }
      return true;
    },
    async save() {
      for (const [id, n] of taken) {
        await trx
          .updateTable('rate_limits')
          .set((eb) => ({ count: eb('count', '+', n) }))
          .where('bucket', '=', bucketOf(id))
          .execute();
      }
      taken.clear();
      for (const id of [...spent].sort()) await alertNationalAdmin(trx, id, windowStart, at);
      spent.clear();
    },
  };
}

/**
 * Tells the national admin that an association's budget is holding applications back: once per association per
 * window (the key is claimed in `alerts_sent`, also across instances). Names the association, never an applicant.
 */
async function alertNationalAdmin(trx: Transaction<Database>, associationId: string, windowStart: string, at: Date): Promise<void> {
  if (!(await claimAlertKey(trx, `association_limit:${associationId}:${windowStart}`, at))) return;
  const [to, association] = await Promise.all([nationalAlertAddressing(trx), findAssociationById(trx, associationId)]);
  if (!to || !association) return;
  await enqueueMails(
    trx,
    [{ applicationId: null, mail: { kind: 'association_limit_alert', language: to.language, recipients: to.recipients, replyTo: null, data: { associationName: association.name, since: at.toISOString() } } }],
    at,
  );
}
