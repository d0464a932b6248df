/**
 * Group commit through the intake (SQLite here, PostgreSQL under `npm run test:pg`): applications that arrive together
 * share a batch, and a batch that fails for one of them does not fail the others.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { validateApplication } from '../../contract/index.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { createApplicationIntake, createInProcessStore, type BatchStore, type SubmitOutcome, type SubmitRequest } from './applications.service.js';

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

function job(email: string, idempotencyKey: string = crypto.randomUUID()): SubmitRequest {
  const v = validateApplication(validApplication({ email }));
  if (!v.ok) throw new Error('fixture is invalid');
  return { application: v.value, idempotencyKey, requestHash: `hash-of-${email}`, quarantine: null };
}

const realStore = () => createInProcessStore(s.ctx.db, { publicUrl: 'https://intake.example', secretKey: s.ctx.secretKey, duplicateWindowDays: 183, retentionMonths: 6 });

/** An intake on the test database whose store records the batches it gets (and may fail some first). */
function intakeWith(store: BatchStore, concurrentBatches = false) {
  const batches: string[][] = [];
  const intake = createApplicationIntake({
    store: (jobs, at) => {
      batches.push(jobs.map((j) => j.application.email));
      return store(jobs, at);
    },
    now: () => s.clock.now,
    onQueued: () => undefined,
    maxInFlight: () => (concurrentBatches ? 3 : 1),
    concurrentBatches,
  });
  return { intake, batches };
}

const count = async (table: 'applications' | 'outbox' | 'idempotency_keys') =>
  Number((await s.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const referenceOf = (o: SubmitOutcome) => (o.ok ? o.body.reference : o.code);

describe('group commit', () => {
  it('commits applications that arrive together in one batch, each with its own answer and mail', async () => {
    const { intake, batches } = intakeWith(realStore());
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => intake.submit(job(`person${i}@example.no`))));
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(20);
    expect(outcomes.every((o) => o.ok && !o.replayed)).toBe(true);
    expect(new Set(outcomes.map(referenceOf)).size).toBe(20);
    expect(await count('applications')).toBe(20);
    // A coordinator notice and a receipt each.
    expect(await count('outbox')).toBe(40);
  });

  it('stores the others and answers each on its own when one application makes the batch fail', async () => {
    const clash = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    const real = realStore();
    // Any batch holding the clashing application fails before anything is written, as a failed transaction does.
    const { intake, batches } = intakeWith((jobs, at) => (jobs.some((j) => j.application.email === 'clash@example.no') ? Promise.reject(clash) : real(jobs, at)));
    const submitted = ['a@example.no', 'clash@example.no', 'b@example.no'].map((email) => intake.submit(job(email)));
    const [a, failed, b] = await Promise.allSettled(submitted);
    expect(a).toMatchObject({ status: 'fulfilled', value: { ok: true, status: 201 } });
    expect(b).toMatchObject({ status: 'fulfilled', value: { ok: true, status: 201 } });
    expect(failed).toMatchObject({ status: 'rejected', reason: clash });
    // The batch, then each alone; the clashing one tried three times before its request fails.
    expect(batches).toEqual([
      ['a@example.no', 'clash@example.no', 'b@example.no'],
      ['a@example.no'],
      ['clash@example.no'],
      ['clash@example.no'],
      ['clash@example.no'],
      ['b@example.no'],
    ]);
    expect(await count('applications')).toBe(2);
    expect(await count('outbox')).toBe(4);
  });

  it('gives an application retried alone the answer of the transaction it clashed with', async () => {
    const key = crypto.randomUUID();
    const real = realStore();
    let clashes = 1;
    // The first attempt of the batch clashes with another instance that stored the same key meanwhile (the same
    // request sent twice); by the next attempt that one has committed.
    const first = (await intakeWith(real).intake.submit(job('same@example.no', key))) as Extract<SubmitOutcome, { ok: true }>;
    const { intake } = intakeWith((jobs, at) =>
      clashes-- > 0 ? Promise.reject(Object.assign(new Error('duplicate key'), { code: '23505' })) : real(jobs, at),
    );
    const [again, other] = await Promise.all([intake.submit(job('same@example.no', key)), intake.submit(job('other@example.no'))]);
    expect(again).toMatchObject({ ok: true, replayed: true, body: first.body });
    expect(other).toMatchObject({ ok: true, replayed: false });
    expect(await count('applications')).toBe(2);
  });

  it('fails the whole batch, without retrying one by one, when the database itself fails', async () => {
    for (const code of ['SQLITE_FULL', '55P03', '08006']) {
      const failure = Object.assign(new Error('storage failed'), { code });
      const { intake, batches } = intakeWith(() => Promise.reject(failure));
      const settled = await Promise.allSettled([intake.submit(job('x@example.no')), intake.submit(job('y@example.no'))]);
      expect(settled.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(batches).toHaveLength(1);
    }
    expect(await count('applications')).toBe(0);
  });

  it('keeps batches that run at the same time apart on their keys: the same request twice is stored once', async () => {
    const { intake, batches } = intakeWith(realStore(), true);
    const key = crypto.randomUUID();
    const first = intake.submit(job('twice@example.no', key));
    // Arrives while the first batch is running: it waits for it, then gets its answer.
    await new Promise((r) => setImmediate(r));
    const [a, b, c] = await Promise.all([first, intake.submit(job('twice@example.no', key)), intake.submit(job('third@example.no'))]);
    expect(a).toMatchObject({ ok: true, replayed: false });
    expect(b).toMatchObject({ ok: true, replayed: true, body: (a as Extract<SubmitOutcome, { ok: true }>).body });
    expect(c).toMatchObject({ ok: true, replayed: false });
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(await count('applications')).toBe(2);
    expect(await count('idempotency_keys')).toBe(2);
  });
});
