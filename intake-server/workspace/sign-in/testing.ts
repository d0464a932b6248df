/** Test support: asking for a sign-in link, finding it in the outbox, using it, and reading the session cookie. */
import type { TestServer } from '../../test-support.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { settleAfterResponse } from './after-response.js';

/** Kari coordinates Eksempelby in the seed file; the national project lead is the admin. */
export const KARI = 'kari.koordinator@eksempelby-sanitet.example';
export const NATIONAL_LEAD = 'prosjektleder@nks.example';

/** A form POST as the browser sends it from one of the workspace's own pages. */
export function postForm(server: TestServer, path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  return server.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost', ...headers },
    body,
  });
}

/** A JSON POST as the passkey script sends it. */
export function postJson(server: TestServer, path: string, body: unknown, headers: Record<string, string> = {}) {
  return server.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: JSON.stringify(body),
  });
}

/** `POST /koordinator/logg-inn`, then waits for the lookup and the mail, which happen after the answer. */
export async function requestLink(server: TestServer, email: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Response> {
  const response = await postForm(server, '/koordinator/logg-inn', { email, ...fields }, headers);
  await settleAfterResponse();
  return response;
}

/**
 * The sign-in links mailed so far, newest last, with their recipients. The outbox keeps no token (a link is made when
 * its mail leaves), so this first delivers every mail that is due, then reads the links in the mails sent.
 */
export async function queuedLinks(server: TestServer): Promise<{ to: string[]; url: string; token: string; language: string }[]> {
  while ((await server.ctx.worker.drainOnce()) > 0);
  return server.mailer.sent.flatMap((m) => {
    const url = /https?:\/\/\S+\/koordinator\/logg-inn\/lenke\?token=[A-Za-z0-9_-]*/.exec(m.text)?.[0];
    return url ? [{ to: m.to, url, token: new URL(url).searchParams.get('token') ?? '', language: m.language }] : [];
  });
}

/** The token of the newest link mailed to `email`; fails the test when there is none. */
export async function latestToken(server: TestServer, email: string): Promise<string> {
  const link = (await queuedLinks(server)).filter((l) => l.to.includes(email)).at(-1);
  if (!link) throw new Error(`no sign-in link for ${email}`);
  return link.token;
}

/** `POST /koordinator/logg-inn/lenke` with the token. */
export const redeem = (server: TestServer, token: string, headers: Record<string, string> = {}) => postForm(server, '/koordinator/logg-inn/lenke', { token }, headers);

/** The session cookie a response sets, as a Cookie header value, or undefined. */
export function sessionCookieOf(response: Response): string | undefined {
  const set = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const value = set?.split(';')[0];
  return value && value !== `${SESSION_COOKIE}=` ? value : undefined;
}

/** Asks for a link for `email`, uses it, and returns the session cookie. */
export async function signInByLink(server: TestServer, email: string): Promise<string> {
  await requestLink(server, email);
  const response = await redeem(server, await latestToken(server, email));
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error(`signing in ${email} by link set no cookie (${response.status})`);
  return cookie;
}
