/** Stored passkeys: the credential's public key and signature counter, a name the person chose, and dates. */
import type { Db } from '../db/schema.js';

/** A passkey as the account page lists it. */
export interface PasskeySummary {
  credentialId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** What verifying a sign-in needs. */
export interface StoredPasskey {
  credentialId: string;
  accountId: string;
  /** base64url COSE public key. */
  publicKey: string;
  counter: number;
  transports: string[];
}

/** The account's passkeys, oldest first. */
export async function listPasskeys(db: Db, accountId: string): Promise<PasskeySummary[]> {
  const rows = await db
    .selectFrom('passkeys')
    .select(['credential_id', 'name', 'created_at', 'last_used_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ credentialId: r.credential_id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

/** One passkey by its credential id, or undefined. */
export async function findPasskey(db: Db, credentialId: string): Promise<StoredPasskey | undefined> {
  const row = await db.selectFrom('passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
  if (!row) return undefined;
  let transports: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.transports);
    if (Array.isArray(parsed)) transports = parsed.filter((t): t is string => typeof t === 'string');
  } catch {
    // A damaged list only loses the browser a hint.
  }
  return { credentialId: row.credential_id, accountId: row.account_id, publicKey: row.public_key, counter: row.counter, transports };
}

/** Stores a newly registered passkey. */
export async function savePasskey(db: Db, p: StoredPasskey & { name: string }, now: Date): Promise<void> {
  await db
    .insertInto('passkeys')
    .values({
      credential_id: p.credentialId,
      account_id: p.accountId,
      public_key: p.publicKey,
      counter: p.counter,
      transports: JSON.stringify(p.transports),
      name: p.name,
      created_at: now.toISOString(),
      last_used_at: null,
    })
    .execute();
}

/** Records a sign-in: the authenticator's new counter and the time. */
export async function recordPasskeyUse(db: Db, credentialId: string, counter: number, now: Date): Promise<void> {
  await db.updateTable('passkeys').set({ counter, last_used_at: now.toISOString() }).where('credential_id', '=', credentialId).execute();
}

/** Removes one of the account's own passkeys; true when there was one to remove. */
export async function deletePasskey(db: Db, accountId: string, credentialId: string): Promise<boolean> {
  const result = await db.deleteFrom('passkeys').where('account_id', '=', accountId).where('credential_id', '=', credentialId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** How many passkeys the account has. */
export async function countPasskeys(db: Db, accountId: string): Promise<number> {
  const row = await db.selectFrom('passkeys').select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).where('account_id', '=', accountId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Removes every passkey of the account; returns how many there were. */
export async function deleteAllPasskeys(db: Db, accountId: string): Promise<number> {
  const result = await db.deleteFrom('passkeys').where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
