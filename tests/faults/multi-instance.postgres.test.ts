import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { createMailInbox, type MailInbox } from '../../demo/mail-inbox/index.js';
import { testDatabaseEnv } from '../../intake-server/test-support.js';
import { PROCESS_SEED } from '../support/process-seed.js';
import { freePort } from '../support/free-port.js';
import { createTempDir } from '../support/temp-dir.js';

// Three intake processes on one PostgreSQL database behind a naive round-robin "load balancer" (this test), one of
// them killed with SIGKILL halfway. Every application must reach the SMTP server as exactly one coordinator notice
// and one receipt, none missing. A mail the killed process had already handed to SMTP but not yet recorded as sent
// goes again after its lease runs out: delivery is at least once, so such a repeat (same Message-ID) is counted
// separately and bounded by what one process can have in flight.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APPLICATIONS = Number(process.env.MULTI_APPLICATIONS ?? 1000);
const dir = createTempDir('rv-multi-');
let inbox: MailInbox;
let databaseUrl: string;
const instances: { url: string; child: ChildProcess; alive: boolean }[] = [];

async function startInstance(): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'intake-server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dir.path,
      SEED_FILE: PROCESS_SEED,
      SECRET_KEY: 'a-shared-secret-for-every-instance-0123456789',
      SMTP_URL: inbox.smtpUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_IP: '0',
      RATE_LIMIT_PER_ASSOCIATION: '0',
      OUTBOX_POLL_MS: '100',
      OUTBOX_LEASE_MS: '4000',
      OUTBOX_BACKOFF_BASE_MS: '100',
      OUTBOX_BACKOFF_CAP_MS: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ok) {
      instances.push({ url, child, alive: true });
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('an instance did not become ready');
}

beforeAll(async () => {
  inbox = await createMailInbox({ smtpPort: 0, httpPort: 0, keep: 10 * APPLICATIONS });
  ({ DATABASE_URL: databaseUrl } = (await testDatabaseEnv()) as { DATABASE_URL: string });
  // One after the other: the first migrates and seeds, the others find it done.
  for (let i = 0; i < 3; i++) await startInstance();
}, 120_000);

afterAll(async () => {
  for (const i of instances) if (i.alive) i.child.kill('SIGTERM');
  await Promise.all(instances.map((i) => new Promise((r) => (i.child.exitCode !== null || i.child.signalCode !== null ? r(null) : i.child.once('exit', r)))));
  await inbox?.close();
  dir.remove();
});

/** Posts one application, moving on to the next instance (same key, same body) when one does not answer. */
async function apply(n: number): Promise<string> {
  const body = JSON.stringify(validApplication({ email: `person${n}@example.no`, elapsedMs: 60_000 }));
  const key = crypto.randomUUID();
  for (let attempt = 0; attempt < 12; attempt++) {
    const instance = instances[(n + attempt) % instances.length]!;
    try {
      const res = await fetch(`${instance.url}/api/v1/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body });
      if (res.status === 201) return ((await res.json()) as ApplicationAccepted).reference;
    } catch {
      // The instance is gone: the next one takes the retry.
    }
  }
  throw new Error(`application ${n} was never acknowledged`);
}

describe('three instances on one PostgreSQL database', () => {
  it('delivers exactly one notice and one receipt per application when one instance is killed midway', async () => {
    const references: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < APPLICATIONS) {
        const n = next++;
        if (n === APPLICATIONS / 2) {
          instances[1]!.child.kill('SIGKILL');
          instances[1]!.alive = false;
        }
        references.push(await apply(n));
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(new Set(references).size).toBe(APPLICATIONS);

    const expected = APPLICATIONS * 2;
    const deadline = Date.now() + 60_000;
    const distinct = () => new Set(inbox.messages().map((m) => m.headers['message-id'])).size;
    while (distinct() < expected && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      if (process.env.MULTI_DEBUG) process.stderr.write(`inbox: ${inbox.messages().length} (${distinct()} distinct)\n`);
    }

    const perReference = new Map<string, { notices: Set<string>; receipts: Set<string> }>();
    for (const m of inbox.messages()) {
      const reference = /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(m.subject)?.[0];
      if (!reference) continue;
      const entry = perReference.get(reference) ?? { notices: new Set(), receipts: new Set() };
      // The receipt goes to the applicant; the notice to the coordinators (here the national contact: no association
      // of the process seed serves the fixture's postal code).
      (m.to.some((t) => /^person\d+@example\.no$/.test(t)) ? entry.receipts : entry.notices).add(m.headers['message-id'] ?? '');
      perReference.set(reference, entry);
    }
    const missing = references.filter((r) => perReference.get(r)?.notices.size !== 1 || perReference.get(r)?.receipts.size !== 1);
    expect(missing).toEqual([]);
    expect(perReference.size).toBe(APPLICATIONS);
    const repeats = inbox.messages().length - distinct();
    // A repeat is a mail the killed process handed to SMTP just before it died; at most one claim batch of it.
    expect(repeats).toBeLessThanOrEqual(50);
  }, 180_000);
});
