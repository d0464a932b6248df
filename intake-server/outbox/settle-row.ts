/** Delivers one claimed outbox row and records the outcome: sent, retry later, dead, or handed back while paused. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import type { Logger } from '../logger.js';
import type { Mailer, SendResult } from '../mail/mailer.js';
import { renderMail } from '../mail/render-mail.js';
import { backoffDelay } from './backoff.js';
import { classifyDeliveryError } from './classify-error.js';
import { noteDeadLetter } from './dead-letter-alert.js';
import { dropSentLinks, markDead, markRetry, markSent, releaseClaim, requeueFor } from './outbox.repository.js';
import type { OutboxRow } from './outbox.table.js';
import { makeSignInLinkForDelivery, SignInMailTaken } from './sign-in-link-mail.js';

/**
 * What became of a claimed row. `released`: handed back untouched (delivery paused), or left to the instance that
 * claimed it again; `dropped`: a sign-in mail deleted unsent (its request already served, or the address no longer
 * a coordinator's: see `sign-in-link-mail.ts`).
 */
export type Settled = 'sent' | 'retry' | 'dead' | 'released' | 'dropped';

/** What settling a row needs from the worker: storage, the mailer, and the worker's pause state. */
export interface SettleDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  logger: Logger;
  options: Config['outbox'];
  now: () => Date;
  /** Records a delivered row (a sign-in mail is deleted); deliveries that finish together share one commit (see the worker). */
  recordSent(id: string, kind: string): Promise<void>;
  /** Runs dead-letter bookkeeping one at a time within this process. */
  serializeDeadLetter<T>(fn: () => Promise<T>): Promise<T>;
  /** True while delivery is paused: a claimed row that has not gone yet is handed back untouched. */
  isPaused(): boolean;
  /** The server refused the service's credentials: pause, log, alert. Called for every row that hit it. */
  onAuthFailure(summary: string): Promise<void>;
  /** A mail went out, so the credentials work. */
  onDelivered(): void;
}

/**
 * Settles one claimed row. Never throws for a delivery problem: those become outbox state. Logs carry the row id,
 * kind, codes and counts, never an address.
 */
export async function settleRow(deps: SettleDeps, row: OutboxRow): Promise<Settled> {
  const { db, logger } = deps;
  if (deps.isPaused()) {
    await releaseClaim(db, row.id, row.last_error ?? 'paused');
    return 'released';
  }
  let result: SendResult;
  try {
    let ready = row;
    if (row.kind === 'sign_in_link') {
      // A sign-in mail's link is made now, under this row's lease: the outbox never holds its token.
      const delivery = await makeSignInLinkForDelivery(db, row, deps.now());
      if ('dropped' in delivery) {
        logger.info('sign-in mail not sent', { outboxId: row.id, kind: row.kind, reason: delivery.dropped });
        return 'dropped';
      }
      ready = delivery.row;
    }
    result = await deps.mailer.send(renderMail(ready));
  } catch (err) {
    if (err instanceof SignInMailTaken) {
      // Another instance claimed the row after this one's lease ran out and made its link first: it sends.
      logger.warn('mail left to the instance that claimed it again', { outboxId: row.id, kind: row.kind });
      return 'released';
    }
    return settleFailure(deps, row, err);
  }
  deps.onDelivered();
  const deferred = result.deferred ?? [];
  const refused = result.rejected.length - deferred.length;
  if (result.accepted.length === 0) {
    if (deferred.length > 0 && row.attempts < deps.options.maxAttempts) return retry(deps, row, 'EENVELOPE deferred');
    return deadLetter(deps, row, 'all_recipients_rejected');
  }
  if (deferred.length > 0 && row.attempts < deps.options.maxAttempts) {
    // Greylisted for some recipients only: what was taken is sent; the rest goes again later in a row of its own.
    const delay = backoffDelay(row.attempts, deps.options.backoffBaseMs, deps.options.backoffCapMs);
    await withTransaction(db, async (trx) => {
      await markSent(trx, row.id, deps.now());
      await dropSentLinks(trx, [row.id]);
      await requeueFor(trx, row, deferred, new Date(deps.now().getTime() + delay), 'EENVELOPE deferred');
    });
  } else {
    await deps.recordSent(row.id, row.kind);
  }
  if (result.rejected.length > 0) {
    logger.warn('mail partly rejected', { outboxId: row.id, kind: row.kind, rejected: result.rejected.length, refused, deferred: deferred.length });
  }
  logger.info('mail sent', { outboxId: row.id, kind: row.kind, attempts: row.attempts, recipients: result.accepted.length });
  return 'sent';
}

async function settleFailure(deps: SettleDeps, row: OutboxRow, err: unknown): Promise<Settled> {
  const failure = classifyDeliveryError(err);
  if (failure.kind === 'auth') {
    // Not the mail's fault: hand it back without using up one of its attempts, and pause everything.
    await releaseClaim(deps.db, row.id, failure.summary);
    await deps.onAuthFailure(failure.summary);
    return 'released';
  }
  if (failure.kind === 'permanent') return deadLetter(deps, row, failure.summary);
  if (row.attempts >= deps.options.maxAttempts) return deadLetter(deps, row, `max_attempts ${failure.summary}`);
  return retry(deps, row, failure.summary);
}

async function retry(deps: SettleDeps, row: OutboxRow, reason: string): Promise<Settled> {
  const delay = backoffDelay(row.attempts, deps.options.backoffBaseMs, deps.options.backoffCapMs);
  await markRetry(deps.db, row.id, new Date(deps.now().getTime() + delay), reason);
  deps.logger.warn('mail delivery failed, will retry', { outboxId: row.id, kind: row.kind, reason, attempts: row.attempts, retryInMs: delay });
  return 'retry';
}

async function deadLetter(deps: SettleDeps, row: OutboxRow, reason: string): Promise<Settled> {
  const note = await deps.serializeDeadLetter(() =>
    withTransaction(deps.db, async (trx) => {
      await markDead(trx, row.id, reason);
      return noteDeadLetter(trx, { kind: row.kind, reason }, deps.now());
    }),
  );
  deps.logger.error('mail dead-lettered', { outboxId: row.id, kind: row.kind, reason, attempts: row.attempts, alert: note });
  return 'dead';
}
