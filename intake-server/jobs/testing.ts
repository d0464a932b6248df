/** Test support: another instance of the service on the same database, in a thread of its own as a process would be. */
import { Worker } from 'node:worker_threads';
import type { JobRunResult } from './job-runner.js';

/** The other instance, driven from the test. */
export interface SecondInstance {
  /** Runs the periodic jobs that are due at `at` in the other instance. */
  runDue(at: Date): Promise<JobRunResult[]>;
  stop(): Promise<void>;
}

const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(`./second-instance.worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);

/** The environment of another instance on the database of `config` (its SQLite file in DATA_DIR, or DATABASE_URL), without seeding. */
export function sameDatabaseEnv(config: { dataDir: string; publicUrl: string; databaseUrl?: string | undefined }): Record<string, string> {
  return { DATA_DIR: config.dataDir, PUBLIC_URL: config.publicUrl, SEED_FILE: 'none', LOG_LEVEL: 'silent', ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}) };
}

/** Starts a context from `env` (use the same `DATA_DIR` as the first) in a worker thread; resolves once it is started. */
export async function startSecondInstance(env: Record<string, string>): Promise<SecondInstance> {
  // Loader hooks do not reach a worker's entry module on Node 20: register tsx in the thread (as store-in-worker.ts does).
  const entry = fromSource
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); });`
    : workerUrl;
  const worker = new Worker(entry, { eval: fromSource, workerData: { env } });
  const waiting = new Map<number, (value: unknown) => void>();
  let nextId = 1;
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (msg: { ready?: boolean; id?: number; results?: JobRunResult[] }) => {
      if (msg.ready) resolve();
      else waiting.get(msg.id!)?.(msg.results);
    });
  });
  const ask = <T>(message: object) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve as (value: unknown) => void);
      worker.postMessage({ id, ...message });
    });
  return {
    runDue: (at) => ask<JobRunResult[]>({ type: 'run', at: at.toISOString() }),
    async stop() {
      await ask({ type: 'stop' });
      await worker.terminate();
    },
  };
}
