/** Test support: an account and a live session without going through email or passkeys. */
import type { Kysely } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { createSession, type SessionVia } from '../../accounts/sessions.repository.js';

/**
 * Creates (or reuses) the account for `email` and returns a Cookie header value for a fresh session, started by an
 * email link unless `via` says otherwise (a link session is limited when a passkey is required).
 */
export async function signInAs(
  db: Kysely<Database>,
  email: string,
  options: { role?: 'coordinator' | 'admin'; now?: Date; via?: SessionVia } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const lower = email.toLowerCase();
  let account = await db.selectFrom('accounts').select('id').where('email', '=', lower).executeTakeFirst();
  if (!account) {
    account = { id: newId() };
    await db.insertInto('accounts').values({ id: account.id, email: lower, name: lower.split('@')[0]!, role: options.role ?? 'coordinator', created_at: now.toISOString(), last_sign_in_at: null }).execute();
  }
  const token = await createSession(db, account.id, options.via ?? 'link', now);
  return `${SESSION_COOKIE}=${token}`;
}
