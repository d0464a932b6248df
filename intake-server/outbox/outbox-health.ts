/** The outbox's state for health checks and operators: what waits, what was given up on, whether delivery is paused. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { OutboxWorker } from './outbox.worker.js';

/** The outbox at a glance; counts only. */
export interface OutboxHealth {
  /** Mails waiting to be delivered (including those being retried). */
  pending: number;
  /** Mails given up on. */
  dead: number;
  /** How long the oldest waiting mail has waited; 0 when none waits. A growing figure means mail is stuck. */
  oldestPendingAgeSeconds: number;
  /** Delivery is paused because the SMTP server refuses the service's credentials. */
  paused: boolean;
}

/** Reads the outbox's health; `worker` tells whether delivery is paused. Counts only, no personal data. */
export async function outboxHealth(db: Kysely<Database>, worker: Pick<OutboxWorker, 'isPaused'>, now: Date = new Date()): Promise<OutboxHealth> {
  const counts = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
    .where('status', 'in', ['pending', 'dead'])
    .groupBy('status')
    .execute();
  const pending = counts.find((c) => c.status === 'pending');
  const dead = counts.find((c) => c.status === 'dead');
  const oldest = pending?.oldest ? new Date(pending.oldest).getTime() : now.getTime();
  return {
    pending: Number(pending?.n ?? 0),
    dead: Number(dead?.n ?? 0),
    oldestPendingAgeSeconds: Math.max(0, Math.floor((now.getTime() - oldest) / 1000)),
    paused: worker.isPaused(),
  };
}
