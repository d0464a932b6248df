/** Loads the signed-in staff member from the session cookie, and guards the workspace pages. */
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../../app-env.js';
import type { Database } from '../../db/schema.js';
import { findSession } from './sessions.repository.js';
import { loadStaff, type Staff } from './staff.js';

/** `__Host-` binds the cookie to this origin and path `/` and requires Secure; localhost counts as secure in browsers. */
export const SESSION_COOKIE = '__Host-rv_session';

export type WorkspaceEnv = AppEnv & { Variables: AppEnv['Variables'] & { staff?: Staff } };

/** Sets `c.var.staff` when the request carries a live session; never refuses. */
export function loadSessionMiddleware(db: Kysely<Database>, now: () => Date): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await findSession(db, token, now());
      const staff = session && (await loadStaff(db, session.accountId));
      if (staff) c.set('staff', staff);
      else deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    }
    await next();
  };
}

/** Sends visitors without a session to sign-in, remembering where they were going. */
export function requireStaff(signInPath = '/koordinator/logg-inn'): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    if (!c.get('staff')) {
      const url = new URL(c.req.url);
      return c.redirect(`${signInPath}?neste=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    await next();
  };
}
