/**
 * The SQLite writer thread. better-sqlite3 blocks its thread while SQLite writes and fsyncs a commit; here that
 * wait does not stop the HTTP thread, which keeps reading requests and so fills the next batch meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite, type SqliteOptions } from '../db/database.js';
import { createInProcessStore, type SubmitRequest, type StoreDeps } from './applications.service.js';

interface WorkerInput {
  database: { path: string } & SqliteOptions;
  deps: StoreDeps;
}

const { database, deps } = workerData as WorkerInput;
const db = openSqlite(database.path, database);
const store = createInProcessStore(db, deps);

parentPort!.on('message', async (msg: { id: number; jobs: SubmitRequest[]; at: string } | { close: true }) => {
  if ('close' in msg) {
    await db.destroy();
    parentPort!.close();
    return;
  }
  try {
    const result = await store(msg.jobs, new Date(msg.at));
    parentPort!.postMessage({ id: msg.id, result });
  } catch (err) {
    const e = err as { code?: unknown; name?: unknown; message?: unknown };
    parentPort!.postMessage({ id: msg.id, error: { code: typeof e.code === 'string' ? e.code : undefined, name: String(e.name ?? 'Error'), message: String(e.message ?? '') } });
  }
});
