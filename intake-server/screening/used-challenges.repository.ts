/** The replay store of proof-of-work challenges: each solved challenge is redeemed once, until it expires. */
import type { Transaction } from 'kysely';
import type { Database, Db } from '../db/schema.js';

export async function findRedeemed(trx: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx.selectFrom('used_challenges').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function recordRedeemed(trx: Transaction<Database>, challenges: { id: string; expiresAt: string }[]): Promise<void> {
  if (challenges.length === 0) return;
  await trx.insertInto('used_challenges').values(challenges.map((c) => ({ id: c.id, expires_at: c.expiresAt }))).execute();
}
