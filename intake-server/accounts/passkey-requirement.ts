/** Whether an account must sign in with a passkey: its own setting, or one of the associations it coordinates. */
import type { Db } from '../db/schema.js';

/**
 * True when the account asked for it, or when any association that lists the account's address as an active
 * coordinator requires it (the national association too, for the national admin). Read on every request, so a
 * requirement set by the admin applies to sessions that are already running.
 */
export async function isPasskeyRequired(db: Db, accountId: string): Promise<boolean> {
  const account = await db.selectFrom('accounts').select(['email', 'require_passkey']).where('id', '=', accountId).executeTakeFirst();
  if (!account) return false;
  if (account.require_passkey === 1) return true;
  const row = await db
    .selectFrom('coordinators')
    .innerJoin('associations', 'associations.id', 'coordinators.association_id')
    .select('associations.id')
    .where('coordinators.active', '=', 1)
    .where('associations.require_passkey', '=', 1)
    .where((eb) => eb(eb.fn('lower', ['coordinators.email']), '=', account.email))
    .executeTakeFirst();
  return row !== undefined;
}
