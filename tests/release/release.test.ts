/**
 * The release as an operator installs it (README, "Running it for real"): the tarball of `npm run release` (packed
 * here from the tree `npm run build` made before the tests, as `npm test` does) is unpacked into a fresh folder, `npm ci --omit=dev` installs the runtime packages only, and plain `node` runs the
 * compiled server on SQLite with a local SMTP server as the mail relay. An application goes in; the coordinator's
 * notice and the applicant's receipt come out; SIGTERM stops it cleanly. Nothing is written outside DATA_DIR.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createMailInbox, type MailInbox } from '../../demo/mail-inbox/index.js';
import { makeRelease } from '../../scripts/release.js';
import { freePort } from '../support/free-port.js';
import { createTempDir } from '../support/temp-dir.js';

const dir = createTempDir('rv-release-');
let app: string;
let inbox: MailInbox;

/** Every file under `root`, with its size and time, to see that running the release wrote nothing there. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out.push(`${p.slice(root.length)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(root);
  return out.sort();
}

/** Only what a service has: no tsx loader, no test variables, no developer's Node options. */
function serviceEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir.path, TMPDIR: join(dir.path, 'tmp'), LOG_LEVEL: 'warn', ...extra };
}

function run(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(async () => {
  const tarball = makeRelease(dir.path);
  expect(tarball).toMatch(/ressursvenn-intake-\d+\.\d+\.\d+\.tgz$/);
  const installRoot = join(dir.path, 'opt');
  mkdirSync(installRoot);
  expect(spawnSync('tar', ['-xzf', tarball, '-C', installRoot]).status).toBe(0);
  app = join(installRoot, readdirSync(installRoot)[0]!);
  const install = spawnSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  expect(install.stderr).toBe('');
  expect(install.status).toBe(0);
  mkdirSync(join(dir.path, 'tmp'));
  inbox = await createMailInbox({ smtpPort: 0, httpPort: 0 });
}, 180_000);

afterAll(async () => {
  await inbox?.close();
  dir.remove();
});

describe('the release, installed with --omit=dev and run with plain node', () => {
  it('holds the compiled server and the runtime packages only', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    for (const runtime of ['better-sqlite3', 'nodemailer', 'pg']) expect(installed).toContain(runtime);
    expect(existsSync(join(app, 'node_modules/@simplewebauthn/server'))).toBe(true);
    for (const devOnly of ['tsx', 'vite', 'lit', 'typescript', 'smtp-server', 'mailparser', 'playwright-core', 'vitest', 'hono', 'kysely']) expect(installed).not.toContain(devOnly);
    for (const file of ['dist/server/main.js', 'dist/server/admin.js', 'dist/server/store.worker.js', 'dist/server/assets/simplewebauthn-browser.js', 'dist/widget/widget.js', '.env.example', 'deploy/ressursvenn-intake.service']) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    expect(existsSync(join(app, 'intake-server'))).toBe(false);
  });

  it('refuses to start on an http address that is not localhost, and says why', async () => {
    const child = run(['dist/server/main.js'], serviceEnv({ PUBLIC_URL: 'http://ressursvenn.example.no', DATA_DIR: join(dir.path, 'refused') }));
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain('PUBLIC_URL must start with https://');
  });

  it('stores an application, delivers the notice and the receipt, and stops on SIGTERM, writing only DATA_DIR', async () => {
    const before = snapshot(app);
    const port = await freePort();
    const data = join(dir.path, 'data');
    const child = run(['dist/server/main.js'], serviceEnv({
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      DATA_DIR: data,
      SMTP_URL: inbox.smtpUrl,
      SEED_FILE: join(import.meta.dirname, '../support/process-seed.json'),
    }));
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.once('exit', r));
    try {
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 20_000;
      while (!(await fetch(`${url}/readyz`).then((r) => r.ok, () => false))) {
        if (Date.now() > deadline) throw new Error(`the release did not start: ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const widget = await fetch(`${url}/widget.js`);
      expect(widget.status).toBe(200);
      const res = await fetch(`${url}/api/v1/applications`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(validApplication({ association: 'narvik', postalCode: '8514', email: 'sigrid.release@example.no', elapsedMs: 60_000 })),
      });
      expect(res.status).toBe(201);
      const { reference } = (await res.json()) as { reference: string };
      const mails = await inbox.waitFor(() => inbox.messages().length >= 2, { timeoutMs: 15_000 });
      expect(mails.map((m) => m.to.join()).sort()).toEqual(['koordinator@narvik-sanitet.example', 'sigrid.release@example.no']);
      expect(mails.find((m) => m.to.includes('koordinator@narvik-sanitet.example'))!.text).toContain(reference);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(snapshot(app)).toEqual(before);
    expect(readdirSync(join(dir.path, 'tmp'))).toEqual([]);
    expect(readdirSync(data)).toContain('intake.sqlite');
  }, 60_000);
});
