/** Runs periodic jobs once per period across every instance that shares the database, through leases in `job_locks`. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';
import { finishRun, releaseLease, takeLease } from './job-locks.repository.js';

/** A job the runner starts every `periodMs`, on one instance at a time. */
export interface PeriodicJob {
  /** Unique; the key of the job's row in `job_locks`. */
  name: string;
  /** How often the job runs, counted over all instances together. */
  periodMs: number;
  /** Does the work as of `at`; the counts it returns go to the log (numbers only, never personal data). */
  run(at: Date): Promise<Record<string, number>>;
}

/** What happened to one job in a pass. */
export interface JobRunResult {
  name: string;
  /** `skipped`: not due yet, or another instance holds the lease. */
  outcome: 'ran' | 'skipped' | 'failed';
  counts?: Record<string, number>;
}

/** Runs the periodic jobs of one instance. */
export interface JobRunner {
  /** Checks for due jobs now and every `tickMs` until stopped. */
  start(): void;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
  /**
   * One pass at `at` (default: the context's clock): runs each job whose lease this instance takes. Passes in one
   * process never overlap; a call made during a pass runs after it. Tests drive the runner with this.
   */
  runDue(at?: Date): Promise<JobRunResult[]>;
}

/** What a job runner needs, and how it can be tuned. */
export interface JobRunnerDeps {
  db: Kysely<Database>;
  logger: Logger;
  now: () => Date;
  jobs: PeriodicJob[];
  /** How often this instance looks for due jobs (default one minute). */
  tickMs?: number;
  /** How long a run may take before another instance may assume it died and take over (default ten minutes). */
  leaseMs?: number;
  /** Names this instance in `job_locks.locked_by` (default host, process and a random part). */
  owner?: string;
}

/** After a failed run, the job is tried again after its period or five minutes, whichever is shorter. */
const MAX_RETRY_MS = 5 * 60_000;

/** Creates a runner; nothing runs until `start()` or `runDue()`. */
export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const { db, logger } = deps;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = deps.leaseMs ?? 10 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let tail: Promise<unknown> = Promise.resolve();
  /** Passes queued or running in this process: the timer adds none while there is one. */
  let queued = 0;

  async function runJob(job: PeriodicJob, at: Date): Promise<JobRunResult> {
    if (!(await takeLease(db, job.name, owner, at, new Date(at.getTime() + leaseMs)))) return { name: job.name, outcome: 'skipped' };
    const started = performance.now();
    try {
      const counts = await job.run(at);
      await finishRun(db, job.name, owner, at, new Date(at.getTime() + job.periodMs));
      logger.info('job ran', { job: job.name, ms: Math.round(performance.now() - started), ...counts });
      return { name: job.name, outcome: 'ran', counts };
    } catch (err) {
      logger.error('job failed', { job: job.name, errorName: (err as Error).name, errorCode: String((err as { code?: unknown }).code ?? '') });
      await releaseLease(db, job.name, owner, new Date(at.getTime() + Math.min(job.periodMs, MAX_RETRY_MS))).catch(() => undefined);
      return { name: job.name, outcome: 'failed' };
    }
  }

  async function pass(at: Date): Promise<JobRunResult[]> {
    const results: JobRunResult[] = [];
    for (const job of deps.jobs) {
      try {
        results.push(await runJob(job, at));
      } catch (err) {
        // The lease itself could not be taken (a locked or full database): try again at the next tick.
        logger.warn('job lease unavailable', { job: job.name, errorCode: String((err as { code?: unknown }).code ?? (err as Error).name) });
        results.push({ name: job.name, outcome: 'failed' });
      }
    }
    return results;
  }

  function runDue(at?: Date): Promise<JobRunResult[]> {
    queued++;
    const next = tail.then(() => pass(at ?? deps.now())).finally(() => queued--);
    tail = next.catch(() => undefined);
    return next;
  }

  return {
    start() {
      if (timer) return;
      const tick = () => {
        if (queued === 0) void runDue();
      };
      timer = setInterval(tick, deps.tickMs ?? 60_000);
      timer.unref();
      tick();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await tail;
    },
    runDue,
  };
}
