/** Single-use sign-in links: the mailed token is random, the database keeps only its SHA-256. */
import type { Db } from '../db/schema.js';
import { hashToken, newToken } from './sessions.repository.js';

/** How long a mailed link works. */
export const LINK_TTL_MS = 15 * 60_000;

/** Stores a new link for the account and returns its token (for the mail only). Old, dead links are deleted. */
export async function createSignInLink(db: Db, accountId: string, nextPath: string, now: Date): Promise<string> {
  const token = newToken();
  const ts = now.toISOString();
  await db.deleteFrom('sign_in_links').where('expires_at', '<=', ts).execute();
  await db
    .insertInto('sign_in_links')
    .values({ token_hash: hashToken(token), account_id: accountId, next_path: nextPath, created_at: ts, expires_at: new Date(now.getTime() + LINK_TTL_MS).toISOString(), used_at: null })
    .execute();
  return token;
}

/** True when the account has an unused, live link made after `since` (its mail left not long ago). */
export async function hasFreshLink(db: Db, accountId: string, since: Date, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_links')
    .select('token_hash')
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .where('created_at', '>', since.toISOString())
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/** The language of the account a live link belongs to (its confirmation page speaks it); undefined for a dead link. */
export async function liveLinkLanguage(db: Db, token: string, now: Date): Promise<string | undefined> {
  const row = await db
    .selectFrom('sign_in_links')
    .innerJoin('accounts', 'accounts.id', 'sign_in_links.account_id')
    .select('accounts.language')
    .where('sign_in_links.token_hash', '=', hashToken(token))
    .where('sign_in_links.used_at', 'is', null)
    .where('sign_in_links.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row?.language;
}

/**
 * Uses the link up, in one statement so two requests with the same token cannot both succeed, and retires every
 * other unused link of the account. Returns the account and the page to go to, or undefined for a link that is
 * unknown, used or expired.
 */
export async function consumeSignInLink(db: Db, token: string, now: Date): Promise<{ accountId: string; nextPath: string } | undefined> {
  const ts = now.toISOString();
  const row = await db
    .updateTable('sign_in_links')
    .set({ used_at: ts })
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', ts)
    .returning(['account_id', 'next_path'])
    .executeTakeFirst();
  if (!row) return undefined;
  await db.updateTable('sign_in_links').set({ used_at: ts }).where('account_id', '=', row.account_id).where('used_at', 'is', null).execute();
  return { accountId: row.account_id, nextPath: row.next_path };
}
