import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import type { Database } from '../db/schema.js';
import { createLogger } from '../logger.js';
import { testDatabaseEnv } from '../test-support.js';
import { lastRunOf } from './job-locks.repository.js';
import { createJobRunner, type PeriodicJob } from './job-runner.js';

const T0 = new Date('2026-11-27T10:00:00.000Z');
const MINUTE = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);
const logger = createLogger('silent');

let dir: string;
let config: Config;
let dbs: Kysely<Database>[];

/** Another connection to the same database (an SQLite file, or PostgreSQL under `npm run test:pg`), as a second instance has. */
function connect(): Kysely<Database> {
  const db = openDatabase(config);
  dbs.push(db);
  return db;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rv-jobs-'));
  config = readConfig({ DATA_DIR: dir, ...(await testDatabaseEnv()) });
  dbs = [];
  await migrateToLatest(connect());
});
afterEach(async () => {
  for (const db of dbs) await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

function countingJob(periodMs = 15 * MINUTE, work: () => Promise<void> = async () => {}): PeriodicJob & { runs: Date[] } {
  const runs: Date[] = [];
  return {
    name: 'counting',
    periodMs,
    runs,
    async run(when) {
      runs.push(when);
      await work();
      return { done: 1 };
    },
  };
}

describe('the job runner', () => {
  it('runs a job once per period and records when it ran', async () => {
    const job = countingJob();
    const runner = createJobRunner({ db: dbs[0]!, logger, now: () => T0, jobs: [job] });
    expect(await runner.runDue(at(0))).toEqual([{ name: 'counting', outcome: 'ran', counts: { done: 1 } }]);
    expect((await runner.runDue(at(0)))[0]!.outcome).toBe('skipped');
    expect((await runner.runDue(at(15 * MINUTE - 1)))[0]!.outcome).toBe('skipped');
    expect((await runner.runDue(at(15 * MINUTE)))[0]!.outcome).toBe('ran');
    expect(job.runs).toEqual([at(0), at(15 * MINUTE)]);
    expect(await lastRunOf(dbs[0]!, 'counting')).toEqual(at(15 * MINUTE));
  });

  it('runs a job once when two instances on one database race for it', async () => {
    const job = countingJob(MINUTE, () => new Promise((r) => setTimeout(r, 20)));
    const runners = [connect(), connect(), connect()].map((db) => createJobRunner({ db, logger, now: () => T0, jobs: [job] }));
    for (let round = 0; round < 5; round++) {
      const when = at(round * MINUTE);
      const results = await Promise.all(runners.flatMap((r) => [r.runDue(when), r.runDue(when)]));
      expect(results.flat().filter((r) => r.outcome === 'ran')).toHaveLength(1);
    }
    expect(job.runs).toHaveLength(5);
  });

  it('lets another instance take over when the one running the job died mid-run', async () => {
    const job = countingJob(60 * MINUTE);
    const crashed = createJobRunner({ db: connect(), logger, now: () => T0, leaseMs: 10 * MINUTE, jobs: [{ ...job, run: () => new Promise(() => {}) }] });
    void crashed.runDue(at(0));
    await new Promise((r) => setTimeout(r, 50));
    const other = createJobRunner({ db: connect(), logger, now: () => T0, leaseMs: 10 * MINUTE, jobs: [job] });
    expect((await other.runDue(at(9 * MINUTE)))[0]!.outcome).toBe('skipped');
    expect((await other.runDue(at(10 * MINUTE)))[0]!.outcome).toBe('ran');
  });

  it('tries a failed job again after five minutes and does not record it as run', async () => {
    let fail = true;
    const job = countingJob(60 * MINUTE, async () => {
      if (fail) throw Object.assign(new Error('disk'), { code: 'SQLITE_IOERR' });
    });
    const lines: string[] = [];
    const runner = createJobRunner({ db: dbs[0]!, logger: createLogger('info', (l) => lines.push(l)), now: () => T0, jobs: [job] });
    expect((await runner.runDue(at(0)))[0]!.outcome).toBe('failed');
    expect(lines.join('')).toContain('"errorCode":"SQLITE_IOERR"');
    expect(await lastRunOf(dbs[0]!, 'counting')).toBeNull();
    expect((await runner.runDue(at(5 * MINUTE - 1)))[0]!.outcome).toBe('skipped');
    fail = false;
    expect((await runner.runDue(at(5 * MINUTE)))[0]!.outcome).toBe('ran');
  });

  it('checks for due jobs as soon as it starts, and stop waits for the pass in progress', async () => {
    let finished = false;
    const job = countingJob(MINUTE, async () => {
      await new Promise((r) => setTimeout(r, 50));
      finished = true;
    });
    const runner = createJobRunner({ db: dbs[0]!, logger, now: () => T0, jobs: [job], tickMs: 60_000 });
    runner.start();
    await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    expect(job.runs).toEqual([T0]);
    expect(finished).toBe(true);
  });
});
