/**
 * Group commit on PostgreSQL against real clashes: another session stores an idempotency key while a batch holding
 * the same key is between its reads and its write, and a batch's writes fail halfway through their one statement.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createOneStatement } from '../db/one-statement.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { insertApplications } from './applications.repository.js';
import { validateApplication } from '../../contract/index.js';
import type { SubmitRequest } from './applications.service.js';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

const count = async (table: 'applications' | 'outbox') =>
  Number((await s.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

function job(email: string, idempotencyKey: string = crypto.randomUUID()): SubmitRequest {
  const v = validateApplication(validApplication({ email }));
  if (!v.ok) throw new Error('fixture is invalid');
  return { application: v.value, idempotencyKey, requestHash: `hash-of-${email}`, quarantine: null };
}

describe('group commit on PostgreSQL', () => {
  it('stores and answers the rest of a batch whose idempotency key another session stored meanwhile', async () => {
    const key = crypto.randomUUID();
    const stored = { reference: 'RV-2222-2222', association: { slug: 'elsewhere', name: 'Elsewhere' } };
    const other = new pg.Client({ connectionString: s.config.databaseUrl });
    await other.connect();
    try {
      // Another instance is storing a request with the same key: written, not yet committed.
      await other.query('BEGIN');
      await other.query('INSERT INTO idempotency_keys (key, request_hash, response_status, response_body, created_at) VALUES ($1, $2, 201, $3, $4)', [
        key,
        'a-hash-of-another-body',
        JSON.stringify(stored),
        new Date().toISOString(),
      ]);
      // Submitted in the same turn: one batch.
      const submitted = Promise.all([s.ctx.intake.submit(job('first@example.no')), s.ctx.intake.submit(job('twice@example.no', key)), s.ctx.intake.submit(job('third@example.no'))]);
      // The batch read no answer for the key and now waits on the unique index for the other session.
      await new Promise((r) => setTimeout(r, 300));
      expect(await count('applications')).toBe(0);
      await other.query('COMMIT');
      const [first, same, third] = await submitted;
      expect(first).toMatchObject({ ok: true, status: 201, replayed: false });
      expect(third).toMatchObject({ ok: true, status: 201, replayed: false });
      // Retried alone, it finds the other session's answer: the same key with another body is refused, as always.
      expect(same).toMatchObject({ ok: false, status: 422, code: 'idempotency_key_reused' });
      const references = [first, third].map((o) => (o.ok ? o.body.reference : ''));
      const rows = await s.ctx.db.selectFrom('applications').select('reference').execute();
      expect(rows.map((r) => r.reference).sort()).toEqual(references.sort());
      expect(await count('outbox')).toBe(4);
    } finally {
      await other.end();
    }
  });

  it('writes all of a batch or nothing when its one statement fails halfway', async () => {
    const oneStatement = createOneStatement();
    const v = validateApplication(validApplication());
    if (!v.ok) throw new Error('fixture is invalid');
    const association = await s.ctx.db.selectFrom('associations').select('id').executeTakeFirstOrThrow();
    const application = {
      id: crypto.randomUUID(), reference: 'RV-2222-3333', status: 'new', associationId: association.id, routing: 'page', kommuneNumber: null,
      emailKey: 'kari@example.no', duplicateOf: null, quarantineReason: null, confirmedAssociation: false, receiptDay: null, flags: [], application: v.value,
    };
    const write = async (trx: Parameters<Parameters<typeof oneStatement>[1]>[0]) => {
      await insertApplications(trx, [application], s.clock.now);
      // A share row for an application that does not exist: the foreign key refuses it.
      await trx.insertInto('application_associations').values({ application_id: crypto.randomUUID(), association_id: association.id }).execute();
    };
    await expect(oneStatement(s.ctx.db, write)).rejects.toMatchObject({ code: '23503' });
    expect(await count('applications')).toBe(0);
  });

  it('keeps storing with its prepared write after another instance migrated the tables it writes', async () => {
    // Every connection of the pool sends the batch's write as a named prepared statement (db/postgres.ts).
    for (let i = 0; i < 12; i++) expect(await s.ctx.intake.submit(job(`before${i}@example.no`))).toMatchObject({ ok: true, status: 201 });
    const other = new pg.Client({ connectionString: s.config.databaseUrl });
    await other.connect();
    try {
      // A newer release elsewhere adds columns (with defaults) to the tables the prepared write names.
      await other.query("ALTER TABLE applications ADD COLUMN later_field text NOT NULL DEFAULT ''");
      await other.query('ALTER TABLE outbox ADD COLUMN later_field integer');
      await other.query('ALTER TABLE idempotency_keys ADD COLUMN later_field integer');
    } finally {
      await other.end();
    }
    for (let i = 0; i < 12; i++) expect(await s.ctx.intake.submit(job(`after${i}@example.no`))).toMatchObject({ ok: true, status: 201 });
    expect(await count('applications')).toBe(24);
    expect(await count('outbox')).toBe(48);
  });
});
