import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { MailMessage } from '../mail/mailer.js';
import { purgeExpired } from '../maintenance/purge-expired.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { KARI, redeem, requestLink, sessionCookieOf } from '../workspace/sign-in/testing.js';
import { claimDue } from './outbox.repository.js';
import { settleRow, type SettleDeps } from './settle-row.js';
import { makeSignInLinkForDelivery } from './sign-in-link-mail.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const LINK = /https:\/\/intake\.example\/koordinator\/logg-inn\/lenke\?token=([A-Za-z0-9_-]{43})/;
const signInMails = () => s.mailer.sent.filter((m) => LINK.test(m.text));
const tokenOf = (m: MailMessage) => LINK.exec(m.text)![1]!;
const signInRows = () => s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'sign_in_link').execute();
const linkRows = () => s.ctx.db.selectFrom('sign_in_links').selectAll().execute();
const onSqlite = () => !s.config.databaseUrl;

/** Everything SQLite has on disk for the database: the file and its write-ahead log. */
function databaseBytes(): string {
  const path = s.config.databasePath;
  return [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('latin1')).join('');
}

describe('sign-in mails at rest', () => {
  it('finding 13.4: a queued sign-in mail holds no token: not in the outbox, not in the database file or its WAL', async () => {
    await requestLink(s, KARI, { neste: '/koordinator/soknader/42' });
    const [queued] = await signInRows();
    expect(queued).toBeDefined();
    expect(queued!.payload).not.toMatch(/token/i);
    expect(JSON.parse(queued!.payload)).toMatchObject({ linkUrl: 'https://intake.example/koordinator/logg-inn/lenke', nextPath: '/koordinator/soknader/42', validMinutes: 15 });

    await s.ctx.worker.drainOnce();
    const [mail] = signInMails();
    expect(mail?.to).toEqual([KARI]);
    const token = tokenOf(mail!);
    // The database keeps the link's SHA-256 only, and nothing at all in the outbox once the mail has left.
    expect(JSON.stringify(await linkRows())).not.toContain(token);
    if (onSqlite()) expect(databaseBytes()).not.toContain(token);
    const response = await redeem(s, token);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/soknader/42');
    expect(sessionCookieOf(response)).toBeDefined();
  });

  it('finding 13.4: a link that waited out an SMTP outage works for its 15 minutes from sending, and only the one that left works', async () => {
    s.mailer.failWith(Object.assign(new Error('connection refused'), { code: 'ECONNECTION' }));
    await requestLink(s, KARI);
    expect(await s.ctx.worker.drainOnce()).toBe(1); // made a link, could not send it
    s.clock.advance(20 * 60_000);
    s.mailer.failWith(undefined);
    expect(await s.ctx.worker.drainOnce()).toBe(1);
    const mails = signInMails();
    expect(mails).toHaveLength(1);
    // The link of the failed attempt is gone: one link, the one in the mail.
    expect(await linkRows()).toHaveLength(1);
    s.clock.advance(14 * 60_000);
    expect((await redeem(s, tokenOf(mails[0]!))).status).toBe(303);
  });

  it('finding 13.4: of two instances that hold the same sign-in mail (a lease ran out), only one sends it', async () => {
    await requestLink(s, KARI);
    // This "instance" claims the mail and stalls past its lease before sending.
    const [stale] = await claimDue(s.ctx.db, s.clock.now, s.config.outbox.leaseMs, 10);
    expect(stale?.kind).toBe('sign_in_link');
    s.clock.advance(s.config.outbox.leaseMs + 1);
    // The other instance claims it again and sends it.
    expect(await s.ctx.worker.drainOnce()).toBe(1);
    expect(signInMails()).toHaveLength(1);
    const deps: SettleDeps = {
      db: s.ctx.db,
      mailer: s.mailer,
      logger: createLogger('silent'),
      options: s.config.outbox,
      now: () => s.clock.now,
      recordSent: async () => {},
      serializeDeadLetter: (fn) => fn(),
      isPaused: () => false,
      onAuthFailure: async () => {},
      onDelivered: () => {},
    };
    expect(await settleRow(deps, stale!)).toBe('released');
    expect(signInMails()).toHaveLength(1);
    expect((await redeem(s, tokenOf(signInMails()[0]!))).status).toBe(303);
  });
});

describe('sent sign-in mails', () => {
  it('finding 13.16: a sign-in mail leaves the outbox as it is sent, and retention removes any left behind', async () => {
    await requestLink(s, KARI);
    expect(await signInRows()).toHaveLength(1);
    await s.ctx.worker.drainOnce();
    expect(signInMails()).toHaveLength(1);
    expect(await signInRows()).toEqual([]);

    // Rows an older release left behind: one sent, one given up on two days ago, one given up on just now.
    const row = (id: string, status: string, createdAt: Date) => ({
      id, application_id: null, kind: 'sign_in_link', recipients: JSON.stringify([KARI]), reply_to: null, language: 'nb', payload: '{}', status,
      attempts: 1, next_attempt_at: createdAt.toISOString(), lease_until: null, last_error: null, created_at: createdAt.toISOString(), sent_at: status === 'sent' ? createdAt.toISOString() : null,
    });
    const now = s.clock.now;
    await s.ctx.db.insertInto('outbox').values([row('old-sent', 'sent', now), row('old-dead', 'dead', new Date(now.getTime() - 2 * 86_400_000)), row('new-dead', 'dead', now)]).execute();
    expect((await purgeExpired(s.ctx.db, now, s.config.retention)).signInMails).toBe(2);
    expect((await signInRows()).map((r) => r.id)).toEqual(['new-dead']);
  });
});

describe('sign-in mails that are no longer wanted', () => {
  it('are not sent for an address taken off the coordinator lists while the mail waited', async () => {
    s.mailer.failWith(Object.assign(new Error('connection refused'), { code: 'ECONNECTION' }));
    await requestLink(s, KARI);
    await s.ctx.worker.drainOnce();
    await s.ctx.db.updateTable('coordinators').set({ active: 0 }).where('email', '=', KARI).execute();
    s.mailer.failWith(undefined);
    s.clock.advance(60_000);
    expect(await s.ctx.worker.drainOnce()).toBe(1);
    expect(signInMails()).toEqual([]);
    expect(await signInRows()).toEqual([]);
    expect(await linkRows()).toEqual([]);
  });

  it('are not sent again when the link of an attempt that reached her (before a crash) was already used', async () => {
    await requestLink(s, KARI);
    const [claimed] = await claimDue(s.ctx.db, s.clock.now, s.config.outbox.leaseMs, 10);
    // The attempt: link made and mail sent, then the process dies before it records the mail as sent.
    const delivery = await makeSignInLinkForDelivery(s.ctx.db, claimed!, s.clock.now);
    const token = LINK.exec(JSON.parse((delivery as { row: { payload: string } }).row.payload).url)![1]!;
    expect((await redeem(s, token)).status).toBe(303);
    s.clock.advance(s.config.outbox.leaseMs + 1);
    expect(await s.ctx.worker.drainOnce()).toBe(1);
    expect(signInMails()).toEqual([]);
    expect(await signInRows()).toEqual([]);
  });
});
