/** What `GET /readyz` reports: whether the database answers, and the outbox's state (counts only). */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { outboxHealth, type OutboxHealth } from '../outbox/outbox-health.js';
import type { OutboxWorker } from '../outbox/outbox.worker.js';

/** The outbox's state once the database has answered a trivial query; throws when it does not answer. */
export async function readiness(db: Kysely<Database>, worker: Pick<OutboxWorker, 'isPaused'>, now: Date): Promise<OutboxHealth> {
  await sql`select 1`.execute(db);
  return outboxHealth(db, worker, now);
}
