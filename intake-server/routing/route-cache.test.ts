/**
 * Routes kept across batches (route-cache.ts) and the counter that tells when they are out of date (migration 0010),
 * on SQLite and, under `npm run test:pg`, on PostgreSQL.
 */
import { sql, type KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { validateApplication } from '../../contract/index.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { removeCoordinator } from '../associations/coordinators.repository.js';
import type { SubmitRequest } from '../applications/applications.service.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { createRouteCache } from './route-cache.js';
import { readRoutingGeneration } from './routing-generation.repository.js';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const OLA = 'ola.koordinator@eksempelby-sanitet.example';
const request = { pageAssociation: 'eksempelby', confirmedAssociation: '', postalCode: '2317' };

function job(email: string): SubmitRequest {
  const v = validateApplication(validApplication({ email }));
  if (!v.ok) throw new Error('fixture is invalid');
  return { application: v.value, idempotencyKey: crypto.randomUUID(), requestHash: `hash-of-${email}`, quarantine: null };
}

/** The addresses the coordinator notice of the application from `email` went to. */
async function noticeRecipients(email: string): Promise<string[]> {
  const rows = await s.ctx.db
    .selectFrom('outbox')
    .innerJoin('applications', 'applications.id', 'outbox.application_id')
    .select('outbox.recipients')
    .where('outbox.kind', '=', 'coordinator_notice')
    .where('applications.email_key', '=', email)
    .execute();
  expect(rows).toHaveLength(1);
  return (JSON.parse(rows[0]!.recipients) as string[]).sort();
}

/** Counts the statements that reach the database through the instance it returns. */
function counting() {
  let statements = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      statements++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: s.ctx.db.withPlugin(plugin), statements: () => statements };
}

describe('kept routes', () => {
  it('are used while nothing routing reads has changed, and worked out again as soon as something has', async () => {
    const cache = createRouteCache();
    const generation = () => readRoutingGeneration(s.ctx.db);

    // The first batch has no number to compare with: it works its route out and keeps nothing.
    let c = counting();
    let batch = cache.forBatch(c.db);
    const first = await batch.route(request);
    await batch.settle(await generation());
    expect(c.statements()).toBeGreaterThan(0);
    expect([...first.recipients].sort()).toEqual([KARI, OLA]);

    // The second knows the number: what it works out is kept under it.
    c = counting();
    batch = cache.forBatch(c.db);
    await batch.route(request);
    await batch.settle(await generation());
    expect(c.statements()).toBeGreaterThan(0);

    // The third asks the database nothing for routing.
    c = counting();
    batch = cache.forBatch(c.db);
    const kept = await batch.route(request);
    expect([...kept.recipients].sort()).toEqual([KARI, OLA]);
    await batch.settle(await generation());
    expect(c.statements()).toBe(0);
    // Shared by every batch that uses it: it cannot be changed by one of them.
    expect(() => kept.recipients.push('someone@example.no')).toThrow(TypeError);
    expect(Object.isFrozen(kept.primary)).toBe(true);

    // Ola leaves. The next batch is handed the kept route first; once it has read the new number, the route is
    // worked out again, and that is what it decides with.
    const eksempelby = await findAssociationBySlug(s.ctx.db, 'eksempelby');
    expect(await removeCoordinator(s.ctx.db, eksempelby!.id, OLA)).toBe(true);
    c = counting();
    batch = cache.forBatch(c.db);
    await batch.route(request);
    await batch.settle(await generation());
    expect(c.statements()).toBeGreaterThan(0);
    expect((await batch.route(request)).recipients).toEqual([KARI]);
  });

  it('are worked out again when the number has gone down, as after restoring a backup', async () => {
    const cache = createRouteCache();
    for (let i = 0; i < 2; i++) {
      const batch = cache.forBatch(s.ctx.db);
      await batch.route(request);
      await batch.settle(await readRoutingGeneration(s.ctx.db));
    }
    // The restored database has Ola no longer, and an older number than the one the routes were kept under.
    const eksempelby = await findAssociationBySlug(s.ctx.db, 'eksempelby');
    await removeCoordinator(s.ctx.db, eksempelby!.id, OLA);
    await sql`update routing_generation set generation = 0`.execute(s.ctx.db);
    const batch = cache.forBatch(s.ctx.db);
    await batch.route(request);
    await batch.settle(await readRoutingGeneration(s.ctx.db));
    expect((await batch.route(request)).recipients).toEqual([KARI]);
  });

  it('never tell a coordinator taken off the list about the next application', async () => {
    await s.ctx.intake.submit(job('first@example.no'));
    await s.ctx.intake.submit(job('second@example.no'));
    expect(await noticeRecipients('second@example.no')).toEqual([KARI, OLA]);
    const eksempelby = await findAssociationBySlug(s.ctx.db, 'eksempelby');
    await removeCoordinator(s.ctx.db, eksempelby!.id, OLA);
    await s.ctx.intake.submit(job('third@example.no'));
    expect(await noticeRecipients('third@example.no')).toEqual([KARI]);
  });
});

describe('the routing generation', () => {
  it('rises with every change to a table routing reads, in the change itself', async () => {
    const changes: [string, () => Promise<unknown>][] = [
      ['associations', () => sql`update associations set name = name`.execute(s.ctx.db)],
      ['coordinators', () => sql`update coordinators set name = name`.execute(s.ctx.db)],
      ['association_kommuner', () => sql`insert into association_kommuner (association_id, kommune_number) select id, '9999' from associations where slug = 'narvik'`.execute(s.ctx.db)],
      ['association_postal_ranges', () => sql`delete from association_postal_ranges`.execute(s.ctx.db)],
      ['postal_codes', () => sql`update postal_codes set place = place`.execute(s.ctx.db)],
      ['kommuner', () => sql`update kommuner set name = name`.execute(s.ctx.db)],
    ];
    for (const [table, change] of changes) {
      const before = await readRoutingGeneration(s.ctx.db);
      await change();
      expect(await readRoutingGeneration(s.ctx.db), table).toBeGreaterThan(before);
    }
    // Reading and writing applications leaves it alone.
    const before = await readRoutingGeneration(s.ctx.db);
    await s.ctx.intake.submit(job('someone@example.no'));
    expect(await readRoutingGeneration(s.ctx.db)).toBe(before);
  });
});
