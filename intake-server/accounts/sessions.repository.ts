/** Server-side sessions: the cookie holds a random token, the database only its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema.js';

/** The most a session lives, however busy: 12 hours from sign-in. */
export const SESSION_TTL_MS = 12 * 60 * 60_000;

/** A session ends after this long without a request (within the 12 hours). */
const SESSION_IDLE_MS = 2 * 60 * 60_000;

/** A session's last request is written down at most this often, so that reading pages does not mean a write each. */
const SEEN_EVERY_MS = 60_000;

/** How a session was started: by an emailed link, or by a passkey. */
export type SessionVia = 'link' | 'passkey';

/** SHA-256 of a token, hex: what the database keeps instead of the token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new random token (256 bits, base64url). */
export const newToken = () => randomBytes(32).toString('base64url');

const idleSince = (now: Date) => new Date(now.getTime() - SESSION_IDLE_MS).toISOString();

/** Starts a session; returns the token for the cookie. Sessions that have run out or gone idle are deleted on the way. */
export async function createSession(db: Kysely<Database>, accountId: string, via: SessionVia, now: Date): Promise<string> {
  const token = newToken();
  const ts = now.toISOString();
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', ts), eb('last_seen_at', '<=', idleSince(now))]))
    .execute();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), account_id: accountId, via, created_at: ts, last_seen_at: ts, expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString() })
    .execute();
  await db.updateTable('accounts').set({ last_sign_in_at: ts }).where('id', '=', accountId).execute();
  return token;
}

/**
 * The account of a live session, or undefined: a session lives 12 hours from sign-in, and ends sooner after 2 hours
 * without a request. Finding it counts as a request (written down once a minute at most).
 */
export async function findSession(db: Kysely<Database>, token: string, now: Date): Promise<{ accountId: string; via: SessionVia } | undefined> {
  const hash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .select(['account_id', 'via', 'last_seen_at'])
    .where('token_hash', '=', hash)
    .where('expires_at', '>', now.toISOString())
    .where('last_seen_at', '>', idleSince(now))
    .executeTakeFirst();
  if (!row) return undefined;
  const seen = new Date(now.getTime() - SEEN_EVERY_MS).toISOString();
  if (row.last_seen_at <= seen) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', hash).where('last_seen_at', '<=', seen).execute();
  }
  return { accountId: row.account_id, via: row.via === 'passkey' ? 'passkey' : 'link' };
}

/** Ends a session on the server: the cookie is worthless afterwards. */
export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/**
 * Ends every session of the account, on every device, and retires its unused sign-in links: "sign out everywhere",
 * and what removing passkeys does. Returns how many sessions ended.
 */
export async function endAllSessions(db: Db, accountId: string): Promise<number> {
  const ended = await db.deleteFrom('sessions').where('account_id', '=', accountId).executeTakeFirst();
  await db.deleteFrom('sign_in_links').where('account_id', '=', accountId).where('used_at', 'is', null).execute();
  return Number(ended.numDeletedRows);
}
