/**
 * Changes to an account's passkeys that the account's owner is told about by mail: one added, one removed, or all of
 * them removed by the national admin (a lost phone). Each change and its mail are committed together.
 */
import type { Kysely } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import type { PasskeyChangedData } from '../mail/mail-kinds.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { normalizeEmail } from './accounts.repository.js';
import { endAllSessions } from './sessions.repository.js';
import type { Language } from '../../contract/index.js';
import { countPasskeys, deleteAllPasskeys, deletePasskey, savePasskey, type StoredPasskey } from './passkeys.repository.js';

/** The account a mail about its passkeys goes to. */
export interface PasskeyOwner {
  accountId: string;
  email: string;
  language: Language;
}

/** Queues the short mail about a change to the owner's address, in her language. */
async function notify(db: Db, publicUrl: string, owner: PasskeyOwner, change: PasskeyChangedData['change'], now: Date): Promise<void> {
  const data: PasskeyChangedData = { change, at: now.toISOString(), accountUrl: `${publicUrl}/koordinator/konto` };
  await enqueueMails(db, [{ applicationId: null, mail: { kind: 'passkey_changed', language: owner.language, recipients: [owner.email], replyTo: null, data } }], now);
}

/**
 * Stores a verified new passkey and tells the owner. With `firstOnly` (a session started by an email link while a
 * passkey is required) it is refused when the account already has a passkey: adding another then takes a passkey
 * sign-in. The account's row is written first, so two registrations at once are taken one after the other.
 */
export async function addPasskey(
  db: Kysely<Database>,
  publicUrl: string,
  owner: PasskeyOwner,
  passkey: StoredPasskey & { name: string },
  options: { firstOnly: boolean },
  now: Date,
): Promise<'added' | 'not_first'> {
  return withTransaction(db, async (trx) => {
    await trx.updateTable('accounts').set((eb) => ({ require_passkey: eb.ref('require_passkey') })).where('id', '=', owner.accountId).execute();
    if (options.firstOnly && (await countPasskeys(trx, owner.accountId)) > 0) return 'not_first';
    await savePasskey(trx, passkey, now);
    await notify(trx, publicUrl, owner, 'added', now);
    return 'added';
  });
}

/** Removes one of the owner's own passkeys and tells her; false when she has no such passkey. */
export async function removeOwnPasskey(db: Kysely<Database>, publicUrl: string, owner: PasskeyOwner, credentialId: string, now: Date): Promise<boolean> {
  return withTransaction(db, async (trx) => {
    if (!(await deletePasskey(trx, owner.accountId, credentialId))) return false;
    await notify(trx, publicUrl, owner, 'removed', now);
    return true;
  });
}

/**
 * For a lost phone, done by the national admin: removes every passkey of the account with this address, signs it out
 * everywhere (the phone may hold a running session) and retires its unused links; the owner is told when there were
 * passkeys. Her next email link may then register a new passkey, even where one is required. Undefined when no
 * account has the address.
 */
export async function resetPasskeys(db: Kysely<Database>, publicUrl: string, email: string, now: Date): Promise<{ accountId: string; removed: number; sessions: number } | undefined> {
  return withTransaction(db, async (trx) => {
    const account = await trx.selectFrom('accounts').select(['id', 'email', 'language']).where('email', '=', normalizeEmail(email)).executeTakeFirst();
    if (!account) return undefined;
    const removed = await deleteAllPasskeys(trx, account.id);
    const sessions = await endAllSessions(trx, account.id);
    const language = (['nb', 'nn', 'en'] as const).find((l) => l === account.language) ?? 'nb';
    if (removed > 0) await notify(trx, publicUrl, { accountId: account.id, email: account.email, language }, 'reset', now);
    return { accountId: account.id, removed, sessions };
  });
}
