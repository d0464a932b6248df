/**
 * Asking for a sign-in link, in two steps so the answer cannot tell who is a coordinator: `admitLinkRequest` (the
 * throttle, the same work for any address) runs before the answer; `sendSignInLink` (the lookup, and the link and its
 * mail, committed together) runs after it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { withTransaction } from '../../db/transaction.js';
import { enqueueMails } from '../../outbox/outbox.repository.js';
import { addressHash } from '../../screening/address-hash.js';
import { ensureAccount, findEligibility, normalizeEmail } from '../../accounts/accounts.repository.js';
import { hitSignInLimit, SIGN_IN_LIMITS } from '../../accounts/sign-in-throttle.js';
import type { Language } from '../../../contract/index.js';
import { createSignInLink, hasFreshLink, LINK_TTL_MS } from '../../accounts/sign-in-links.repository.js';
import { hasWaitingSignInMail } from '../../outbox/sign-in-link-mail.js';

export interface RequestLinkDeps {
  db: Kysely<Database>;
  publicUrl: string;
  /** Keys the hashes of addresses in the throttle's counters. */
  secretKey: string;
  now: () => Date;
  onQueued: () => void;
}

export interface LinkRequest {
  /** As typed; checked to be one plain address before this is called. */
  email: string;
  /** Already checked with `safeNextPath`. */
  nextPath: string;
  language: Language;
  clientAddress: string;
}

/** What happened, for the log only: the person sees the same page in every case. */
export type LinkOutcome = 'link_sent' | 'not_staff' | 'recent_link';

/**
 * No new mail while the account has a link mailed (or waiting to be mailed) less than this long ago and not used: the
 * person has a working one in her inbox (links work for 15 minutes). However many clients ask, one address gets at
 * most one mail per 5 minutes, 12 an hour (second attack, finding 7); and as strangers' requests only ever leave her
 * a fresh link, they cannot keep her out (finding 13.7).
 */
export const FRESH_LINK_MS = 5 * 60_000;

/**
 * Counts the request against the client (all addresses it asks for) and against the address asked for from this
 * client, and says whether both are within their limits. Keyed by address and client together, so that requests
 * for someone's address from elsewhere never use up her own client's allowance. Does the same for any address.
 */
export async function admitLinkRequest(deps: Pick<RequestLinkDeps, 'db' | 'secretKey' | 'now'>, request: Pick<LinkRequest, 'email' | 'clientAddress'>): Promise<boolean> {
  const now = deps.now();
  const client = request.clientAddress;
  const email = normalizeEmail(request.email);
  const clientOk = await hitSignInLimit(deps.db, `link-client:${addressHash(deps.secretKey, 'sign-in-client', client)}`, SIGN_IN_LIMITS.linksPerClient, now);
  const pairOk = await hitSignInLimit(
    deps.db,
    `link-email-client:${addressHash(deps.secretKey, 'sign-in-email-client', `${email}\n${client}`)}`,
    SIGN_IN_LIMITS.linksPerEmailAndClient,
    now,
  );
  return clientOk && pairOk;
}

/**
 * Mails a single-use link when the address belongs to an active coordinator or the national admin (creating the
 * account on first use); does nothing for any other address. The link and its mail are committed in one
 * transaction; the outbox worker is woken afterwards.
 */
export async function sendSignInLink(deps: RequestLinkDeps, request: LinkRequest): Promise<LinkOutcome> {
  const { db } = deps;
  const now = deps.now();
  const email = normalizeEmail(request.email);
  const eligibility = await findEligibility(db, email);
  if (!eligibility) return 'not_staff';

  const sent = await withTransaction(db, async (trx) => {
    const accountId = await ensureAccount(trx, email, eligibility, request.language, now);
    const since = new Date(now.getTime() - FRESH_LINK_MS);
    if ((await hasFreshLink(trx, accountId, since, now)) || (await hasWaitingSignInMail(trx, accountId, since))) return false;
    const token = await createSignInLink(trx, accountId, request.nextPath, now);
    const url = `${deps.publicUrl}/koordinator/logg-inn/lenke?token=${token}`;
    await enqueueMails(
      trx,
      [{ applicationId: null, mail: { kind: 'sign_in_link', language: request.language, recipients: [email], replyTo: null, data: { url, validMinutes: LINK_TTL_MS / 60_000 } } }],
      now,
    );
    return true;
  });
  if (!sent) return 'recent_link';
  deps.onQueued();
  return 'link_sent';
}
