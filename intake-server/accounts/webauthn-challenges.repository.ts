/** WebAuthn challenges between "options" and "verify": short-lived, and each usable once. */
import type { Kysely } from 'kysely';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';

/** How long a browser has to answer a challenge (a little more than the 60 s the options give the authenticator). */
const CHALLENGE_TTL_MS = 5 * 60_000;

export type ChallengePurpose = 'register' | 'authenticate';

/** Stores a challenge; registration challenges belong to the signed-in account, sign-in challenges to nobody yet. */
export async function saveChallenge(db: Kysely<Database>, challenge: string, purpose: ChallengePurpose, accountId: string | null, now: Date): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('webauthn_challenges')
    .values({ id: newId(), account_id: accountId, challenge, purpose, expires_at: new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString() })
    .execute();
}

/**
 * Takes a live challenge out of the store in one statement (so a replayed response finds nothing) and says whether
 * it was there, for this purpose and account.
 */
export async function consumeChallenge(db: Kysely<Database>, challenge: string, purpose: ChallengePurpose, accountId: string | null, now: Date): Promise<boolean> {
  let query = db
    .deleteFrom('webauthn_challenges')
    .where('challenge', '=', challenge)
    .where('purpose', '=', purpose)
    .where('expires_at', '>', now.toISOString());
  query = accountId === null ? query.where('account_id', 'is', null) : query.where('account_id', '=', accountId);
  const rows = await query.returning('id').execute();
  return rows.length > 0;
}
