/** The replay store of proof-of-work challenges: each solved challenge is redeemed once, until it expires. */
import type { Transaction } from 'kysely';
import { createRowInserter } from '../db/row-inserter.js';
import type { Database, Db } from '../db/schema.js';

// One statement text for any number of rows on PostgreSQL: part of a batch's one prepared write (db/postgres.ts).
const insertRows = createRowInserter('used_challenges', ['id', 'expires_at']);

export async function findRedeemed(trx: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx.selectFrom('used_challenges').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function recordRedeemed(trx: Transaction<Database>, challenges: { id: string; expiresAt: string }[]): Promise<void> {
  await insertRows(trx, challenges.map((c) => ({ id: c.id, expires_at: c.expiresAt })));
}
