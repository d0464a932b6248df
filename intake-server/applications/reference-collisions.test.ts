/** References are short, so two can come out the same: the store must notice and draw again, not fail the batch. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { validateApplication } from '../../contract/index.js';
import { withTransaction } from '../db/transaction.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { storeApplications, type SubmitRequest } from './applications.service.js';

/** The references the next draws return, in order; when empty, the real generator. */
const scripted: string[] = [];
vi.mock('./reference.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./reference.js')>();
  return { createReference: (at?: number) => scripted.shift() ?? real.createReference(at) };
});

let s: TestServer;
beforeEach(async () => {
  s = await createTestServer();
});
afterEach(async () => {
  scripted.length = 0;
  await s.close();
});

function job(email: string): SubmitRequest {
  const v = validateApplication(validApplication({ email }));
  if (!v.ok) throw new Error('fixture is invalid');
  return { application: v.value, idempotencyKey: crypto.randomUUID(), requestHash: email, quarantine: null };
}

const store = (jobs: SubmitRequest[]) =>
  withTransaction(s.ctx.db, (trx) => storeApplications(trx, jobs, { publicUrl: 'https://intake.example', secretKey: s.ctx.secretKey, duplicateWindowDays: 183, retentionMonths: 6 }, s.clock.now));

describe('application references', () => {
  it('are drawn again when one is already stored or comes out twice in a batch', async () => {
    scripted.push('RV-2222-2222');
    const first = await store([job('first@example.no')]);
    expect(first.outcomes[0]).toMatchObject({ ok: true, body: { reference: 'RV-2222-2222' } });

    // The next batch draws the stored one, then the same one twice, then two free ones.
    scripted.push('RV-2222-2222', 'RV-3333-3333', 'RV-3333-3333', 'RV-4444-4444');
    const second = await store([job('second@example.no'), job('third@example.no')]);
    const references = second.outcomes.map((o) => (o.ok ? o.body.reference : ''));
    expect(references.sort()).toEqual(['RV-3333-3333', 'RV-4444-4444']);

    const stored = await s.ctx.db.selectFrom('applications').select('reference').orderBy('reference').execute();
    expect(stored.map((r) => r.reference)).toEqual(['RV-2222-2222', 'RV-3333-3333', 'RV-4444-4444']);
  });
});
