/** Test support: a started context on a fresh SQLite file in a temp folder, with the memory mailer. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from './app.js';
import { readConfig, type Config } from './config.js';
import { createContext, type AppContext } from './context.js';
import { createLogger } from './logger.js';
import { createMemoryMailer, type MemoryMailer } from './mail/memory-mailer.js';

export interface TestServer {
  ctx: AppContext;
  app: ReturnType<typeof createApp>;
  mailer: MemoryMailer;
  config: Config;
  /** Log lines written while the test ran, for privacy checks. */
  logs: string[];
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
}

/** Starts a context on a new database file; the outbox worker is driven by hand with `ctx.worker.drainOnce()`. */
export async function createTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rv-test-'));
  const database = await testDatabaseEnv();
  // Rate limits are off unless a test turns them on: most tests send many requests from one address.
  // `npm test` runs the SQLite suites a second time with the other SQLITE_WRITER_THREAD (tests/support/run-writer-suite.ts).
  const writer = process.env.SQLITE_WRITER_THREAD ? { SQLITE_WRITER_THREAD: process.env.SQLITE_WRITER_THREAD } : {};
  const config = readConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://intake.example', LOG_LEVEL: 'debug', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_ASSOCIATION: '0', ...database, ...writer, ...env });
  const mailer = createMemoryMailer();
  const logs: string[] = [];
  const clock = {
    now: new Date('2026-11-27T10:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const ctx = createContext(config, { mailer, logger: createLogger('debug', (l) => logs.push(l)), now: () => clock.now, startWorker: false });
  await ctx.start();
  return {
    ctx,
    app: createApp(ctx),
    mailer,
    config,
    logs,
    clock,
    async close() {
      await ctx.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Under `npm run test:pg` (TEST_DATABASE_URL set to a throwaway cluster), a fresh PostgreSQL database per test;
 * otherwise nothing, and the test uses a new SQLite file.
 */
export async function testDatabaseEnv(): Promise<Record<string, string>> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return {};
  const name = `t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

/** A POST of an application as the widget sends it. */
export function postApplication(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  return server.app.request('/api/v1/applications', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
