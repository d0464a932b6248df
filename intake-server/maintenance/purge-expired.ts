/** Deletes what the retention rules say must go: quarantined submissions, old idempotency keys, sign-in mails and bookkeeping. */
import type { Kysely } from 'kysely';
import { deleteQuarantinedBefore } from '../applications/application-changes.repository.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { DAY_MS } from '../lib/time.js';

/** What one purge deleted, for the log. */
export interface PurgeCounts {
  quarantined: number;
  idempotencyKeys: number;
  usedChallenges: number;
  /** Expired sessions, sign-in links and passkey challenges: worthless, and they say who was signed in when. */
  signInState: number;
  /**
   * Sign-in mails left in the outbox: sent ones (the worker deletes them as it sends; these are leftovers) and ones
   * given up on more than a day ago (kept that long for the operator to see). They hold no token.
   */
  signInMails: number;
}

/** How long a sign-in mail given up on stays in the outbox (counted in `/readyz` as dead) before it is purged. */
const DEAD_SIGN_IN_MAIL_DAYS = 1;

const count = (r: { numDeletedRows: bigint }[]) => Number(r[0]?.numDeletedRows ?? 0n);

/** One pass of the retention rules; safe to run at any time and on several instances. */
export async function purgeExpired(db: Kysely<Database>, now: Date, retention: Config['retention']): Promise<PurgeCounts> {
  const quarantineCutoff = new Date(now.getTime() - retention.quarantineDays * DAY_MS).toISOString();
  const keyCutoff = new Date(now.getTime() - retention.idempotencyHours * 3_600_000).toISOString();
  return {
    // Outbox rows go with their application (ON DELETE CASCADE); quarantined ones never had any.
    quarantined: count(await deleteQuarantinedBefore(db, quarantineCutoff)),
    idempotencyKeys: count(await db.deleteFrom('idempotency_keys').where('created_at', '<', keyCutoff).execute()),
    usedChallenges: count(await db.deleteFrom('used_challenges').where('expires_at', '<', now.toISOString()).execute()),
    signInState:
      count(await db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute()) +
      count(await db.deleteFrom('sign_in_links').where('expires_at', '<', now.toISOString()).execute()) +
      count(await db.deleteFrom('webauthn_challenges').where('expires_at', '<', now.toISOString()).execute()),
    signInMails: count(
      await db
        .deleteFrom('outbox')
        .where('kind', '=', 'sign_in_link')
        .where((eb) =>
          eb.or([
            eb('status', '=', 'sent'),
            eb.and([eb('status', '=', 'dead'), eb('created_at', '<', new Date(now.getTime() - DEAD_SIGN_IN_MAIL_DAYS * DAY_MS).toISOString())]),
          ]),
        )
        .execute(),
    ),
  };
}
