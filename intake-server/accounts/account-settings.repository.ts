/** What the account page reads and changes on an account: language, its own passkey requirement, association names. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Language } from '../../contract/index.js';

/** The account's own "require a passkey" setting. */
export async function readOwnRequirement(db: Kysely<Database>, accountId: string): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('require_passkey').where('id', '=', accountId).executeTakeFirst();
  return row?.require_passkey === 1;
}

/** Turns the account's own passkey requirement on or off. */
export async function setOwnRequirement(db: Kysely<Database>, accountId: string, required: boolean): Promise<void> {
  await db.updateTable('accounts').set({ require_passkey: required ? 1 : 0 }).where('id', '=', accountId).execute();
}

/** The language of the account's pages and of the mails it is sent. */
export async function setAccountLanguage(db: Kysely<Database>, accountId: string, language: Language): Promise<void> {
  await db.updateTable('accounts').set({ language }).where('id', '=', accountId).execute();
}

/** Names of the given associations, alphabetically. */
export async function associationNames(db: Kysely<Database>, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('associations').select('name').where('id', 'in', ids).orderBy('name').execute();
  return rows.map((r) => r.name);
}
