import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer({ OUTBOX_BACKOFF_BASE_MS: '1000', OUTBOX_BACKOFF_CAP_MS: '8000', OUTBOX_MAX_ATTEMPTS: '5' });
});
afterEach(async () => {
  await s.close();
});

const rows = () => s.ctx.db.selectFrom('outbox').selectAll().orderBy('kind').execute();
const smtpError = (props: { code?: string; responseCode?: number }) => Object.assign(new Error('smtp'), props);

describe('the outbox worker', () => {
  it('delivers the coordinator notice and the applicant receipt, then has nothing left', async () => {
    await postApplication(s, validApplication());
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    expect(s.mailer.sent.map((m) => m.to)).toEqual(
      expect.arrayContaining([['kari.nordmann@example.no'], ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example']]),
    );
    expect((await rows()).map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(await s.ctx.worker.drainOnce()).toBe(0);
  });

  it('keeps mail when the SMTP server is down and delivers it after the backoff', async () => {
    await postApplication(s, validApplication());
    s.mailer.failWith(smtpError({ code: 'ECONNECTION' }));
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    let after = await rows();
    expect(after.map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ['pending', 1, 'ECONNECTION'],
      ['pending', 1, 'ECONNECTION'],
    ]);
    // Not due yet: nothing is claimed before the backoff has passed.
    expect(await s.ctx.worker.drainOnce()).toBe(0);
    s.mailer.failWith(undefined);
    s.clock.advance(1000);
    expect(await s.ctx.worker.drainOnce()).toBe(2);
    after = await rows();
    expect(after.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(s.mailer.sent).toHaveLength(2);
  });

  it('retries greylisting (4xx) and dead-letters a permanent 5xx at once', async () => {
    await postApplication(s, validApplication());
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
    await postApplication(s, validApplication());
    s.mailer.failWith(smtpError({ code: 'ETIMEDOUT' }));
    for (let i = 0; i < 5; i++) {
      s.clock.advance(8000);
      await s.ctx.worker.drainOnce();
      for (const r of await rows()) {
        if (r.status === 'pending') expect(new Date(r.next_attempt_at).getTime() - s.clock.now.getTime()).toBeLessThanOrEqual(8000);
      }
    }
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual([
      ['dead', 5],
      ['dead', 5],
    ]);
  });

  it('dead-letters a mail that cannot be rendered instead of retrying it forever', async () => {
    await postApplication(s, validApplication());
    await s.ctx.db.updateTable('outbox').set({ payload: '{not json' }).where('kind', '=', 'applicant_receipt').execute();
    await s.ctx.worker.drainOnce();
    expect((await rows()).map((r) => [r.kind, r.status])).toEqual([
      ['applicant_receipt', 'dead'],
      ['coordinator_notice', 'sent'],
    ]);
  });

  it('does not hand a leased row to a second worker until the lease runs out', async () => {
    await postApplication(s, validApplication());
    const { claimDue } = await import('./outbox.repository.js');
    const first = await claimDue(s.ctx.db, s.clock.now, 60_000, 10);
    expect(first).toHaveLength(2);
    expect(await claimDue(s.ctx.db, s.clock.now, 60_000, 10)).toHaveLength(0);
    s.clock.advance(60_000);
    expect(await claimDue(s.ctx.db, s.clock.now, 60_000, 10)).toHaveLength(2);
  });
});
