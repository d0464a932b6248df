/** Test support: a second instance of the service in its own thread, on the same database, running jobs when told. */
import { parentPort, workerData } from 'node:worker_threads';
import { readConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { createMemoryMailer } from '../mail/memory-mailer.js';

const port = parentPort!;
const ctx = createContext(readConfig(workerData.env as Record<string, string>), {
  mailer: createMemoryMailer(),
  logger: createLogger('silent'),
  now: () => new Date(),
  startWorker: false,
  writerThread: false,
});
await ctx.start();

port.on('message', async (msg: { id: number; type: 'run' | 'stop'; at?: string }) => {
  if (msg.type === 'run') {
    port.postMessage({ id: msg.id, results: await ctx.jobs.runDue(new Date(msg.at!)) });
  } else {
    await ctx.stop();
    port.postMessage({ id: msg.id });
  }
});
port.postMessage({ ready: true });
