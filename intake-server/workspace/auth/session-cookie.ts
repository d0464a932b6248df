/** The session cookie: `__Host-` prefixed, HttpOnly, Secure, SameSite=Strict, Path=/, for as long as the session lives. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_TTL_MS } from './sessions.repository.js';

/** `__Host-` binds the cookie to this origin and path `/` and requires Secure; localhost counts as secure in browsers. */
export const SESSION_COOKIE = '__Host-rv_session';

/** The token in the request's session cookie, if any. */
export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);

/** Gives the browser the token of a new session. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict', maxAge: Math.floor(SESSION_TTL_MS / 1000) });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' });
}
