/** Loads the signed-in staff member from the session cookie, refuses cross-site changes, and guards the workspace pages. */
import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../../app-env.js';
import type { Database } from '../../db/schema.js';
import { isPasskeyRequired } from '../../accounts/passkey-requirement.js';
import { changesState, isCrossSite } from './same-origin.js';
import { sameSiteBounce } from './same-site-bounce.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';
import { findSession, type SessionVia } from '../../accounts/sessions.repository.js';
import { loadStaff, type Staff } from '../../accounts/staff.js';

export { SESSION_COOKIE } from './session-cookie.js';

const SIGN_IN_PATH = '/koordinator/logg-inn';
const ACCOUNT_PATH = '/koordinator/konto';

/** A live session, full or limited. */
export interface WorkspaceSession {
  /** The token from the cookie (to end this very session at sign-out). */
  token: string;
  staff: Staff;
  via: SessionVia;
  /** The account must use a passkey (its own setting or one of its associations'). */
  passkeyRequired: boolean;
  /**
   * Started by an email link while a passkey is required: the person may only sign in with a passkey on the account
   * page, register the account's first passkey (when it has none), change the language and sign out everywhere.
   * `c.var.staff` is not set for such a session.
   */
  limited: boolean;
}

export type WorkspaceEnv = AppEnv & { Variables: AppEnv['Variables'] & { staff?: Staff; session?: WorkspaceSession } };

/**
 * Refuses a state-changing request that a browser sent from another site or origin (403), then sets
 * `c.var.session` for a live session and `c.var.staff` when that session has full access. Never redirects. The
 * session must be live (12 hours at most, 2 hours idle at most, by `now`), and the person, her role and her
 * associations are read from the coordinator lists on every request.
 */
export function loadSessionMiddleware(db: Kysely<Database>, now: () => Date): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => {
    if (changesState(c.req.method) && isCrossSite(c.req.raw)) {
      c.set('outcome', 'cross_site');
      return c.text('Forespørselen kom fra en annen nettside og ble avvist. / The request came from another site and was refused.', 403);
    }
    const token = readSessionCookie(c);
    if (token) {
      const found = await findSession(db, token, now());
      const staff = found && (await loadStaff(db, found.accountId));
      if (found && staff) {
        const passkeyRequired = await isPasskeyRequired(db, staff.accountId);
        const limited = passkeyRequired && found.via !== 'passkey';
        c.set('session', { token, staff, via: found.via, passkeyRequired, limited });
        if (!limited) c.set('staff', staff);
      } else {
        clearSessionCookie(c);
      }
    }
    await next();
  };
}

function here(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/**
 * The workspace's pages that forms are sent from: the start page, an application, an association, a course session
 * or an application's invitations, and each section's own page. Forms post to addresses below them
 * (`/koordinator/soknader/ID/lagre`), which answer nothing to a GET.
 */
const FORM_PAGES = [
  /^\/koordinator$/,
  /^\/koordinator\/soknader\/[^/]+$/,
  /^\/koordinator\/foreninger\/[^/]+$/,
  /^\/koordinator\/kurs(?:\/soknad)?\/[^/]+$/,
  /^\/koordinator\/[^/]+$/,
];

/** The page a form sent to `path` was on: `path` itself or the nearest page above it. */
export function formPageOf(path: string): string {
  for (let p = path.split('?')[0]!.replace(/\/+$/, ''); p.startsWith('/koordinator'); p = p.slice(0, p.lastIndexOf('/'))) {
    if (FORM_PAGES.some((page) => page.test(p))) return p;
  }
  return '/koordinator';
}

/**
 * Where a visitor without a session goes: sign-in, remembering the page (after a same-origin reload for email links).
 * A form sent after the session ended (two idle hours, or «Logg ut» in another tab) is not carried out: sign-in says
 * so (`ikke-lagret`) and leads back to the page the form was on, where she can send it again.
 */
function toSignIn(signInPath: string): MiddlewareHandler<WorkspaceEnv> {
  return async (c) => {
    const path = here(c.req.url);
    if (c.req.method === 'GET' && c.req.header('sec-fetch-site') === 'cross-site') return sameSiteBounce(c, path);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.redirect(`${signInPath}?neste=${encodeURIComponent(formPageOf(path))}&ikke-lagret=1`, 303);
    return c.redirect(`${signInPath}?neste=${encodeURIComponent(path)}`, 303);
  };
}

/**
 * Lets only people with full access through. Visitors without a session go to sign-in, remembering where they were
 * going; a limited session (passkey required, signed in by link) goes to the account page to use a passkey.
 */
export function requireStaff(signInPath = SIGN_IN_PATH): MiddlewareHandler<WorkspaceEnv> {
  const signIn = toSignIn(signInPath);
  return async (c, next) => {
    if (c.get('staff')) return next();
    if (c.get('session')?.limited) return c.redirect(`${ACCOUNT_PATH}?neste=${encodeURIComponent(here(c.req.url))}`, 303);
    return signIn(c, next);
  };
}

/** Lets any live session through, limited ones too (the account page, passkey registration). */
export function requireSession(signInPath = SIGN_IN_PATH): MiddlewareHandler<WorkspaceEnv> {
  const signIn = toSignIn(signInPath);
  return async (c, next) => (c.get('session') ? next() : signIn(c, next));
}
