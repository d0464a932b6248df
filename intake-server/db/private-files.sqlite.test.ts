import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createApp } from '../app.js';
import { readConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { createMemoryMailer } from '../mail/memory-mailer.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

let root: string;
let umask: number;
beforeEach(() => {
  // The usual umask of a login shell or a service without UMask=: files would be created readable by everyone.
  umask = process.umask(0o022);
  root = mkdtempSync(join(tmpdir(), 'rv-modes-'));
});
afterEach(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

/** Starts the server on `dataDir` (SQLite), stores one application so the WAL holds something, and stops it. */
async function runOnce(dataDir: string, env: Record<string, string> = {}): Promise<void> {
  const config = readConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'https://intake.example', LOG_LEVEL: 'silent', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_ASSOCIATION: '0', ...env });
  const ctx = createContext(config, { mailer: createMemoryMailer(), logger: createLogger('silent'), startWorker: false });
  await ctx.start();
  try {
    const res = await createApp(ctx).request('/api/v1/applications', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(validApplication()),
    });
    expect(res.status).toBe(201);
    // While the server runs: the WAL and its index exist and hold the application.
    expect(modeOf(join(dataDir, 'intake.sqlite-wal')), 'intake.sqlite-wal').toBe(0o600);
    expect(modeOf(join(dataDir, 'intake.sqlite-shm')), 'intake.sqlite-shm').toBe(0o600);
  } finally {
    await ctx.stop();
  }
}

describe('files at rest', () => {
  it('finding 13.4: a new data folder is 0700; the database, its WAL and index, and the key file are 0600', async () => {
    const dataDir = join(root, 'var', 'data');
    await runOnce(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(root, 'var')), 'a parent folder the server had to create').toBe(0o700);
    expect(modeOf(join(dataDir, 'intake.sqlite'))).toBe(0o600);
    expect(modeOf(join(dataDir, 'secret.key'))).toBe(0o600);
  });

  it('finding 13.4: a data folder and files another release or a copy left readable are narrowed at start', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'secret.key'), `${'ab'.repeat(32)}\n`, { mode: 0o644 });
    await runOnce(dataDir);
    // As an older release left them, or `cp` without -p, or a restore by hand:
    for (const file of ['intake.sqlite', 'secret.key']) chmodSync(join(dataDir, file), 0o644);
    chmodSync(dataDir, 0o777);
    await runOnce(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'intake.sqlite'))).toBe(0o600);
    expect(modeOf(join(dataDir, 'secret.key'))).toBe(0o600);
  });

  it('finding 13.4: with SECRET_KEY set and the database elsewhere, the database file is still 0600 and its folder is created 0700', async () => {
    const dbPath = join(root, 'elsewhere', 'intake.sqlite');
    const config = readConfig({ DATA_DIR: join(root, 'unused'), DATABASE_PATH: dbPath, SECRET_KEY: 'k'.repeat(40), LOG_LEVEL: 'silent' });
    const ctx = createContext(config, { mailer: createMemoryMailer(), logger: createLogger('silent'), startWorker: false });
    await ctx.start();
    await ctx.stop();
    expect(modeOf(join(root, 'elsewhere'))).toBe(0o700);
    expect(modeOf(dbPath)).toBe(0o600);
  });
});
