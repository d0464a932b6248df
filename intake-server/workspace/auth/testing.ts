/** Test support: an account and a live session without going through email or passkeys. */
import type { Kysely } from 'kysely';
import { ensureAccount, normalizeEmail } from '../../accounts/accounts.repository.js';
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
  const name = normalizeEmail(email).split('@')[0]!;
  const accountId = await ensureAccount(db, email, { name, role: options.role ?? 'coordinator' }, 'nb', now);
  const token = await createSession(db, accountId, options.via ?? 'link', now);
  return `${SESSION_COOKIE}=${token}`;
}
