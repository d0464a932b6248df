/** Server-side sessions: the cookie holds a random token, the database only its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export const SESSION_TTL_MS = 12 * 60 * 60_000;

/** How a session was started: by an emailed link, or by a passkey. */
export type SessionVia = 'link' | 'passkey';

/** SHA-256 of a token, hex: what the database keeps instead of the token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new random token (256 bits, base64url). */
export const newToken = () => randomBytes(32).toString('base64url');

/** Starts a session; returns the token for the cookie. Sessions that have run out are deleted on the way. */
export async function createSession(db: Kysely<Database>, accountId: string, via: SessionVia, now: Date): Promise<string> {
  const token = newToken();
  const ts = now.toISOString();
  await db.deleteFrom('sessions').where('expires_at', '<=', ts).execute();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), account_id: accountId, via, created_at: ts, last_seen_at: ts, expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString() })
    .execute();
  await db.updateTable('accounts').set({ last_sign_in_at: ts }).where('id', '=', accountId).execute();
  return token;
}

/** The account of a live session, or undefined. */
export async function findSession(db: Kysely<Database>, token: string, now: Date): Promise<{ accountId: string; via: SessionVia } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['account_id', 'via'])
    .where('token_hash', '=', hashToken(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && { accountId: row.account_id, via: row.via === 'passkey' ? 'passkey' : 'link' };
}

/** Ends a session on the server: the cookie is worthless afterwards. */
export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}
