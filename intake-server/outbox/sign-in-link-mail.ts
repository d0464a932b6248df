/**
 * Sign-in mails keep no token at rest. The outbox row holds what is needed to make the link (the account, the page
 * to land on, the link's address without a token, how long it works), never the token: the link is made when the
 * mail leaves.
 *
 * - When the mail is queued (in the transaction of the request), the link the requester made is taken apart: the
 *   link's row in `sign_in_links` is deleted (its token lived only in memory and is gone) and the row keeps the
 *   account and the page.
 * - When the worker delivers it (holding the row's lease), one transaction deletes the link of any earlier attempt
 *   of this mail, makes a new single-use link (`createSignInLink`: only its SHA-256 is stored) and records that hash
 *   on the row with a compare-and-swap on the payload it claimed. The token exists in this process's memory and in
 *   the mail only. Then the mail is sent.
 *
 * Why so, and not by wiping the token after sending, or by encrypting it: nothing at rest ever holds the token, in
 * the database, its WAL or a backup, however long SMTP is down; no key has to be shared or rotated. What the server
 * acknowledged is not lost: the mail waits in the outbox like any other, and when it leaves after an outage its link
 * works for its full 15 minutes from sending instead of arriving dead. Single use holds across instances: each
 * attempt replaces the previous attempt's link, and of two instances that ever work on the same row (a lease that
 * ran out) only the one whose compare-and-swap succeeds sends, so at most one mailed link of a request works. A mail
 * sent again after a crash (at least once) carries a new link and retires the earlier one, or is not sent at all
 * when the earlier one was already used: one request, at most one sign-in. A mail for an address taken off the
 * coordinator lists while it waited is not sent (its link could start no session). Using a link still
 * retires the account's other unused links; a link request queued before such a sign-in still delivers a working
 * link afterwards, as she asked for it.
 */
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import type { SignInLinkData } from '../mail/mail-kinds.js';
import { findEligibility } from '../accounts/accounts.repository.js';
import { hashToken } from '../accounts/sessions.repository.js';
import { createSignInLink } from '../accounts/sign-in-links.repository.js';
import type { OutboxRow } from './outbox.table.js';

/** The payload of a queued sign-in mail: everything to make the link, except a token. */
export interface SignInLinkAtRest {
  /** The link's address without a token: `PUBLIC_URL/koordinator/logg-inn/lenke`. */
  linkUrl: string;
  accountId: string;
  /** The workspace page to land on after sign-in (already checked by the requester). */
  nextPath: string;
  validMinutes: number;
  /** SHA-256 of the token the latest delivery attempt made; that link is deleted by the next attempt. */
  attemptHash: string | null;
}

/** True for the payload of a sign-in mail queued without a token. */
function isSignInLinkAtRest(data: unknown): data is SignInLinkAtRest {
  const d = data as Partial<SignInLinkAtRest> | null;
  return typeof d === 'object' && d !== null && typeof d.linkUrl === 'string' && typeof d.accountId === 'string' && typeof d.nextPath === 'string';
}

/**
 * What the outbox stores for a sign-in mail the requester built with a link (`url` with `?token=`): the link's
 * account and page, read from its row, which is then deleted. Runs in the requester's transaction, so the link and
 * the mail are committed (or not) together. A payload already without a token is kept as it is.
 */
export async function signInLinkAtRest(db: Db, data: SignInLinkData | SignInLinkAtRest): Promise<SignInLinkAtRest> {
  if (isSignInLinkAtRest(data)) return data;
  const url = new URL(data.url);
  const token = url.searchParams.get('token') ?? '';
  url.searchParams.delete('token');
  const link = token
    ? await db.deleteFrom('sign_in_links').where('token_hash', '=', hashToken(token)).returning(['account_id', 'next_path']).executeTakeFirst()
    : undefined;
  // A link the requester did not store cannot be mailed without keeping its token: refuse, and the request rolls back.
  if (!link) throw new Error('A sign-in mail must carry a link made by createSignInLink in the same transaction.');
  return { linkUrl: url.toString(), accountId: link.account_id, nextPath: link.next_path, validMinutes: data.validMinutes, attemptHash: null };
}

/** True when a sign-in mail for the account, queued after `since`, is still waiting to leave. */
export async function hasWaitingSignInMail(db: Db, accountId: string, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('kind', '=', 'sign_in_link')
    .where('status', '=', 'pending')
    .where('created_at', '>', since.toISOString())
    // The payload at rest is JSON written by signInLinkAtRest; an account id is a UUID (no LIKE wildcards in it).
    .where('payload', 'like', `%"accountId":${JSON.stringify(accountId)}%`)
    .executeTakeFirst();
  return row !== undefined;
}

/** Another instance made this row's link after this one claimed it (its lease had run out): that one sends. */
export class SignInMailTaken extends Error {
  override name = 'SignInMailTaken';
}

/** Why a claimed sign-in mail is deleted unsent. */
export type SignInMailDropped = 'used' | 'not_staff' | 'account_gone';

/** A claimed sign-in mail made ready: the row to render (link in memory only), or why it is not to be sent at all. */
export type SignInMailDelivery = { row: OutboxRow } | { dropped: SignInMailDropped };

/**
 * Makes the link of a claimed sign-in mail and returns the row to render, with the link in its payload in memory
 * only. No link is made, and the row is deleted instead, when an earlier attempt's link was used or retired (the
 * request is served), or the address is no longer an active coordinator's (taken off the lists while the mail
 * waited; such a link could start no session) or the account is gone.
 * Throws `SignInMailTaken` when another instance got there first. A payload from before tokens were kept out of the
 * outbox (it has `url`; migration 0006 rewrites those) is returned as it is.
 */
export async function makeSignInLinkForDelivery(db: Kysely<Database>, row: OutboxRow, now: Date): Promise<SignInMailDelivery> {
  let stored: unknown;
  try {
    stored = JSON.parse(row.payload);
  } catch {
    return { row }; // the renderer reports the broken payload
  }
  if (!isSignInLinkAtRest(stored)) return { row };
  const atRest = stored;
  const outcome = await withTransaction(db, async (trx): Promise<{ token: string } | { dropped: SignInMailDropped }> => {
    const drop = async (why: SignInMailDropped) => {
      const gone = await trx.deleteFrom('outbox').where('id', '=', row.id).where('payload', '=', row.payload).executeTakeFirst();
      if (Number(gone.numDeletedRows) !== 1) throw new SignInMailTaken(`outbox row ${row.id} was claimed again meanwhile`);
      return { dropped: why };
    };
    if (atRest.attemptHash) {
      // The link of an earlier attempt: used (that attempt reached her, and the process died before recording it) or
      // retired by another sign-in: this request is served, and a second link would be a second sign-in.
      const earlier = await trx.deleteFrom('sign_in_links').where('token_hash', '=', atRest.attemptHash).returning('used_at').executeTakeFirst();
      if (earlier?.used_at) return drop('used');
    }
    const account = await trx.selectFrom('accounts').select('email').where('id', '=', atRest.accountId).executeTakeFirst();
    if (!account) return drop('account_gone');
    if (!(await findEligibility(trx, account.email))) return drop('not_staff');
    const token = await createSignInLink(trx, atRest.accountId, atRest.nextPath, now);
    const swapped = await trx
      .updateTable('outbox')
      .set({ payload: JSON.stringify({ ...atRest, attemptHash: hashToken(token) } satisfies SignInLinkAtRest) })
      .where('id', '=', row.id)
      .where('payload', '=', row.payload)
      .executeTakeFirst();
    if (Number(swapped.numUpdatedRows) !== 1) throw new SignInMailTaken(`outbox row ${row.id} was claimed again meanwhile`);
    return { token };
  });
  if ('dropped' in outcome) return outcome;
  const url = new URL(atRest.linkUrl);
  url.searchParams.set('token', outcome.token);
  return { row: { ...row, payload: JSON.stringify({ url: url.toString(), validMinutes: atRest.validMinutes } satisfies SignInLinkData) } };
}
