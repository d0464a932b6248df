/** Delivers queued mail: claims due rows with a lease, sends them, retries with backoff, dead-letters what never works. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { renderMail } from '../mail/render-mail.js';
import { backoffDelay } from './backoff.js';
import { classifyDeliveryError } from './classify-error.js';
import { claimDue, markDead, markRetry, markSent } from './outbox.repository.js';
import type { OutboxRow } from './outbox.table.js';

export interface OutboxWorker {
  start(): void;
  /** Stops claiming new rows and waits for the mails in flight. */
  stop(): Promise<void>;
  /** Wakes the worker now instead of at the next poll (called after a commit that enqueued mail). */
  nudge(): void;
  /** Claims and settles one batch; returns how many rows it handled. For tests and the drain loop. */
  drainOnce(): Promise<number>;
}

export interface OutboxWorkerDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  logger: Logger;
  options: Config['outbox'];
  now?: () => Date;
}

export function createOutboxWorker({ db, mailer, logger, options, now = () => new Date() }: OutboxWorkerDeps): OutboxWorker {
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function settle(row: OutboxRow): Promise<void> {
    try {
      const message = renderMail(row);
      const result = await mailer.send(message);
      if (result.accepted.length === 0 && result.rejected.length > 0) {
        await markDead(db, row.id, 'all recipients rejected');
        logger.error('mail dead-lettered', { outboxId: row.id, kind: row.kind, reason: 'all recipients rejected' });
        return;
      }
      await markSent(db, row.id, now());
      if (result.rejected.length > 0) logger.warn('mail partly rejected', { outboxId: row.id, kind: row.kind, rejected: result.rejected.length });
      logger.info('mail sent', { outboxId: row.id, kind: row.kind, attempts: row.attempts });
    } catch (err) {
      const failure = classifyDeliveryError(err);
      if (failure.kind === 'permanent' || row.attempts >= options.maxAttempts) {
        await markDead(db, row.id, failure.summary);
        logger.error('mail dead-lettered', { outboxId: row.id, kind: row.kind, reason: failure.summary, attempts: row.attempts });
      } else {
        const delay = backoffDelay(row.attempts, options.backoffBaseMs, options.backoffCapMs);
        await markRetry(db, row.id, new Date(now().getTime() + delay), failure.summary);
        logger.warn('mail delivery failed, will retry', { outboxId: row.id, kind: row.kind, reason: failure.summary, attempts: row.attempts, retryInMs: delay });
      }
    }
  }

  async function drainOnce(): Promise<number> {
    const rows = await claimDue(db, now(), options.leaseMs, options.batchSize);
    await Promise.all(rows.map(settle));
    return rows.length;
  }

  function sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      wake = () => resolve();
      timer = setTimeout(resolve, ms);
    }).finally(() => {
      clearTimeout(timer);
      wake = undefined;
    });
  }

  async function run(): Promise<void> {
    while (running) {
      let handled = 0;
      try {
        handled = await drainOnce();
      } catch (err) {
        // The database may be briefly locked or full; the rows stay pending and are claimed again.
        logger.error('outbox worker error', { errorCode: String((err as { code?: unknown }).code ?? (err as Error).name) });
      }
      if (running && handled < options.batchSize) await sleep(options.pollMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
    nudge() {
      wake?.();
    },
    drainOnce,
  };
}
