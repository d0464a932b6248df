import { afterEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { readConfig } from '../../intake-server/config.js';
import { createLogger } from '../../intake-server/logger.js';
import { startIntakeServer, type RunningServer } from '../../intake-server/server.js';
import { startFaultSmtpServer, type FaultOptions, type FaultSmtpServer } from '../support/fault-smtp-server.js';
import { mailServerEnv } from '../support/mail-server-env.js';
import { createTempDir } from '../support/temp-dir.js';

// The real path under faults: HTTP → SQLite → outbox worker → nodemailer (pooled) → a misbehaving smtp-server.
const COORDINATORS = ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example'];
const NATIONAL = 'prosjektleder@nks.example';
const LOGIN = { user: 'ressursvenn', pass: 'riktig-passord' };

let smtp: FaultSmtpServer | undefined;
let server: RunningServer | undefined;
let logs: string[] = [];
const dirs: { remove(): void }[] = [];

async function start(faults: FaultOptions, credentials?: { user: string; pass: string }, env: Record<string, string> = {}): Promise<RunningServer> {
  smtp = await startFaultSmtpServer(faults);
  const dir = createTempDir();
  dirs.push(dir);
  logs = [];
  server = await startIntakeServer(
    readConfig({
      ...mailServerEnv(dir.path, smtp.url(credentials)),
      OUTBOX_AUTH_PAUSE_MS: '300',
      ...env,
    }),
    { logger: createLogger('debug', (line) => logs.push(line)) },
  );
  return server;
}

afterEach(async () => {
  await server?.close();
  await smtp?.close();
  server = smtp = undefined;
  for (const d of dirs.splice(0)) d.remove();
});

/** Posts an application for Eksempelby (two coordinators) from `email`; the answer must be 201. */
async function apply(email: string): Promise<string> {
  const res = await fetch(`${server!.url}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(validApplication({ email, confirmedAssociation: 'eksempelby', elapsedMs: 20_000 })),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as ApplicationAccepted).reference;
}

const outbox = () => server!.context.db.selectFrom('outbox').selectAll().orderBy('kind').execute();
const statusOf = async (kind: string) => (await outbox()).filter((r) => r.kind === kind).map((r) => r.status);
const logged = () => logs.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('mail delivery when the SMTP server misbehaves', () => {
  it('delivers everything after greylisting (451), giving nothing up', async () => {
    await start({ greylist: 451 });
    const reference = await apply('greylist@example.no');
    await smtp!.waitFor((m) => m.subject.includes(reference), { count: 2 });
    expect(smtp!.refusals.greylisted).toBe(3);
    await expect.poll(async () => (await outbox()).map((r) => [r.kind, r.status, r.attempts])).toEqual([
      ['applicant_receipt', 'sent', 2],
      ['coordinator_notice', 'sent', 2],
    ]);
  });

  it('delivers after a greylisting 421 that also drops the connection', async () => {
    await start({ greylist: 421 });
    const reference = await apply('greylist421@example.no');
    await smtp!.waitFor((m) => m.subject.includes(reference), { count: 2 });
    expect(smtp!.refusals.greylisted).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await outbox()).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('sends to the coordinator the server takes and logs the refused one as a count, never an address', async () => {
    await start({ refuse: [COORDINATORS[1]!] });
    const reference = await apply('partial@example.no');
    const [notice] = await smtp!.waitFor((m) => m.subject.includes(reference) && m.envelopeTo.includes(COORDINATORS[0]!));
    expect(notice!.envelopeTo).toEqual([COORDINATORS[0]]);
    await expect.poll(() => statusOf('coordinator_notice')).toEqual(['sent']);
    expect(logged().find((l) => l.msg === 'mail partly rejected')).toMatchObject({ kind: 'coordinator_notice', rejected: 1, refused: 1 });
    expect(logs.join('\n')).not.toContain('ola.koordinator');
    expect(await statusOf('dead_letter_alert')).toEqual([]);
  });

  it('dead-letters a receipt the server refuses (550) and alerts the national contact without personal data', async () => {
    await start({ refuse: ['finnes.ikke@example.no'] });
    const reference = await apply('finnes.ikke@example.no');
    const [alert] = await smtp!.waitFor((m) => m.envelopeTo.includes(NATIONAL), { timeoutMs: 8000 });
    expect(alert!.subject).toBe('Ressursvenn: 1 e-post kunne ikke leveres');
    expect(alert!.text).toContain('1 × kvittering til søker: mottakerens e-posttjener avviste den (550)');
    expect(alert!.text + alert!.html).not.toMatch(/finnes\.ikke|Kari|Nordmann|RV-/);
    // The SMTP server has the alert before the outbox records it as sent: poll for the record.
    await expect.poll(async () => (await outbox()).map((r) => [r.kind, r.status, r.attempts, r.last_error])).toEqual([
      ['applicant_receipt', 'dead', 1, 'EENVELOPE 550'],
      ['coordinator_notice', 'sent', 1, null],
      ['dead_letter_alert', 'sent', 1, null],
    ]);
    expect(smtp!.received.filter((m) => m.subject.includes(reference))).toHaveLength(1);
  });

  it('pauses on a refused login, keeps answering 201, burns no attempts, and delivers everything with one alert once the login works', async () => {
    // Two attempts only: were refused logins counted, the mail would be dead after the second pause.
    await start({ auth: LOGIN }, { user: LOGIN.user, pass: 'gammelt-passord' }, { OUTBOX_MAX_ATTEMPTS: '2' });
    const first = await apply('auth1@example.no');
    await expect.poll(() => server!.context.worker.isPaused(), { timeout: 5000 }).toBe(true);
    const second = await apply('auth2@example.no');
    // Longer than several pauses: the worker tries again after each, is refused again, and nothing is lost or doubled.
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp!.refusals.auth).toBeGreaterThanOrEqual(2);
    const waiting = await outbox();
    expect(waiting.map((r) => [r.kind, r.status])).toEqual([
      ['applicant_receipt', 'pending'],
      ['applicant_receipt', 'pending'],
      ['coordinator_notice', 'pending'],
      ['coordinator_notice', 'pending'],
      ['smtp_auth_alert', 'pending'],
    ]);
    // A row may be out on a try right now (claimed: one attempt, leased); every refused try was handed back.
    for (const r of waiting) expect(r.attempts === 0 || (r.attempts === 1 && r.lease_until !== null)).toBe(true);
    expect(logged().filter((l) => l.msg === 'smtp server refused the login, delivery paused').length).toBeGreaterThanOrEqual(2);
    expect(smtp!.received).toHaveLength(0);

    // The operator fixes the login (here: the server now takes the password the service has).
    smtp!.configure({ auth: { user: LOGIN.user, pass: 'gammelt-passord' } });
    await smtp!.waitFor(() => true, { count: 5, timeoutMs: 8000 });
    expect(smtp!.received.filter((m) => m.subject.includes(first) || m.subject.includes(second))).toHaveLength(4);
    const [alert] = smtp!.received.filter((m) => m.envelopeTo.includes(NATIONAL));
    expect(alert!.subject).toBe('Ressursvenn: e-posttjeneren avviste påloggingen');
    await expect.poll(async () => (await outbox()).every((r) => r.status === 'sent')).toBe(true);
    expect(server!.context.worker.isPaused()).toBe(false);
  });
});
