/** Everything the server runs on, created once with an explicit start and a graceful stop. */
import type { Kysely } from 'kysely';
import { createApplicationIntake, createInProcessStore, type ApplicationIntake } from './applications/applications.service.js';
import { createWorkerStore, type WorkerStore } from './applications/store-in-worker.js';
import { seedAssociations } from './associations/seed.js';
import type { Config } from './config.js';
import { openDatabase } from './db/open-database.js';
import { migrateToLatest } from './db/migrate.js';
import { isPostgres } from './db/postgres.js';
import type { Database } from './db/schema.js';
import { createLogger, type Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import { createSmtpMailer } from './mail/smtp-mailer.js';
import { createProofOfWork, type ProofOfWork } from './screening/proof-of-work.js';
import { createDatabaseRateLimiter } from './screening/database-rate-limiter.js';
import { createMemoryRateLimiter, type RateLimiter } from './screening/rate-limiter.js';
import { loadSecretKey } from './screening/secret-key.js';
import { settleAfterResponse } from './workspace/sign-in/after-response.js';
import { createOriginPolicy, type OriginPolicy } from './security/origin-policy.js';
import { createJobRunner, type JobRunner } from './jobs/job-runner.js';
import { createPeriodicJobs } from './jobs/periodic-jobs.js';
import { createOutboxWorker, type OutboxWorker } from './outbox/outbox.worker.js';
import { importSampleIfEmpty } from './reference-data/import-sample.js';

export interface AppContext {
  config: Config;
  db: Kysely<Database>;
  mailer: Mailer;
  logger: Logger;
  worker: OutboxWorker;
  /** Periodic jobs (follow-up, retention); tests run them with `jobs.runDue()`. */
  jobs: JobRunner;
  intake: ApplicationIntake;
  rateLimiter: RateLimiter;
  originPolicy: OriginPolicy;
  proofOfWork: ProofOfWork;
  /** False once stop() has begun: readiness then answers 503 so a load balancer drains this instance. */
  readonly accepting: boolean;
  /** Called first in a graceful stop, so readiness fails while requests in flight finish. */
  markDraining(): void;
  /** Keys the hashes of client addresses (rate limits, sign-in throttling). */
  secretKey: string;
  now: () => Date;
  /** Migrates, loads the seed associations and starts the outbox worker. */
  start(): Promise<void>;
  /** Stops the worker (letting mail in flight finish), closes the mailer and the database. */
  stop(): Promise<void>;
}

export interface ContextOverrides {
  db?: Kysely<Database>;
  mailer?: Mailer;
  logger?: Logger;
  now?: () => Date;
  rateLimiter?: RateLimiter;
  /** Tests drive the worker by hand with `worker.drainOnce()` and the periodic jobs with `jobs.runDue()`. */
  startWorker?: boolean;
  /** Commit applications in the SQLite writer thread (true) or in this thread (false); default: the configuration's. */
  writerThread?: boolean;
}

/** Batches handed to the writer thread before its answers: enough that it always has the next one queued. */
const WRITER_BATCHES_IN_FLIGHT = 8;
/**
 * Batches committing at once on PostgreSQL. More than one can run (they never share a key, see createBatcher), but on
 * two cores one at a time carried the most: with two or four, PostgreSQL spent a quarter to half more CPU per
 * application on concurrent transactions and the batches got smaller (bench/RESULTS.md).
 */
const POSTGRES_BATCHES_IN_FLIGHT = 1;

export function createContext(config: Config, overrides: ContextOverrides = {}): AppContext {
  const db = overrides.db ?? openDatabase(config);
  const mailer = overrides.mailer ?? createSmtpMailer(config.smtpUrl, config.mailFrom, { timeoutMs: config.smtpTimeoutMs });
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const now = overrides.now ?? (() => new Date());
  const worker = createOutboxWorker({ db, mailer, logger, options: config.outbox, now });
  const secretKey = loadSecretKey(config.secretKey, config.dataDir);
  const storeDeps = { publicUrl: config.publicUrl, secretKey, duplicateWindowDays: config.screening.duplicateWindowDays, retentionMonths: config.retention.months };
  const inProcessStore = createInProcessStore(db, storeDeps);
  const onPostgres = isPostgres(db);
  // SQLite commits in the writer thread once started (when configured, see config.sqliteWriterThread); otherwise, and
  // for PostgreSQL or an injected database, in this thread.
  let writer: WorkerStore | undefined;
  const intake = createApplicationIntake({
    store: (jobs, at) => (writer ? writer.store(jobs, at) : inProcessStore(jobs, at)),
    // The writer thread queues what it is sent and commits it together; a store in this thread takes one batch at a time
    // (on PostgreSQL: POSTGRES_BATCHES_IN_FLIGHT).
    maxInFlight: () => (writer ? WRITER_BATCHES_IN_FLIGHT : onPostgres ? POSTGRES_BATCHES_IN_FLIGHT : 1),
    concurrentBatches: onPostgres,
    startNextFirst: onPostgres,
    now,
    onQueued: () => worker.nudge(),
  });
  // Several instances share PostgreSQL, so they share its counters; one SQLite instance counts in memory.
  const rateLimiter = overrides.rateLimiter ?? (config.databaseUrl ? createDatabaseRateLimiter(db) : createMemoryRateLimiter());
  const originPolicy = createOriginPolicy(db, new URL(config.publicUrl).origin);
  const proofOfWork = createProofOfWork(config.screening.altchaSecret);
  const jobs = createJobRunner({ db, logger, now, jobs: createPeriodicJobs({ db, config, secretKey, onQueued: () => worker.nudge() }) });
  let stopped = false;
  let draining = false;
  return {
    get accepting() {
      return !draining && !stopped;
    },
    markDraining() {
      draining = true;
    },
    config,
    db,
    mailer,
    logger,
    worker,
    jobs,
    intake,
    rateLimiter,
    originPolicy,
    proofOfWork,
    secretKey,
    now,
    async start() {
      await migrateToLatest(db);
      if (config.seedFile) await seedAssociations(db, config.seedFile, now(), logger);
      await importSampleIfEmpty(db, { logger });
      if (!overrides.db && !config.databaseUrl && (overrides.writerThread ?? config.sqliteWriterThread)) writer = createWorkerStore({ path: config.databasePath, maxMb: config.databaseMaxMb, busyTimeoutMs: config.databaseBusyTimeoutMs }, storeDeps, logger);
      if (overrides.startWorker !== false) {
        worker.start();
        jobs.start();
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      // A sign-in link asked for just before the stop is looked up and queued after its answer: let that finish.
      await settleAfterResponse();
      await jobs.stop();
      await worker.stop();
      await writer?.close();
      await mailer.close();
      await db.destroy();
    },
  };
}
