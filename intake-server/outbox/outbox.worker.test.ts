import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { MailKind, OutgoingMail } from '../mail/mail-kinds.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';
import { outboxHealth } from './outbox-health.js';
import { claimDue, enqueueMails } from './outbox.repository.js';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer({ OUTBOX_BACKOFF_BASE_MS: '1000', OUTBOX_BACKOFF_CAP_MS: '8000', OUTBOX_MAX_ATTEMPTS: '5', OUTBOX_AUTH_PAUSE_MS: '60000' });
});
afterEach(async () => {
  await s.close();
});

const ALERT_KINDS: MailKind[] = ['dead_letter_alert', 'smtp_auth_alert'];
const NATIONAL = 'prosjektleder@nks.example';
const COORDINATORS = ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example'];
const APPLICANT = 'kari.nordmann@example.no';

const allRows = () => s.ctx.db.selectFrom('outbox').selectAll().orderBy('kind').orderBy('created_at').execute();
/** The application's mails, without alerts to the national contact. */
const rows = async () => (await allRows()).filter((r) => !ALERT_KINDS.includes(r.kind as MailKind));
const alerts = async (kind: MailKind) => (await allRows()).filter((r) => r.kind === kind);
const smtpError = (props: { code?: string; responseCode?: number }) => Object.assign(new Error('smtp'), props);

function notice(recipients = COORDINATORS): OutgoingMail {
  return {
    kind: 'coordinator_notice',
    language: 'nb',
    recipients,
    replyTo: 'post@eksempelby-sanitet.example',
    data: { reference: 'RV-AAAA-BBBB', firstName: 'Kari', postalCode: '8514', associationName: 'Eksempelby sanitetsforening', flags: [], applicationUrl: 'https://intake.example/koordinator/soknader/1', fallback: false },
  };
}

function receipt(recipients = [APPLICANT]): OutgoingMail {
  return {
    kind: 'applicant_receipt',
    language: 'nb',
    recipients,
    replyTo: 'post@eksempelby-sanitet.example',
    data: { reference: 'RV-AAAA-BBBB', associationName: 'Eksempelby sanitetsforening', contactEmail: 'post@eksempelby-sanitet.example', contactPhone: null },
  };
}

/** Queues mails as a committed application does: a coordinator notice and an applicant receipt by default. */
const queue = (...mails: OutgoingMail[]) =>
  enqueueMails(s.ctx.db, (mails.length ? mails : [notice(), receipt()]).map((mail) => ({ applicationId: null, mail })), s.clock.now);

describe('the outbox worker', () => {
  it('delivers both mails of a posted application, then has nothing left', async () => {
    expect((await postApplication(s, validApplication({ elapsedMs: 20_000 }))).status).toBe(201);
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    expect(s.mailer.sent.map((m) => m.to)).toContainEqual([APPLICANT]);
    expect((await rows()).map((r) => [r.kind, r.status])).toEqual([
      ['applicant_receipt', 'sent'],
      ['coordinator_notice', 'sent'],
    ]);
    expect(await s.ctx.worker.drainOnce()).toBe(0);
  });

  it('keeps mail when the SMTP server is down and delivers it after the backoff', async () => {
    await queue();
    s.mailer.failWith(smtpError({ code: 'ECONNECTION' }));
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    expect((await rows()).map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ['pending', 1, 'ECONNECTION'],
      ['pending', 1, 'ECONNECTION'],
    ]);
    // Not due yet: nothing is claimed before the backoff has passed.
    expect(await s.ctx.worker.drainOnce()).toBe(0);
    s.mailer.failWith(undefined);
    s.clock.advance(1000);
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    expect((await rows()).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(s.mailer.sent).toHaveLength(2);
  });

  it('retries greylisting (4xx) and dead-letters a permanent 5xx at once', async () => {
    await queue();
    s.mailer.failWith(smtpError({ code: 'EENVELOPE', responseCode: 451 }));
    await s.ctx.worker.drainOnce();
    expect((await rows()).map((r) => r.status)).toEqual(['pending', 'pending']);
    s.mailer.failWith(smtpError({ code: 'EENVELOPE', responseCode: 550 }));
    s.clock.advance(1000);
    await s.ctx.worker.drainOnce();
    expect((await rows()).map((r) => [r.status, r.last_error])).toEqual([
      ['dead', 'EENVELOPE 550'],
      ['dead', 'EENVELOPE 550'],
    ]);
  });

  it('gives up after the configured number of attempts, with capped backoff between them', async () => {
    await queue();
    s.mailer.failWith(smtpError({ code: 'ETIMEDOUT' }));
    for (let i = 0; i < 5; i++) {
      s.clock.advance(8000);
      await s.ctx.worker.drainOnce();
      for (const r of await rows()) {
        if (r.status === 'pending') expect(new Date(r.next_attempt_at).getTime() - s.clock.now.getTime()).toBeLessThanOrEqual(8000);
      }
    }
    expect((await rows()).map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ['dead', 5, 'max_attempts ETIMEDOUT'],
      ['dead', 5, 'max_attempts ETIMEDOUT'],
    ]);
  });

  it('dead-letters a mail that cannot be rendered instead of retrying it forever', async () => {
    await queue();
    await s.ctx.db.updateTable('outbox').set({ payload: '{not json' }).where('kind', '=', 'applicant_receipt').execute();
    await s.ctx.worker.drainOnce();
    expect((await rows()).map((r) => [r.kind, r.status, r.last_error])).toEqual([
      ['applicant_receipt', 'dead', 'EMESSAGE'],
      ['coordinator_notice', 'sent', null],
    ]);
  });

  it('does not hand a leased row to a second worker until the lease runs out', async () => {
    await queue();
    const first = await claimDue(s.ctx.db, s.clock.now, 60_000, 10);
    expect(first).toHaveLength(2);
    expect(await claimDue(s.ctx.db, s.clock.now, 60_000, 10)).toHaveLength(0);
    s.clock.advance(60_000);
    expect(await claimDue(s.ctx.db, s.clock.now, 60_000, 10)).toHaveLength(2);
  });
});

describe('recipients', () => {
  it('dead-letters a row whose recipient is not one plain address, and never hands it to the mailer', async () => {
    await queue(receipt(['a@example.no, b@example.no']), receipt(['Eve <eve@example.no>']), receipt(['kari@example.no\r\nBcc: eve@example.no']));
    expect(await s.ctx.worker.drainOnce()).toBe(3);
    expect(s.mailer.calls).toBe(0);
    expect((await rows()).map((r) => [r.status, r.last_error])).toEqual([
      ['dead', 'ERECIPIENT'],
      ['dead', 'ERECIPIENT'],
      ['dead', 'ERECIPIENT'],
    ]);
  });

  it('sends to the recipients the server took and logs how many it refused, without addresses', async () => {
    await queue(notice());
    s.mailer.rejectRecipients([COORDINATORS[1]!]);
    await s.ctx.worker.drainOnce();
    expect((await rows()).map((r) => r.status)).toEqual(['sent']);
    expect(s.mailer.sent.map((m) => m.to)).toEqual([[COORDINATORS[0]]]);
    const warning = s.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'mail partly rejected');
    expect(warning).toMatchObject({ kind: 'coordinator_notice', rejected: 1, refused: 1, deferred: 0 });
    expect(s.logs.join('\n')).not.toMatch(/koordinator@|nordmann@/);
  });

  it('dead-letters a mail when the server refuses every recipient', async () => {
    await queue(notice());
    s.mailer.rejectRecipients(COORDINATORS);
    await s.ctx.worker.drainOnce();
    expect((await rows()).map((r) => [r.status, r.last_error])).toEqual([['dead', 'all_recipients_rejected']]);
  });

  it('tries again later for recipients that were only greylisted, and only for them', async () => {
    await queue(notice());
    s.mailer.rejectRecipients([COORDINATORS[1]!], 451);
    await s.ctx.worker.drainOnce();
    const [sent, again] = await rows();
    expect([sent?.status, JSON.parse(sent!.recipients)]).toEqual(['sent', COORDINATORS]);
    expect([again?.status, JSON.parse(again!.recipients), again?.attempts]).toEqual(['pending', [COORDINATORS[1]], 1]);
    s.mailer.rejectRecipients([]);
    s.clock.advance(1000);
    expect(await s.ctx.worker.drainOnce()).toBe(1);
    expect(s.mailer.sent.map((m) => m.to)).toEqual([[COORDINATORS[0]], [COORDINATORS[1]]]);
    expect((await rows()).map((r) => r.status)).toEqual(['sent', 'sent']);
  });
});

describe('when the SMTP server refuses the login', () => {
  const refused = () => smtpError({ code: 'EAUTH', responseCode: 535 });

  it('pauses delivery without using up attempts, alerts once, and resumes after the pause', async () => {
    await queue();
    s.mailer.failWith(refused());
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    expect(s.ctx.worker.isPaused()).toBe(true);
    expect((await rows()).map((r) => [r.status, r.attempts, r.last_error, r.lease_until])).toEqual([
      ['pending', 0, 'EAUTH 535', null],
      ['pending', 0, 'EAUTH 535', null],
    ]);
    expect(await alerts('smtp_auth_alert')).toHaveLength(1);
    expect(s.logs.some((l) => JSON.parse(l).msg === 'smtp server refused the login, delivery paused')).toBe(true);

    // Paused: nothing is claimed and the mailer is not asked, however often the worker is woken.
    const calls = s.mailer.calls;
    s.clock.advance(59_999);
    expect(await s.ctx.worker.drainOnce()).toBe(0);
    expect(s.mailer.calls).toBe(calls);

    // Still refused after the pause, more times than the attempts allow: nothing dies, still one alert.
    for (let i = 0; i < 6; i++) {
      s.clock.advance(60_000);
      expect(await s.ctx.worker.drainOnce()).toBe(3);
    }
    expect((await allRows()).map((r) => [r.kind, r.status, r.attempts])).toEqual([
      ['applicant_receipt', 'pending', 0],
      ['coordinator_notice', 'pending', 0],
      ['smtp_auth_alert', 'pending', 0],
    ]);

    // Fixed: the queued mail and the alert go out after the pause.
    s.mailer.failWith(undefined);
    s.clock.advance(60_000);
    expect(s.ctx.worker.isPaused()).toBe(false);
    expect(await s.ctx.worker.drainOnce()).toBe(3);
    expect((await allRows()).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    const alert = s.mailer.sent.find((m) => m.to.includes(NATIONAL))!;
    expect(alert.subject).toBe('Ressursvenn: e-posttjeneren avviste påloggingen');
    expect(alert.text).toContain('27. november 2026');
    expect(alert.text).toContain('Dette varselet kunne ikke sendes før påloggingen virket igjen.');
  });

  it('treats "authentication required" (530) as a refused login too', async () => {
    await queue(receipt());
    s.mailer.failWith(smtpError({ code: 'EENVELOPE', responseCode: 530 }));
    await s.ctx.worker.drainOnce();
    expect(s.ctx.worker.isPaused()).toBe(true);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual([['pending', 0]]);
  });

  it('alerts about a new incident on a later day, but not twice on the same day', async () => {
    const incident = async (to: string) => {
      await queue(receipt([to]));
      s.mailer.failWith(refused());
      await s.ctx.worker.drainOnce();
      s.mailer.failWith(undefined);
      s.clock.advance(60_000);
      await s.ctx.worker.drainOnce();
    };
    await incident('one@example.no');
    await incident('two@example.no');
    expect(await alerts('smtp_auth_alert')).toHaveLength(1);
    s.clock.advance(24 * 3_600_000);
    await incident('three@example.no');
    expect((await alerts('smtp_auth_alert')).map((r) => r.status)).toEqual(['sent', 'sent']);
  });
});

describe('dead-letter alerts to the national contact', () => {
  const rejected = () => smtpError({ code: 'EENVELOPE', responseCode: 550 });

  it('sends one alert an hour with counts by kind and reason, and gathers later ones into the next hour', async () => {
    await queue(receipt(), receipt(['anna@example.no']), notice(['Kari <kari@example.no>']));
    s.mailer.failWith(rejected());
    await s.ctx.worker.drainOnce();
    const [first] = await alerts('dead_letter_alert');
    expect(JSON.parse(first!.recipients)).toEqual([NATIONAL]);
    expect(JSON.parse(first!.payload)).toEqual({
      count: 3,
      kinds: expect.arrayContaining(['applicant_receipt', 'coordinator_notice']),
      reasons: expect.arrayContaining(['EENVELOPE 550', 'ERECIPIENT']),
      breakdown: expect.arrayContaining([
        { kind: 'applicant_receipt', reason: 'EENVELOPE 550', count: 2 },
        { kind: 'coordinator_notice', reason: 'ERECIPIENT', count: 1 },
      ]),
    });

    s.mailer.failWith(undefined);
    await s.ctx.worker.drainOnce();
    const sent = s.mailer.sent.find((m) => m.to.includes(NATIONAL))!;
    expect(sent.subject).toBe('Ressursvenn: 3 e-poster kunne ikke leveres');
    expect(sent.text).toContain('2 × kvittering til søker: mottakerens e-posttjener avviste den (550)');
    expect(sent.text).toContain('1 × varsel om ny søknad til koordinator: ugyldig mottakeradresse, ble aldri sendt');
    expect(sent.text + sent.html).not.toMatch(/kari|anna|nordmann|RV-AAAA/i);

    // Later in the same hour: held for the next hour, and what follows joins it.
    s.clock.advance(10 * 60_000);
    await queue(receipt(['one@example.no']), receipt(['two@example.no']));
    s.mailer.failWith(rejected());
    await s.ctx.worker.drainOnce();
    s.mailer.failWith(undefined);
    expect(await s.ctx.worker.drainOnce()).toBe(0);
    const [, next] = await alerts('dead_letter_alert');
    expect([next?.status, next?.next_attempt_at, JSON.parse(next!.payload).count]).toEqual(['pending', '2026-11-27T11:00:00.000Z', 2]);

    s.clock.advance(50 * 60_000);
    expect(await s.ctx.worker.drainOnce()).toBe(1);
    expect((await alerts('dead_letter_alert')).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('does not alert about an alert that could not be delivered', async () => {
    await queue(receipt());
    s.mailer.failWith(rejected());
    await s.ctx.worker.drainOnce();
    await s.ctx.worker.drainOnce();
    s.clock.advance(2 * 3_600_000);
    await s.ctx.worker.drainOnce();
    expect((await alerts('dead_letter_alert')).map((r) => r.status)).toEqual(['dead']);
    expect(await s.ctx.worker.drainOnce()).toBe(0);
  });
});

describe('outbox health', () => {
  it('counts waiting and dead mail, the age of the oldest waiting mail, and whether delivery is paused', async () => {
    expect(await outboxHealth(s.ctx.db, s.ctx.worker, s.clock.now)).toEqual({ pending: 0, dead: 0, oldestPendingAgeSeconds: 0, paused: false });
    await queue(receipt(), receipt(['Eve <eve@example.no>']));
    s.clock.advance(90_000);
    s.mailer.failWith(smtpError({ code: 'EAUTH', responseCode: 535 }));
    await s.ctx.worker.drainOnce();
    // The receipt waits; the bad one is dead; the alerts about both wait too.
    expect(await outboxHealth(s.ctx.db, s.ctx.worker, s.clock.now)).toEqual({ pending: 3, dead: 1, oldestPendingAgeSeconds: 90, paused: true });
  });
});
