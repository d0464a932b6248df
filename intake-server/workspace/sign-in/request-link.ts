/** Asking for a sign-in link: throttled, silent about unknown addresses, and committed together with its mail. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { withTransaction } from '../../db/transaction.js';
import { enqueueMails } from '../../outbox/outbox.repository.js';
import { addressHash } from '../../screening/address-hash.js';
import { ensureAccount, findEligibility, normalizeEmail } from '../auth/accounts.repository.js';
import { hitSignInLimit, SIGN_IN_LIMITS } from '../auth/sign-in-throttle.js';
import type { WorkspaceLanguage } from '../layout/texts.js';
import { createSignInLink, LINK_TTL_MS } from './sign-in-links.repository.js';

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
  language: WorkspaceLanguage;
  clientAddress: string;
}

/** What happened, for the log only: the person sees the same page in every case. */
export type LinkOutcome = 'link_sent' | 'not_staff' | 'throttled';

/**
 * Mails a single-use link when the address belongs to an active coordinator or the national admin (creating the
 * account on first use). Counts every request against the address and the client, and past either limit sends
 * nothing. The link and its mail are committed in one transaction; the outbox worker is woken afterwards.
 */
export async function requestSignInLink(deps: RequestLinkDeps, request: LinkRequest): Promise<LinkOutcome> {
  const { db } = deps;
  const now = deps.now();
  const email = normalizeEmail(request.email);
  const clientOk = await hitSignInLimit(db, `link-client:${addressHash(deps.secretKey, 'sign-in-client', request.clientAddress)}`, SIGN_IN_LIMITS.linksPerClient, now);
  const emailOk = await hitSignInLimit(db, `link-email:${addressHash(deps.secretKey, 'sign-in-email', email)}`, SIGN_IN_LIMITS.linksPerEmail, now);
  if (!clientOk || !emailOk) return 'throttled';

  const eligibility = await findEligibility(db, email);
  if (!eligibility) return 'not_staff';

  await withTransaction(db, async (trx) => {
    const accountId = await ensureAccount(trx, email, eligibility, request.language, now);
    const token = await createSignInLink(trx, accountId, request.nextPath, now);
    const url = `${deps.publicUrl}/koordinator/logg-inn/lenke?token=${token}`;
    await enqueueMails(
      trx,
      [{ applicationId: null, mail: { kind: 'sign_in_link', language: request.language, recipients: [email], replyTo: null, data: { url, validMinutes: LINK_TTL_MS / 60_000 } } }],
      now,
    );
  });
  deps.onQueued();
  return 'link_sent';
}
