/**
 * The SQLite writer thread. better-sqlite3 blocks its thread while SQLite writes and fsyncs a commit; here that
 * wait does not stop the HTTP thread, which keeps reading requests and sending them meanwhile. Every batch that
 * arrived during a commit goes into the next transaction together: group commit happens here, without a round trip
 * to the HTTP thread between commits.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { openSqlite, type SqliteOptions } from '../db/database.js';
import { createInProcessStore, type SubmitRequest, type StoreDeps } from './applications.service.js';

interface WorkerInput {
  database: { path: string } & SqliteOptions;
  deps: StoreDeps;
}

type Message = { id: number; jobs: SubmitRequest[]; at: string } | { close: true };
type Batch = Extract<Message, { id: number }>;

/** Most applications in one transaction, however many batches are queued. */
const MAX_JOBS_PER_COMMIT = 500;

const { database, deps } = workerData as WorkerInput;
const port = parentPort!;
const db = openSqlite(database.path, database);
const store = createInProcessStore(db, deps);
const queue: Message[] = [];
let running = false;

port.on('message', (msg: Message) => {
  queue.push(msg);
  if (!running) void drain();
});

async function drain(): Promise<void> {
  running = true;
  for (;;) {
    // Take what has arrived meanwhile without waiting for the event loop to deliver it.
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) queue.push(m.message as Message);
    if (queue.length === 0) break;
    if ('close' in queue[0]!) {
      await db.destroy();
      port.close();
      return;
    }
    const batches: Batch[] = [];
    let jobs = 0;
    while (queue.length > 0 && !('close' in queue[0]!) && (batches.length === 0 || jobs + (queue[0] as Batch).jobs.length <= MAX_JOBS_PER_COMMIT)) {
      const b = queue.shift() as Batch;
      batches.push(b);
      jobs += b.jobs.length;
    }
    await commit(batches);
  }
  running = false;
}

async function commit(batches: Batch[]): Promise<void> {
  try {
    const at = new Date(batches[batches.length - 1]!.at);
    const result = await store(batches.flatMap((b) => b.jobs), at);
    let offset = 0;
    for (const b of batches) {
      port.postMessage({ id: b.id, result: { outcomes: result.outcomes.slice(offset, offset + b.jobs.length), queuedMail: result.queuedMail } });
      offset += b.jobs.length;
    }
  } catch (err) {
    const e = err as { code?: unknown; name?: unknown; message?: unknown };
    const error = { code: typeof e.code === 'string' ? e.code : undefined, name: String(e.name ?? 'Error'), message: String(e.message ?? '') };
    for (const b of batches) port.postMessage({ id: b.id, error });
  }
}
