import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/transaction.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { openAssociationBudgets } from './association-budget.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

const at = new Date('2026-11-27T10:10:00.000Z');

/** One batch: opens the budgets of `ids`, takes `n` applications for all of them, and commits. */
const batch = (ids: string[], n: number, limit: number, when = at) =>
  withTransaction(s.ctx.db, async (trx) => {
    const budgets = await openAssociationBudgets(trx, ids, when);
    const taken = Array.from({ length: n }, () => budgets.take(ids, limit));
    await budgets.save();
    return taken;
  });

describe('the per-association budget', () => {
  it('takes up to the limit per hour for every association an application reaches, and starts over in a new hour', async () => {
    s = await createTestServer();
    expect(await batch(['a'], 2, 3)).toEqual([true, true]);
    // Shared between a and b: a has one left, so one goes through and spends b's budget too.
    expect(await batch(['a', 'b'], 2, 3)).toEqual([true, false]);
    expect(await batch(['b'], 3, 3)).toEqual([true, true, false]);
    expect(await batch(['a'], 1, 0)).toEqual([true]);
    expect(await batch(['a'], 1, 3, new Date(at.getTime() + 3_600_000))).toEqual([true]);
  });

  it('is never overspent by batches stored at the same time (several instances on PostgreSQL)', async () => {
    s = await createTestServer();
    const results = await Promise.all(Array.from({ length: 4 }, () => batch(['a'], 2, 3)));
    expect(results.flat().filter(Boolean)).toHaveLength(3);
    const row = await s.ctx.db.selectFrom('rate_limits').select('count').where('bucket', 'like', 'association-budget:%').executeTakeFirstOrThrow();
    expect(Number(row.count)).toBe(3);
  });
});
