import { createHash } from 'node:crypto';
import { Migrator, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryMailer } from '../../mail/memory-mailer.js';
import { createLogger } from '../../logger.js';
import { createOutboxWorker } from '../../outbox/outbox.worker.js';
import { readConfig } from '../../config.js';
import { testDatabaseEnv } from '../../test-support.js';
import { openSqlite } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { openPostgres } from '../postgres.js';
import type { Database } from '../schema.js';
import { migrations } from './index.js';

const NOW = '2026-11-27T10:00:00.000Z';
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

let db: Kysely<Database>;
afterEach(async () => {
  await db?.destroy();
});

/** A database (SQLite, or PostgreSQL under the PostgreSQL run) migrated up to the migration before 0006. */
async function databaseBefore0006(): Promise<Kysely<Database>> {
  const names = Object.keys(migrations);
  const before = names[names.indexOf('0006-at-rest') - 1]!;
  const { DATABASE_URL } = await testDatabaseEnv();
  const opened = DATABASE_URL ? openPostgres(DATABASE_URL) : openSqlite(':memory:');
  const { error } = await new Migrator({ db: opened, provider: { getMigrations: async () => migrations } }).migrateTo(before);
  if (error) throw error;
  return opened;
}

async function addAssociation(id: string, slug: string): Promise<void> {
  await db
    .insertInto('associations')
    .values({ id, slug, kind: 'local', name: slug, contact_email: `post@${slug}.example`, contact_phone: null, default_language: 'nb', active: 1, created_at: NOW, updated_at: NOW })
    .execute();
}

function outboxRow(id: string, status: string, payload: unknown) {
  return {
    id, application_id: null, kind: 'sign_in_link', recipients: '["kari@eksempelby.example"]', reply_to: null, language: 'nb', payload: JSON.stringify(payload), status,
    attempts: 0, next_attempt_at: NOW, lease_until: null, last_error: null, created_at: NOW, sent_at: status === 'sent' ? NOW : null,
  };
}

const legacyLink = (token: string) => ({ url: `https://intake.example/koordinator/logg-inn/lenke?token=${token}`, validMinutes: 15 });

function application(id: string, status: string, quarantineReason: string | null) {
  return {
    id, reference: `RV-${id}`, requested_association: 'eksempelby', association_id: 'a1', routing: 'page', status, first_name: 'Kari', last_name: 'Nordmann',
    email: `${id}@example.no`, email_key: `${id}@example.no`, phone: '41234567', postal_code: '2317', kommune_number: '3403', age_25_or_older: 1, can_commit: 1,
    will_take_course: 1, will_sign_confidentiality: 1, will_show_police_certificate: 1, motivation: 'Jeg liker å gå turer.', languages: 'norsk', language: 'nb', flags: '[]',
    privacy_notice_version: '2026-11-01', privacy_acknowledged_at: NOW, created_at: NOW, updated_at: NOW, last_activity_at: NOW, quarantine_reason: quarantineReason,
  };
}

describe('migration 0006: what rests in the database', () => {
  it('finding 13.4: takes the tokens out of sign-in mails queued before it; a waiting one still goes out, with a new link', async () => {
    db = await databaseBefore0006();
    await addAssociation('a1', 'eksempelby');
    await db.insertInto('coordinators').values({ id: 'c1', association_id: 'a1', name: 'Kari', email: 'kari@eksempelby.example', active: 1, created_at: NOW }).execute();
    await db.insertInto('accounts').values({ id: 'acc', email: 'kari@eksempelby.example', name: 'Kari', role: 'coordinator', created_at: NOW, last_sign_in_at: null }).execute();
    const link = (token: string, usedAt: string | null) => ({ token_hash: sha256(token), account_id: 'acc', next_path: '/koordinator/soknader/7', created_at: NOW, expires_at: '2026-11-27T10:15:00.000Z', used_at: usedAt });
    await db.insertInto('sign_in_links').values([link('waiting-token', null), link('sent-token', null), link('used-token', NOW)]).execute();
    await db
      .insertInto('outbox')
      .values([outboxRow('waiting', 'pending', legacyLink('waiting-token')), outboxRow('sent', 'sent', legacyLink('sent-token')), outboxRow('used', 'pending', legacyLink('used-token'))])
      .execute();

    await migrateToLatest(db);
    const rows = await db.selectFrom('outbox').select(['id', 'payload']).execute();
    expect(rows.map((r) => r.id)).toEqual(['waiting']);
    expect(rows[0]!.payload).not.toContain('token');
    expect(JSON.parse(rows[0]!.payload)).toEqual({ linkUrl: 'https://intake.example/koordinator/logg-inn/lenke', accountId: 'acc', nextPath: '/koordinator/soknader/7', validMinutes: 15, attemptHash: null });
    // The links whose tokens were in the outbox are gone; the one of the sent mail stays until it expires.
    expect((await db.selectFrom('sign_in_links').select('token_hash').execute()).map((l) => l.token_hash)).toEqual([sha256('sent-token')]);

    const mailer = createMemoryMailer();
    const worker = createOutboxWorker({ db, mailer, logger: createLogger('silent'), options: readConfig({}).outbox, now: () => new Date(NOW) });
    expect(await worker.drainOnce()).toBe(1);
    const token = /lenke\?token=([A-Za-z0-9_-]{43})/.exec(mailer.sent[0]!.text)?.[1];
    expect(token).toBeDefined();
    expect(await db.selectFrom('sign_in_links').select(['account_id', 'next_path']).where('token_hash', '=', sha256(token!)).executeTakeFirst()).toEqual({ account_id: 'acc', next_path: '/koordinator/soknader/7' });
    await worker.stop();
  });

  it('finding 13.16: blanks the personal fields of quarantined submissions stored before it, and of every one after', async () => {
    db = await databaseBefore0006();
    await addAssociation('a1', 'eksempelby');
    await db.insertInto('applications').values([application('held', 'quarantined', 'too_fast'), application('real', 'new', null)]).execute();
    await migrateToLatest(db);
    await db.insertInto('applications').values(application('later', 'quarantined', 'honeypot')).execute();

    const rows = await db.selectFrom('applications').selectAll().orderBy('id').execute();
    const blanked = { first_name: 'Kari', last_name: '', email: '', email_key: '', phone: '', postal_code: '', kommune_number: null, motivation: '', languages: '' };
    expect(rows.find((r) => r.id === 'held')).toMatchObject({ ...blanked, quarantine_reason: 'too_fast', association_id: 'a1', created_at: NOW });
    expect(rows.find((r) => r.id === 'later')).toMatchObject({ ...blanked, quarantine_reason: 'honeypot' });
    expect(rows.find((r) => r.id === 'real')).toMatchObject({ last_name: 'Nordmann', email: 'real@example.no', phone: '41234567', postal_code: '2317', motivation: 'Jeg liker å gå turer.' });
  });
});
