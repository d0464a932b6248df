/** The session cookie: `__Host-` prefixed, HttpOnly, Secure, SameSite=Strict, Path=/, and a browser-session cookie. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** `__Host-` binds the cookie to this origin and path `/` and requires Secure; localhost counts as secure in browsers. */
export const SESSION_COOKIE = '__Host-rv_session';

/** The token in the request's session cookie, if any. */
export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);

/**
 * Gives the browser the token of a new session. No Max-Age or Expires: the browser forgets it when it closes; the
 * server ends the session sooner or later anyway (2 hours idle, 12 hours at most).
 */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' });
}
