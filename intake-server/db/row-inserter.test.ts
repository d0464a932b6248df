import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support.js';
import { createRowInserter } from './row-inserter.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const insert = createRowInserter('idempotency_keys', ['key', 'request_hash', 'response_status', 'response_body', 'created_at'], { integers: ['response_status'] });
const row = (i: number) => ({ key: `key-${String(i).padStart(5, '0')}`, request_hash: `hash-${i}`, response_status: i % 2 === 0 ? 0 : 201, response_body: `{"n":${i}}`, created_at: '2026-11-27T10:00:00.000Z' });
const stored = () => s.ctx.db.selectFrom('idempotency_keys').selectAll().orderBy('key').execute();

describe('the row inserter', () => {
  it('writes every row with its own values, batch after batch of the same or another size', async () => {
    await insert(s.ctx.db, [row(1), row(2), row(3)]);
    await insert(s.ctx.db, [row(4), row(5), row(6)]);
    await insert(s.ctx.db, [row(7)]);
    await insert(s.ctx.db, []);
    expect(await stored()).toEqual([1, 2, 3, 4, 5, 6, 7].map(row));
  });

  it('splits a batch larger than one statement may bind', async () => {
    // 30,000 bound values per statement at most: 6,000 rows of five columns, so 6,005 rows take two statements.
    const rows = Array.from({ length: 6_005 }, (_, i) => row(i));
    await insert(s.ctx.db, rows);
    expect(await stored()).toEqual(rows);
  });

  it('commits or rolls back with the transaction it is given', async () => {
    await expect(
      s.ctx.db.transaction().execute(async (trx) => {
        await insert(trx, [row(1)]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await s.ctx.db.transaction().execute((trx) => insert(trx, [row(2)]));
    expect(await stored()).toEqual([row(2)]);
  });

  it('keeps text exactly as given: quotes, backslashes, line breaks, letters beyond ASCII and emoji', async () => {
    const awkward = 'Line one\nline "two" \\ tab\there: æøå ÆØÅ, ŋ, 🙂, and {"json": [1, 2]} as text';
    await insert(s.ctx.db, [{ ...row(1), response_body: awkward }, { ...row(2), request_hash: '' }]);
    expect(await stored()).toEqual([{ ...row(1), response_body: awkward }, { ...row(2), request_hash: '' }]);
  });

  it('stores an undefined value as NULL and keeps 0 and empty strings', async () => {
    const outbox = createRowInserter('outbox', ['id', 'application_id', 'kind', 'recipients', 'reply_to', 'language', 'payload', 'status', 'attempts', 'next_attempt_at', 'created_at'], { integers: ['attempts'] });
    await outbox(s.ctx.db, [{ id: 'o1', application_id: undefined, kind: 'alert', recipients: '[]', reply_to: '', language: 'nb', payload: '{}', status: 'pending', attempts: 0, next_attempt_at: 'x', created_at: 'x' }]);
    const r = await s.ctx.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(r).toMatchObject({ application_id: null, reply_to: '', attempts: 0, lease_until: null });
  });
});
