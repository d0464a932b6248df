/** Staff accounts: who may have one (active coordinators, the national admin), and creating one on first sign-in. */
import { newId } from '../db/ids.js';
import type { Db } from '../db/schema.js';
import { roleOf, type StaffRole } from './staff.js';

/** What the coordinator lists say about an address. */
export interface Eligibility {
  /** The name the first coordinator row gives for the address. */
  name: string;
  /** `admin` when the address coordinates the national association. */
  role: StaffRole;
}

/** Lower-cased and trimmed: the form in which addresses are compared and stored on accounts. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The role an address may sign in with, or undefined when no association lists it as an active coordinator. */
export async function findEligibility(db: Db, email: string): Promise<Eligibility | undefined> {
  const rows = await db
    .selectFrom('coordinators')
    .innerJoin('associations', 'associations.id', 'coordinators.association_id')
    .select(['coordinators.name', 'associations.kind'])
    .where('coordinators.active', '=', 1)
    .where((eb) => eb(eb.fn('lower', ['coordinators.email']), '=', normalizeEmail(email)))
    .orderBy('coordinators.created_at')
    .execute();
  if (rows.length === 0) return undefined;
  return { name: rows[0]!.name, role: roleOf(rows.map((r) => r.kind)) };
}

/**
 * The account of an eligible address: created on first use. `accounts.role` is brought in line with the coordinator
 * lists at every sign-in for reference only: access is decided from the lists on every request (`loadStaff`).
 */
export async function ensureAccount(db: Db, email: string, eligibility: Eligibility, language: string, now: Date): Promise<string> {
  const lower = normalizeEmail(email);
  const existing = await db.selectFrom('accounts').select(['id', 'role']).where('email', '=', lower).executeTakeFirst();
  if (existing) {
    if (existing.role !== eligibility.role) await db.updateTable('accounts').set({ role: eligibility.role }).where('id', '=', existing.id).execute();
    return existing.id;
  }
  const id = newId();
  await db
    .insertInto('accounts')
    .values({ id, email: lower, name: eligibility.name, role: eligibility.role, language, created_at: now.toISOString(), last_sign_in_at: null })
    .execute();
  return id;
}

/** The name an account was given (shown as an application's handler), or undefined when the account is gone. */
export async function findAccountName(db: Db, accountId: string): Promise<string | undefined> {
  return (await db.selectFrom('accounts').select('name').where('id', '=', accountId).executeTakeFirst())?.name;
}

/** The id of the account of an address (compared without case), or undefined when she never had one. */
export async function findAccountIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('accounts').select('id').where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row?.id;
}
