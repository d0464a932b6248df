import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { createMailInbox } from '../../demo/mail-inbox/index.js';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer } from '../../intake-server/server.js';
import { PROCESS_SEED } from '../support/process-seed.js';
import { freePort } from '../support/free-port.js';
import { createTempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: ReturnType<typeof createTempDir>[] = [];
afterAll(() => dirs.forEach((d) => d.remove()));
const tempDir = () => {
  const d = createTempDir('rv-fault-');
  dirs.push(d);
  return d;
};

describe('the intake process killed again and again under load (SQLite)', () => {
  it('keeps every acknowledged application, an intact database, and repeats no more mail than the crashes explain', async () => {
    const dir = tempDir();
    const inbox = await createMailInbox({ smtpPort: 0, httpPort: 0, keep: 100_000 });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let child: ChildProcess | undefined;
    const start = async () => {
      child = spawn(process.execPath, ['--import', 'tsx', 'intake-server/main.ts'], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port), DATA_DIR: dir.path, SEED_FILE: PROCESS_SEED, SMTP_URL: inbox.smtpUrl, LOG_LEVEL: 'error', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_ASSOCIATION: '0', OUTBOX_POLL_MS: '100', OUTBOX_LEASE_MS: '2000', OUTBOX_BACKOFF_BASE_MS: '100', OUTBOX_BACKOFF_CAP_MS: '500' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the intake process did not come back');
    };
    const kill = async () => {
      const c = child!;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await exited;
    };

    await start();
    const acknowledged = new Set<string>();
    let stop = false;
    let n = 0;
    // Each client paces itself (20 ms between applications): what this test is about is the crashes, and unpaced
    // clients made as much mail as the server could take, more than the deadline below allows to deliver.
    const client = async () => {
      while (!stop) {
        await new Promise((r) => setTimeout(r, 20));
        const body = JSON.stringify(validApplication({ email: `crash${n++}@example.no`, elapsedMs: 60_000 }));
        const key = crypto.randomUUID();
        // A client that gets no answer retries with the same key, as the widget does.
        for (let attempt = 0; attempt < 200 && !stop; attempt++) {
          const res = await fetch(`${url}/api/v1/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body }).catch(() => undefined);
          if (res?.status === 201) {
            acknowledged.add(((await res.json()) as ApplicationAccepted).reference);
            break;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    const CRASHES = 4;
    for (let i = 0; i < CRASHES; i++) {
      await new Promise((r) => setTimeout(r, 2500));
      await kill();
      await start();
    }
    stop = true;
    await Promise.all(clients);
    expect(acknowledged.size).toBeGreaterThan(20);

    // Everything queued goes out once the last process has had time to take over the dead ones' leases.
    const distinct = () => new Set(inbox.messages().map((m) => m.headers['message-id'])).size;
    const deadline = Date.now() + 30_000;
    while (distinct() < acknowledged.size * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise<void>((resolve) => {
      child!.once('exit', () => resolve());
      child!.kill('SIGTERM');
    });

    const db = new SQLite(join(dir.path, 'intake.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((db.prepare('select reference from applications').all() as { reference: string }[]).map((r) => r.reference));
      expect([...acknowledged].filter((r) => !stored.has(r))).toEqual([]);
      const pending = db.prepare("select count(*) as n from outbox where status = 'pending'").get() as { n: number };
      expect(pending.n).toBe(0);
    } finally {
      db.close();
    }
    const mailed = new Set(inbox.messages().map((m) => /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(m.subject)?.[0]));
    expect([...acknowledged].filter((r) => !mailed.has(r))).toEqual([]);
    // At most one claimed batch (50 mails) can be in flight when a process dies.
    expect(inbox.messages().length - distinct()).toBeLessThanOrEqual(CRASHES * 50);
    await inbox.close();
  }, 120_000);
});

describe('slow clients and silent servers', () => {
  it('closes a connection that trickles its headers, so slow clients cannot hold sockets', async () => {
    const dir = tempDir();
    const server = await startIntakeServer(readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', HTTP_HEADERS_TIMEOUT_MS: '500', SMTP_URL: 'smtp://127.0.0.1:9' }), { startWorker: false });
    try {
      const closedAfter = await new Promise<number>((resolve) => {
        const started = Date.now();
        const socket: Socket = connect(server.port, '127.0.0.1', () => {
          socket.write('POST /api/v1/applications HTTP/1.1\r\nHost: x\r\n');
          const drip = setInterval(() => socket.write('X-Slow: y\r\n'), 100);
          socket.on('close', () => {
            clearInterval(drip);
            resolve(Date.now() - started);
          });
        });
        socket.on('error', () => undefined);
      });
      expect(closedAfter).toBeLessThan(5_000);
    } finally {
      await server.close();
    }
  });

  it('keeps taking applications when the SMTP server accepts connections and never greets, and keeps the mail', async () => {
    const dir = tempDir();
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const smtpPort = (silent.address() as { port: number }).port;
    const server = await startIntakeServer(
      readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, SMTP_TIMEOUT_MS: '300', OUTBOX_POLL_MS: '50', OUTBOX_BACKOFF_BASE_MS: '100', OUTBOX_BACKOFF_CAP_MS: '200' }),
    );
    try {
      const res = await fetch(`${server.url}/api/v1/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(validApplication()),
      });
      expect(res.status).toBe(201);
      await new Promise((r) => setTimeout(r, 1500));
      const rows = await server.context.db.selectFrom('outbox').select(['status', 'attempts', 'last_error']).execute();
      expect(rows.map((r) => r.status)).toEqual(['pending', 'pending']);
      for (const r of rows) {
        expect(r.attempts).toBeGreaterThanOrEqual(2);
        expect(r.last_error).toMatch(/ETIMEDOUT|ECONNECTION|ESOCKET/);
      }
    } finally {
      await server.close();
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });
});
