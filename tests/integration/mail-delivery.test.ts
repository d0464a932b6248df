import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted, ApplicationInput } from '../../contract/index.js';
import { createMailInbox, type MailInbox } from '../../demo/mail-inbox/index.js';
import { readConfig } from '../../intake-server/config.js';
import { countByStatus } from '../../intake-server/outbox/outbox.repository.js';
import { startIntakeServer, type RunningServer } from '../../intake-server/server.js';
import { mailServerEnv } from '../support/mail-server-env.js';
import { createTempDir } from '../support/temp-dir.js';

// The real path: HTTP → SQLite → outbox worker → nodemailer → smtp-server on 127.0.0.1 → mailparser.
let inbox: MailInbox;
let server: RunningServer;
const dir = createTempDir();

beforeAll(async () => {
  inbox = await createMailInbox({ smtpPort: 0, httpPort: 0 });
  server = await startIntakeServer(
    readConfig({
      ...mailServerEnv(dir.path, inbox.smtpUrl),
      LOG_LEVEL: 'silent',
    }),
  );
});

afterAll(async () => {
  await server?.close();
  await inbox?.close();
  dir.remove();
});

async function apply(input: ApplicationInput): Promise<ApplicationAccepted> {
  const res = await fetch(`${server.url}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(input),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as ApplicationAccepted;
}

const about = (reference: string) => (m: { subject: string }) => m.subject.includes(reference);

describe('mail delivery over SMTP', () => {
  it('delivers a minimal coordinator notice and a receipt that echoes nothing', async () => {
    const applicant = validApplication({
      firstName: 'Ingrid',
      lastName: 'Kanarifjell',
      email: 'ingrid.k@example.no',
      phone: '98765432',
      postalCode: '2317',
      motivation: 'Jeg vil gjerne hjelpe til',
      languages: 'norsk, tysk',
      canCommit: false,
    });
    const { reference } = await apply(applicant);
    const mails = await inbox.waitFor(about(reference), { count: 2, timeoutMs: 10_000 });
    const notice = mails.find((m) => m.to.includes('kari.koordinator@eksempelby-sanitet.example'))!;
    const receipt = mails.find((m) => m.to.includes('ingrid.k@example.no'))!;

    expect(notice.to.sort()).toEqual(['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example']);
    expect(notice.from).toBe('ikke-svar@ressursvenn.example');
    expect(notice.subject).toBe(`Ny søknad om å bli ressursvenn (${reference})`);
    expect(notice.contentLanguage).toBe('nb');
    expect(notice.text).toContain('Ny søknad om å bli ressursvenn hos Eksempelby sanitetsforening.\n\n- Fornavn, slik søkeren skrev det: «Ingrid»\n- Sted: postnummer 2317, Hamar kommune');
    expect(notice.text).toContain('Svarte nei på «Kan du møtes 2–4 ganger i måneden i 9–12 måneder?».');
    expect(notice.text).toMatch(/https:\/\/intake\.example\/koordinator\/soknader\/[0-9a-f-]{36}/);
    // Minimal: no surname, contact details or free text in a mailbox that keeps it forever.
    for (const secret of ['Kanarifjell', 'ingrid.k@example.no', '98765432', 'hjelpe til', 'tysk']) {
      expect(notice.text + notice.html).not.toContain(secret);
    }

    expect(receipt.to).toEqual(['ingrid.k@example.no']);
    expect(receipt.from).toBe('ikke-svar@ressursvenn.example');
    expect(receipt.replyTo).toEqual(['post@eksempelby-sanitet.example']);
    expect(receipt.subject).toBe(`Vi har mottatt søknaden din om å bli ressursvenn (${reference})`);
    expect(receipt.text).toContain('En koordinator i Eksempelby sanitetsforening tar kontakt');
    for (const echoed of ['Ingrid', 'Kanarifjell', '98765432', '2317', 'hjelpe til', 'tysk']) {
      expect(receipt.text + receipt.html + receipt.subject).not.toContain(echoed);
    }
  });

  it('writes the receipt in the form language and the notice in the association language', async () => {
    const { reference } = await apply(validApplication({ association: 'fjordheim', postalCode: '6848', language: 'en', email: 'anna@example.no' }));
    const mails = await inbox.waitFor(about(reference), { count: 2, timeoutMs: 10_000 });
    const receipt = mails.find((m) => m.to.includes('anna@example.no'))!;
    const notice = mails.find((m) => m.to.includes('koordinator@fjordheim-sanitet.example'))!;
    expect(receipt.subject).toBe(`We have received your Ressursvenn application (${reference})`);
    expect(receipt.contentLanguage).toBe('en');
    expect(notice.subject).toBe(`Ny søknad om å bli ressursvenn (${reference})`);
    expect(notice.contentLanguage).toBe('nn');
  });

  it('keeps accepting while SMTP is down and delivers the queued mail when it is back', async () => {
    await inbox.stopSmtp();
    const { reference } = await apply(validApplication({ email: 'venter@example.no' }));
    // Give the worker time to try and fail at least once.
    await new Promise((r) => setTimeout(r, 400));
    expect(inbox.messages().filter(about(reference))).toHaveLength(0);
    expect((await countByStatus(server.context.db)).pending).toBeGreaterThanOrEqual(2);
    const failed = await server.context.db.selectFrom('outbox').select('last_error').where('status', '=', 'pending').execute();
    expect(failed.some((r) => r.last_error !== null)).toBe(true);

    await inbox.startSmtp();
    const mails = await inbox.waitFor(about(reference), { count: 2, timeoutMs: 10_000 });
    expect(mails).toHaveLength(2);
    // The server has the message before the worker records it as sent.
    await expect.poll(async () => (await countByStatus(server.context.db)).pending ?? 0, { timeout: 5000 }).toBe(0);
  });
});
