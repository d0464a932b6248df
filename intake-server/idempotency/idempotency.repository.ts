/** Stores and finds the answers given to idempotent requests. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
}

export async function findStoredResponse(db: Db, key: string): Promise<StoredResponse | undefined> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', key).executeTakeFirst();
  return row && { requestHash: row.request_hash, status: row.response_status, body: JSON.parse(row.response_body) };
}

export async function storeResponse(db: Db, key: string, requestHash: string, status: number, body: unknown, now: Date): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({ key, request_hash: requestHash, response_status: status, response_body: JSON.stringify(body), created_at: now.toISOString() })
    .execute();
}
