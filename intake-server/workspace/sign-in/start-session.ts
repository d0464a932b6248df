/** Starting a session after a successful sign-in: any earlier session of this browser ends, a new token is set. */
import type { Context } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { readSessionCookie, setSessionCookie } from '../auth/session-cookie.js';
import { createSession, endSession, type SessionVia } from '../../accounts/sessions.repository.js';
import type { SignInDeps } from './sign-in-deps.js';

/** A fresh token every time (never the one the browser came with), so a planted cookie cannot be signed in. */
export async function startSession(c: Context<WorkspaceEnv>, deps: SignInDeps, accountId: string, via: SessionVia): Promise<void> {
  const previous = readSessionCookie(c);
  if (previous) await endSession(deps.db, previous);
  setSessionCookie(c, await createSession(deps.db, accountId, via, deps.now()));
}
