/**
 * `npm run soak`: a bounded soak. The real intake process takes a steady stream of applications for SOAK_SECONDS
 * (default 120) from 127.0.0.1 only, with the outbox delivering to a local SMTP inbox. It stops by itself and fails
 * (exit 1) on any lost application or mail, or when memory keeps growing: the resident size in the last third of the
 * run must stay within 1.5 times (plus 64 MB) of the size after warm-up.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { createMailInbox } from '../../demo/mail-inbox/index.js';
import { PROCESS_SEED } from '../support/process-seed.js';
import { freePort } from '../support/free-port.js';
import { createTempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const RATE = Number(process.env.SOAK_RATE ?? 100); // applications per second
const dir = createTempDir('rv-soak-');
const inbox = await createMailInbox({ smtpPort: 0, httpPort: 0, keep: SECONDS * RATE * 3 });
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const child = spawn(process.execPath, ['--import', 'tsx', 'intake-server/main.ts'], {
  cwd: ROOT,
  env: { ...process.env, PORT: String(port), DATA_DIR: dir.path, SEED_FILE: PROCESS_SEED, SMTP_URL: inbox.smtpUrl, LOG_LEVEL: 'error', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_ASSOCIATION: '0' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

for (let i = 0; i < 300 && !(await fetch(`${url}/readyz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));

const acknowledged = new Set<string>();
let failures = 0;
let n = 0;
const samples: { t: number; rss: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: rssMb() }), 1000);

async function one(): Promise<void> {
  const body = JSON.stringify(validApplication({ email: `soak${n++}@example.no`, elapsedMs: 60_000 }));
  const key = crypto.randomUUID();
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await fetch(`${url}/api/v1/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body }).catch(() => undefined);
    if (res?.status === 201) {
      acknowledged.add(((await res.json()) as ApplicationAccepted).reference);
      return;
    }
  }
  failures++;
}

const inFlight = new Set<Promise<void>>();
while (Date.now() - started < SECONDS * 1000) {
  const tick = Date.now();
  for (let i = 0; i < RATE / 10; i++) {
    const p = one().finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - tick))));
}
await Promise.all(inFlight);
clearInterval(sampler);

const distinct = () => new Set(inbox.messages().map((m) => m.headers['message-id'])).size;
const deadline = Date.now() + 60_000;
while (distinct() < acknowledged.size * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
const mailed = new Set(inbox.messages().map((m) => /RV-[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(m.subject)?.[0]));
const lostMail = [...acknowledged].filter((r) => !mailed.has(r)).length;

child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await inbox.close();
dir.remove();

const warm = samples.filter((s) => s.t >= Math.min(10, SECONDS / 3));
const base = warm[0]?.rss ?? 0;
const lastThird = samples.filter((s) => s.t >= (SECONDS * 2) / 3);
const peakLate = Math.max(...lastThird.map((s) => s.rss), 0);
const memoryOk = peakLate <= base * 1.5 + 64;

process.stdout.write(
  [
    `soak: ${SECONDS} s at ${RATE} applications/s`,
    `acknowledged ${acknowledged.size}, failed requests ${failures}, mail missing for ${lostMail}, mails received ${inbox.messages().length} (${distinct()} distinct)`,
    `resident memory after warm-up ${base.toFixed(0)} MB, peak in the last third ${peakLate.toFixed(0)} MB: ${memoryOk ? 'bounded' : 'GROWING'}`,
  ].join('\n') + '\n',
);
process.exit(failures === 0 && lostMail === 0 && memoryOk ? 0 : 1);
