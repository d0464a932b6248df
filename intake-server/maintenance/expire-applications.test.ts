import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationAccepted } from '../../contract/index.js';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';
import { deleteExpiredApplications } from './expire-applications.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

/** Posts an application (on Friday 27 November 2026), then sets its row as a coordinator's work would have left it. */
async function application(email: string, row: { status: string; last_activity_at?: string; closed_at?: string | null; duplicate_of?: string | null }): Promise<string> {
  const res = await postApplication(s, validApplication({ email }));
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as ApplicationAccepted;
  const { id } = await s.ctx.db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
  await s.ctx.db.updateTable('applications').set(row).where('id', '=', id).execute();
  await s.ctx.db.insertInto('application_notes').values({ id: `note-${id}`, application_id: id, account_id: 'a', body: 'Ringte, ikke svar.', created_at: '2026-11-28T10:00:00.000Z' }).execute();
  await s.ctx.db.insertInto('application_events').values({ id: `event-${id}`, application_id: id, at: '2026-11-28T10:00:00.000Z', account_id: 'a', kind: 'status', detail: '{}' }).execute();
  // As if a kommune served by two associations had routed it: shared applications have rows of their own to delete.
  const national = (await s.ctx.db.selectFrom('associations').select('id').where('kind', '=', 'national').executeTakeFirstOrThrow()).id;
  const own = (await s.ctx.db.selectFrom('applications').select('association_id').where('id', '=', id).executeTakeFirstOrThrow()).association_id;
  await s.ctx.db.insertInto('application_associations').values([{ application_id: id, association_id: own }, { application_id: id, association_id: national }]).execute();
  return id;
}

const remaining = async () => (await s.ctx.db.selectFrom('applications').select('id').execute()).map((r) => r.id).sort();
const countWhere = async (table: 'application_notes' | 'application_events' | 'outbox' | 'application_associations', ids: string[]) =>
  Number((await s.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('application_id', 'in', ids).executeTakeFirstOrThrow()).n);

describe('retention of applications', () => {
  beforeEach(async () => {
    s = await createTestServer();
  });

  it('deletes declined, withdrawn and stale applications six months after their last activity, with everything attached', async () => {
    const old = '2026-11-27T10:00:00.000Z';
    const recent = '2027-03-01T10:00:00.000Z';
    const gone = [
      await application('declined@example.no', { status: 'declined', last_activity_at: old, closed_at: old }),
      await application('withdrawn@example.no', { status: 'withdrawn', last_activity_at: old, closed_at: old }),
      await application('new@example.no', { status: 'new', last_activity_at: old }),
      await application('stuck@example.no', { status: 'course', last_activity_at: old }),
    ];
    const kept = [
      await application('ready@example.no', { status: 'ready_for_matching', last_activity_at: old, closed_at: old }),
      await application('recent@example.no', { status: 'declined', last_activity_at: recent, closed_at: recent }),
      await application('active@example.no', { status: 'checks', last_activity_at: recent }),
      await application('unknown@example.no', { status: 'a_status_from_the_future', last_activity_at: old }),
    ];
    // A repeat with recent activity that joined an expired application stays, without the dangling link.
    kept.push(await application('declined@example.no', { status: 'duplicate', last_activity_at: recent, duplicate_of: gone[0]! }));

    s.clock.now = new Date('2027-05-28T10:00:00.000Z');
    const [, retention] = await s.ctx.jobs.runDue();
    expect(retention).toMatchObject({ name: 'retention', outcome: 'ran', counts: { applications: 4 } });

    expect(await remaining()).toEqual([...kept].sort());
    for (const table of ['application_notes', 'application_events', 'outbox', 'application_associations'] as const) {
      expect(await countWhere(table, gone), table).toBe(0);
      expect(await countWhere(table, kept), table).toBeGreaterThan(0);
    }
    expect((await s.ctx.db.selectFrom('applications').select('duplicate_of').where('id', '=', kept[4]!).executeTakeFirstOrThrow()).duplicate_of).toBeNull();

    const eksempelby = (await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'eksempelby').executeTakeFirstOrThrow()).id;
    const counts = await s.ctx.db.selectFrom('retention_counts').selectAll().orderBy('status').execute();
    expect(counts).toEqual([
      { month: '2027-05', association_id: eksempelby, status: 'course', count: 1 },
      { month: '2027-05', association_id: eksempelby, status: 'declined', count: 1 },
      { month: '2027-05', association_id: eksempelby, status: 'new', count: 1 },
      { month: '2027-05', association_id: eksempelby, status: 'withdrawn', count: 1 },
    ]);

    const audit = await s.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'application.deleted_by_retention').execute();
    expect(audit.map((a) => a.application_id).sort()).toEqual([...gone].sort());
    expect(audit.map((a) => a.detail).sort()).toEqual(['{"status":"course"}', '{"status":"declined"}', '{"status":"new"}', '{"status":"withdrawn"}']);
  });

  it('deletes strictly after the period, and adds to the counts of the month on each pass', async () => {
    const id = await application('a@example.no', { status: 'declined', last_activity_at: '2026-11-27T10:00:00.000Z', closed_at: null });
    expect(await deleteExpiredApplications(s.ctx.db, new Date('2027-05-27T10:00:00.000Z'), 6)).toBe(0);
    expect(await remaining()).toEqual([id]);
    expect(await deleteExpiredApplications(s.ctx.db, new Date('2027-05-27T10:00:00.001Z'), 6)).toBe(1);

    await application('b@example.no', { status: 'withdrawn', last_activity_at: '2026-11-27T10:00:00.000Z' });
    await application('c@example.no', { status: 'declined', last_activity_at: '2026-11-27T10:00:00.000Z' });
    expect(await deleteExpiredApplications(s.ctx.db, new Date('2027-05-28T00:00:00.000Z'), 6)).toBe(2);
    const declined = await s.ctx.db.selectFrom('retention_counts').select(['month', 'count']).where('status', '=', 'declined').execute();
    expect(declined).toEqual([{ month: '2027-05', count: 2 }]);
  });

  it('keeps a closed application until the period has passed since it was closed too', async () => {
    await application('a@example.no', { status: 'declined', last_activity_at: '2026-11-27T10:00:00.000Z', closed_at: '2027-01-10T10:00:00.000Z' });
    expect(await deleteExpiredApplications(s.ctx.db, new Date('2027-06-01T00:00:00.000Z'), 6)).toBe(0);
    expect(await deleteExpiredApplications(s.ctx.db, new Date('2027-07-11T00:00:00.000Z'), 6)).toBe(1);
  });

  it('still deletes quarantined submissions after QUARANTINE_DAYS in the same job', async () => {
    const res = await postApplication(s, validApplication({ website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    expect((await s.ctx.db.selectFrom('applications').select('status').executeTakeFirstOrThrow()).status).toBe('quarantined');
    s.clock.now = new Date('2026-12-28T10:00:00.000Z');
    const [, retention] = await s.ctx.jobs.runDue();
    expect(retention!.counts).toMatchObject({ applications: 0, quarantined: 1 });
    expect(await remaining()).toEqual([]);
    expect(await s.ctx.db.selectFrom('retention_counts').selectAll().execute()).toEqual([]);
  });
});

describe('RETENTION_MONTHS', () => {
  it('sets the period', async () => {
    s = await createTestServer({ RETENTION_MONTHS: '1' });
    await application('a@example.no', { status: 'withdrawn', last_activity_at: '2026-11-27T10:00:00.000Z' });
    s.clock.now = new Date('2026-12-27T10:00:00.001Z');
    const [, retention] = await s.ctx.jobs.runDue();
    expect(retention!.counts).toMatchObject({ applications: 1 });
  });
});
