/** Stores and finds the answers given to idempotent requests. */
import { createRowInserter } from '../db/row-inserter.js';
import type { Db } from '../db/schema.js';

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
}

/** The stored answers for these keys, by key. */
export async function findStoredResponses(db: Db, keys: string[]): Promise<Map<string, StoredResponse>> {
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('idempotency_keys').selectAll().where('key', 'in', keys).execute();
  return new Map(rows.map((r) => [r.key, { requestHash: r.request_hash, status: r.response_status, body: JSON.parse(r.response_body) }]));
}

/** Stores answers; call in the transaction that made them true. */
export async function storeResponses(
  db: Db,
  answers: { key: string; requestHash: string; status: number; body: unknown }[],
  now: Date,
): Promise<void> {
  if (answers.length === 0) return;
  const ts = now.toISOString();
  await insertRows(db, answers.map((a) => ({ key: a.key, request_hash: a.requestHash, response_status: a.status, response_body: JSON.stringify(a.body), created_at: ts })));
}

const insertRows = createRowInserter('idempotency_keys', ['key', 'request_hash', 'response_status', 'response_body', 'created_at'], { integers: ['response_status'] });
