/**
 * The real intake server for the benchmark of the POST path: a fresh SQLite file, every durability setting as in
 * production. The outbox worker is not started: its drain rate is measured on its own (bench/servers/drain.ts),
 * and the SMTP server it would talk to would compete for the same two cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer } from '../../intake-server/server.js';

const dir = mkdtempSync(join(tmpdir(), 'rv-bench-'));
const server = await startIntakeServer(readConfig({
    PORT: '0',
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...(process.env.SQLITE_WRITER_THREAD ? { SQLITE_WRITER_THREAD: process.env.SQLITE_WRITER_THREAD } : {}),
    // The load comes from one address to one association: the limits would turn it into 429s.
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_ASSOCIATION: '0',
  }), { startWorker: false });
process.stdout.write(`READY ${JSON.stringify({ url: server.url })}\n`);
process.on('SIGTERM', async () => {
  await server.close();
  // A run writes a few hundred MB; nothing in it is needed afterwards.
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
