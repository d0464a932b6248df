/** Which addresses already got a receipt today: nobody gets more than one a day, whoever submits in their name. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** The UTC day of a moment, YYYY-MM-DD. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

export async function findReceiptedToday(trx: Transaction<Database>, hashes: string[], day: string): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await trx.selectFrom('receipt_log').select('address_hash').where('day', '=', day).where('address_hash', 'in', hashes).execute();
  return new Set(rows.map((r) => r.address_hash));
}

export async function recordReceipts(trx: Transaction<Database>, hashes: string[], day: string): Promise<void> {
  if (hashes.length === 0) return;
  await trx.insertInto('receipt_log').values(hashes.map((address_hash) => ({ address_hash, day }))).execute();
}
