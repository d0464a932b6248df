import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { createMailInbox, type InboxMessage, type MailInbox } from '../../demo/mail-inbox/index.js';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer, type RunningServer } from '../../intake-server/server.js';
import { testDatabaseEnv } from '../../intake-server/test-support.js';
import { mailServerEnv } from '../support/mail-server-env.js';
import { createTempDir } from '../support/temp-dir.js';

// The follow-up over the real path: HTTP → SQLite → the follow-up job → outbox worker → SMTP → mailparser. Only the
// clock is moved: the server runs on a clock the test sets, and the test runs the due jobs instead of waiting for them.
const COORDINATORS = ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example'];
const NATIONAL = 'prosjektleder@nks.example';

let inbox: MailInbox;
let server: RunningServer;
let clock = new Date('2026-11-27T10:00:00.000Z'); // a Friday
const dir = createTempDir('rv-follow-up-');

beforeAll(async () => {
  inbox = await createMailInbox({ smtpPort: 0, httpPort: 0 });
  server = await startIntakeServer(
    readConfig({
      ...mailServerEnv(dir.path, inbox.smtpUrl),
      LOG_LEVEL: 'silent',
      ...(await testDatabaseEnv()),
    }),
    { now: () => clock },
  );
});

afterAll(async () => {
  await server?.close();
  await inbox?.close();
  dir.remove();
});

/** Moves the server's clock and runs the periodic jobs that are due then, as the running server would within a minute. */
async function at(iso: string) {
  clock = new Date(iso);
  return server.context.jobs.runDue();
}

const about = (reference: string, subject: string) => (m: InboxMessage) => m.subject.startsWith(subject) && m.subject.includes(reference);

describe('reminders and escalation over SMTP', () => {
  it('reminds the coordinators after three working days and tells the national contact after fourteen days', async () => {
    const res = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(validApplication({ firstName: 'Ingrid', lastName: 'Kanarifjell', email: 'ingrid.k@example.no', elapsedMs: 20_000 })),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as ApplicationAccepted;
    await inbox.waitFor(about(reference, 'Ny søknad'), { count: 1, timeoutMs: 10_000 });

    // Monday and Tuesday: still within three working days of Friday.
    await at('2026-11-30T10:00:00.000Z');
    await at('2026-12-01T10:00:00.000Z');
    // Wednesday: the reminder.
    const ran = await at('2026-12-02T10:00:00.000Z');
    expect(ran.find((r) => r.name === 'follow_up')).toMatchObject({ outcome: 'ran', counts: { reminders: 1, escalations: 0 } });
    const [reminder, ...others] = await inbox.waitFor(about(reference, 'Påminnelse'), { timeoutMs: 10_000 });
    expect(others).toHaveLength(0);
    expect(reminder!.to.sort()).toEqual(COORDINATORS);
    expect(reminder!.from).toBe('ikke-svar@ressursvenn.example');
    expect(reminder!.replyTo).toEqual(['post@eksempelby-sanitet.example']);
    expect(reminder!.contentLanguage).toBe('nb');
    expect(reminder!.subject).toBe(`Påminnelse: en søker venter på å bli kontaktet (${reference})`);
    expect(reminder!.text).toContain('Ingrid (postnummer 2317, Hamar kommune) søkte om å bli ressursvenn hos Eksempelby sanitetsforening for 5 dager siden');
    expect(reminder!.text).toMatch(/https:\/\/intake\.example\/koordinator\/soknader\/[0-9a-f-]{36}/);
    for (const secret of ['Kanarifjell', 'ingrid.k@example.no', '41234567', 'turer']) expect(reminder!.text + reminder!.html).not.toContain(secret);

    // Day 14, Friday 11 December: the escalation, to the national contact only.
    await at('2026-12-11T10:00:00.000Z');
    const [escalation] = await inbox.waitFor(about(reference, 'Ingen kontakt etter 14 dager'), { timeoutMs: 10_000 });
    expect(escalation!.to).toEqual([NATIONAL]);
    expect(escalation!.replyTo).toEqual(['post@eksempelby-sanitet.example']);
    expect(escalation!.text).toContain('Ingrid (postnummer 2317, Hamar kommune) søkte om å bli ressursvenn hos Eksempelby sanitetsforening for 14 dager siden');
    expect(escalation!.text).toContain('Koordinatorene har fått én påminnelse.');
    for (const secret of ['Kanarifjell', 'ingrid.k@example.no', '41234567', 'turer']) expect(escalation!.text + escalation!.html).not.toContain(secret);

    // Later days bring nothing more about this applicant.
    await at('2026-12-14T10:00:00.000Z');
    await at('2026-12-15T10:00:00.000Z');
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.messages().filter(about(reference, 'Ingen kontakt'))).toHaveLength(1);
    expect(inbox.messages().filter(about(reference, 'Påminnelse'))).toHaveLength(1);
  });
});
