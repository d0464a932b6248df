/** Delivers queued mail: claims due rows with a lease, sends them, retries with backoff, pauses on refused credentials. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { createBatcher } from '../db/batcher.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mail/mailer.js';
import { withTransaction } from '../db/transaction.js';
import { carriesLink, claimDue, deleteSentSignInMails, dropSentLinks, markSentMany } from './outbox.repository.js';
import { settleRow, type SettleDeps } from './settle-row.js';
import { queueSmtpAuthAlert } from './smtp-auth-alert.js';

/** The mail delivery loop of one process. */
export interface OutboxWorker {
  start(): void;
  /** Stops claiming new rows and waits for the mails in flight. */
  stop(): Promise<void>;
  /** Wakes the worker now instead of at the next poll (called after a commit that enqueued mail). */
  nudge(): void;
  /** Claims and settles one batch; returns how many rows it handled (0 while paused). For tests and the drain loop. */
  drainOnce(): Promise<number>;
  /** True while delivery is paused because the SMTP server refused the service's credentials. */
  isPaused(): boolean;
}

/** What the worker runs on; `now` is injectable so tests can move time. */
export interface OutboxWorkerDeps {
  db: Kysely<Database>;
  mailer: Mailer;
  logger: Logger;
  options: Config['outbox'];
  now?: () => Date;
}

/** Creates the worker; `start()` runs its loop, tests call `drainOnce()` by hand. */
export function createOutboxWorker({ db, mailer, logger, options, now = () => new Date() }: OutboxWorkerDeps): OutboxWorker {
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let pausedUntil = 0;
  /** True from a refused login until the next mail goes out; one alert attempt per incident and process. */
  let authIncident = false;

  const pausedFor = (): number => Math.max(0, pausedUntil - now().getTime());
  // Group commit of "sent": with synchronous=FULL every commit is an fsync, and one per mail would make the disk,
  // not the SMTP server, set the pace. A mail is recorded within one commit of its delivery; were the process to die
  // in between, the lease runs out and the mail goes again (at least once, never lost).
  // Sign-in mails are not marked but deleted in the same commit: a delivered link's row is worth nothing.
  const sentRecorder = createBatcher<{ id: string; kind: string }, void>(async (rows) => {
    const ids = rows.map((r) => r.id);
    const signIn = rows.filter((r) => r.kind === 'sign_in_link').map((r) => r.id);
    // A delivered receipt or course mail keeps no working link (see dropSentLinks).
    const withLinks = rows.filter((r) => carriesLink(r.kind)).map((r) => r.id);
    if (signIn.length === 0 && withLinks.length === 0) await markSentMany(db, ids, now());
    else {
      await withTransaction(db, async (trx) => {
        await markSentMany(trx, ids, now());
        if (signIn.length > 0) await deleteSentSignInMails(trx, signIn);
        if (withLinks.length > 0) await dropSentLinks(trx, withLinks);
      });
    }
    return rows.map(() => undefined);
  }, 500);

  // Dead letters are recorded one transaction at a time: each reads and updates the waiting alert, and on
  // PostgreSQL concurrent transactions would each miss the others' counts.
  let deadLetterChain: Promise<unknown> = Promise.resolve();
  const deps: SettleDeps = {
    db,
    mailer,
    logger,
    options,
    now,
    recordSent: (id, kind) => sentRecorder.submit({ id, kind }),
    serializeDeadLetter: <T>(fn: () => Promise<T>): Promise<T> => {
      const next = deadLetterChain.then(fn, fn);
      deadLetterChain = next.catch(() => undefined);
      return next;
    },
    isPaused: () => pausedFor() > 0,
    async onAuthFailure(summary) {
      if (pausedFor() === 0) {
        pausedUntil = now().getTime() + options.authPauseMs;
        logger.error('smtp server refused the login, delivery paused', { reason: summary, pauseMs: options.authPauseMs });
      }
      if (authIncident) return;
      authIncident = true;
      // One alert per UTC day, shared by every process on this database. It waits in the outbox like any mail and is
      // delivered only once the credentials work again: the log line above is the signal that cannot wait.
      const outcome = await queueSmtpAuthAlert(db, now()).catch((err: unknown) => {
        authIncident = false;
        throw err;
      });
      if (outcome === 'no_national_contact') logger.error('no national contact to alert about the smtp login');
    },
    onDelivered() {
      if (!authIncident) return;
      authIncident = false;
      logger.info('smtp server accepts the login again, delivery resumed');
    },
  };

  async function drainOnce(): Promise<number> {
    if (deps.isPaused()) return 0;
    const rows = await claimDue(db, now(), options.leaseMs, options.batchSize);
    await Promise.all(rows.map((row) => settleRow(deps, row)));
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
      const paused = pausedFor();
      if (paused > 0) {
        await sleep(paused);
        continue;
      }
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
    isPaused: deps.isPaused,
  };
}
