/**
 * The real intake server for the benchmark of the POST path: a fresh SQLite file, every durability setting as in
 * production. The outbox worker is not started: its drain rate is measured on its own (bench/servers/drain.ts),
 * and the SMTP server it would talk to would compete for the same two cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer } from '../../intake-server/server.js';

// On PostgreSQL every statement is a round trip (the driver sends one at a time on a connection and waits for its
// answer): they are counted, and the count is written out at the end (QUERIES n), for round trips per application.
let queries = 0;
if (process.env.DATABASE_URL) {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries++;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

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
  if (process.env.DATABASE_URL) process.stdout.write(`QUERIES ${queries}\n`);
  // A run writes a few hundred MB; nothing in it is needed afterwards.
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
