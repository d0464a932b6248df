/** A `BatchStore` that commits in the SQLite writer thread (store.worker.ts) and answers in this one. */
import { Worker } from 'node:worker_threads';
import type { SqliteOptions } from '../db/database.js';
import { STORE_WORKER } from '../install-paths.js';
import type { Logger } from '../logger.js';
import type { BatchResult, BatchStore, StoreDeps } from './applications.service.js';

export interface WorkerStore {
  store: BatchStore;
  close(): Promise<void>;
}

interface Pending {
  resolve(r: BatchResult): void;
  reject(e: unknown): void;
}

/**
 * A worker's entry module does not get the parent's `--import` loader hooks, so when running from TypeScript sources
 * the thread registers tsx itself before importing the writer. The release runs compiled JavaScript and needs no tsx.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  if (!STORE_WORKER.fromSource) return { entry: STORE_WORKER.url, eval: false };
  const tsxApi = import.meta.resolve('tsx/esm/api');
  return { entry: `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(STORE_WORKER.url.href)}); });`, eval: true };
}

/** An error from the writer thread, keeping SQLite's code so the HTTP layer can answer 503 for a full disk. */
class StoreError extends Error {
  constructor(readonly code: string | undefined, name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** Starts the writer thread on the SQLite file at `database.path` (already migrated). */
export function createWorkerStore(database: { path: string } & SqliteOptions, deps: StoreDeps, logger: Logger): WorkerStore {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closing = false;
  let alive = false;
  let failures = 0;
  let worker = spawn();

  function spawn(): Worker {
    const { entry, eval: isEval } = workerEntry();
    const w = new Worker(entry, { eval: isEval, workerData: { database, deps } });
    alive = true;
    const started = Date.now();
    w.on('message', (msg: { id: number; result?: BatchResult; error?: { code?: string; name: string; message: string } }) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.result) p.resolve(msg.result);
      else p.reject(new StoreError(msg.error?.code, msg.error?.name ?? 'Error', msg.error?.message ?? 'store failed'));
    });
    w.on('error', (err) => logger.error('writer thread failed', { errorName: err.name, errorCode: String((err as { code?: unknown }).code ?? '') }));
    w.on('exit', (code) => {
      alive = false;
      // Batches in flight are unanswered: their requests get a 503 and the widget retries with the same key.
      for (const p of pending.values()) p.reject(new StoreError('SQLITE_IOERR_WRITER_EXIT', 'Error', 'writer thread exited'));
      pending.clear();
      if (closing) return;
      failures = Date.now() - started < 5000 ? failures + 1 : 1;
      const delay = Math.min(30_000, 250 * 2 ** (failures - 1));
      logger.error('writer thread exited, restarting', { exitCode: code, restartInMs: delay });
      setTimeout(() => {
        if (!closing) worker = spawn();
      }, delay).unref();
    });
    return w;
  }

  return {
    store(jobs, at) {
      return new Promise<BatchResult>((resolve, reject) => {
        if (!alive) return reject(new StoreError('SQLITE_IOERR_WRITER_DOWN', 'Error', 'writer thread is restarting'));
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, jobs, at: at.toISOString() });
      });
    },
    async close() {
      closing = true;
      if (!alive) return;
      const exited = new Promise((r) => worker.once('exit', r));
      worker.postMessage({ close: true });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
      await worker.terminate();
    },
  };
}
