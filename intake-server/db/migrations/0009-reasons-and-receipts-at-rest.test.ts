import { Migrator, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseEnv } from '../../test-support.js';
import { openSqlite } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { openPostgres } from '../postgres.js';
import type { Database } from '../schema.js';
import { migrations } from './index.js';

const NOW = '2026-11-27T10:00:00.000Z';

let db: Kysely<Database>;
afterEach(async () => {
  await db?.destroy();
});

/** A database (SQLite, or PostgreSQL under the PostgreSQL run) migrated up to the migration before 0009. */
async function databaseBefore0009(): Promise<Kysely<Database>> {
  const names = Object.keys(migrations);
  const before = names[names.indexOf('0009-reasons-and-receipts-at-rest') - 1]!;
  const { DATABASE_URL } = await testDatabaseEnv();
  const opened = DATABASE_URL ? openPostgres(DATABASE_URL) : openSqlite(':memory:');
  const { error } = await new Migrator({ db: opened, provider: { getMigrations: async () => migrations } }).migrateTo(before);
  if (error) throw error;
  return opened;
}

const audit = (id: string, action: string, applicationId: string | null, detail: unknown) => ({
  id, at: NOW, account_id: null, action, association_id: 'a1', application_id: applicationId, detail: JSON.stringify(detail),
});

function outboxRow(id: string, status: string, payload: unknown) {
  return {
    id, application_id: null, kind: 'applicant_receipt', recipients: '["kari@example.no"]', reply_to: null, language: 'nb', payload: JSON.stringify(payload), status,
    attempts: 1, next_attempt_at: NOW, lease_until: null, last_error: null, created_at: NOW, sent_at: status === 'sent' ? NOW : null,
  };
}

/** A receipt already sent and one still waiting, both with their withdrawal link as rows before 0009 kept it. */
const insertReceipts = () =>
  db
    .insertInto('outbox')
    .values([
      outboxRow('sent', 'sent', { reference: 'RV-APP', withdrawUrl: 'https://intake.example/trekk/sent-token' }),
      outboxRow('waiting', 'pending', { reference: 'RV-APP', withdrawUrl: 'https://intake.example/trekk/waiting-token' }),
    ])
    .execute();

describe('migration 0009', () => {
  it('second attack 2: blanks the reasons in the audit log and keeps them with the application', async () => {
    db = await databaseBefore0009();
    await db
      .insertInto('associations')
      .values({ id: 'a1', slug: 'eksempelby', kind: 'local', name: 'Eksempelby', contact_email: 'post@eksempelby.example', contact_phone: null, default_language: 'nb', active: 1, created_at: NOW, updated_at: NOW })
      .execute();
    await db
      .insertInto('applications')
      .values({
        id: 'app', reference: 'RV-APP', requested_association: 'eksempelby', association_id: 'a1', routing: 'page', status: 'declined', first_name: 'Kari', last_name: 'Nordmann',
        email: 'kari@example.no', email_key: 'kari@example.no', phone: '41234567', postal_code: '2317', kommune_number: null, age_25_or_older: 1, can_commit: 1,
        will_take_course: 1, will_sign_confidentiality: 1, will_show_police_certificate: 1, motivation: 'Turer.', languages: 'norsk', language: 'nb', flags: '[]',
        privacy_notice_version: '2026-11-01', privacy_acknowledged_at: NOW, created_at: NOW, updated_at: NOW, last_activity_at: NOW, quarantine_reason: null,
      })
      .execute();
    await db
      .insertInto('application_events')
      .values([
        { id: 'e1', application_id: 'app', at: NOW, account_id: null, kind: 'reassigned', detail: JSON.stringify({ from: 'a0', to: 'a1' }) },
        { id: 'e2', application_id: 'app', at: NOW, account_id: null, kind: 'status', detail: JSON.stringify({ from: 'new', to: 'declined' }) },
      ])
      .execute();
    await db
      .insertInto('audit_log')
      .values([
        audit('l1', 'application.reassigned', 'app', { from: 'a0', to: 'a1', reason: 'Kari flytter, ring 412 34 567' }),
        audit('l2', 'application.status_changed', 'app', { from: 'new', to: 'declined', reason: 'Kari er syk' }),
        audit('l3', 'application.status_changed', 'gone', { from: 'new', to: 'declined', reason: 'Erased person: Ola' }),
        audit('l4', 'application.status_changed', 'app', { from: 'new', to: 'contacted' }),
      ])
      .execute();
    await insertReceipts();

    await migrateToLatest(db);

    const log = await db.selectFrom('audit_log').select(['id', 'detail']).orderBy('id').execute();
    expect(log.map((l) => JSON.parse(l.detail))).toEqual([
      { from: 'a0', to: 'a1', reasonGiven: true },
      { from: 'new', to: 'declined', reasonGiven: true },
      { from: 'new', to: 'declined', reasonGiven: true },
      { from: 'new', to: 'contacted' },
    ]);
    expect(JSON.stringify(log)).not.toMatch(/Kari|Ola|412/);
    const events = await db.selectFrom('application_events').select(['id', 'detail']).orderBy('id').execute();
    expect(events.map((e) => JSON.parse(e.detail))).toEqual([
      { from: 'a0', to: 'a1', reason: 'Kari flytter, ring 412 34 567' },
      { from: 'new', to: 'declined', reason: 'Kari er syk' },
    ]);
  });

  it('second attack 6: takes the withdrawal link out of delivered receipts and leaves it in those still waiting', async () => {
    db = await databaseBefore0009();
    await insertReceipts();
    await migrateToLatest(db);
    const rows = await db.selectFrom('outbox').select(['id', 'payload']).orderBy('id').execute();
    expect(rows.map((r) => [r.id, JSON.parse(r.payload)])).toEqual([
      ['sent', { reference: 'RV-APP' }],
      ['waiting', { reference: 'RV-APP', withdrawUrl: 'https://intake.example/trekk/waiting-token' }],
    ]);
  });
});
