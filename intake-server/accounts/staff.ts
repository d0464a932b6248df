/** Who is signed in to the workspace, their role, and which associations they may see (the rule itself is in applications/applications.repository.ts): all read from the coordinator lists. */
import type { Db } from '../db/schema.js';

export type StaffRole = 'coordinator' | 'admin';

export interface Staff {
  accountId: string;
  email: string;
  name: string;
  role: StaffRole;
  language: 'nb' | 'nn' | 'en';
  /** Ids of the associations this person may see: those they coordinate, or every association for an admin. */
  associationIds: string[];
  /**
   * Ids of the associations whose lead coordinator she is (an active coordinator marked lead): she may manage their
   * coordinators, contact details and allowed origins. Empty for most people.
   */
  leadOf: string[];
}

/** The national admin is whoever the national association lists as an active coordinator. */
export const roleOf = (associationKinds: string[]): StaffRole => (associationKinds.includes('national') ? 'admin' : 'coordinator');

/** The associations that list `email` (already lower-cased) as an active coordinator, with their kind. */
async function coordinatedBy(db: Db, email: string): Promise<{ id: string; kind: string; lead: number }[]> {
  return db
    .selectFrom('coordinators')
    .innerJoin('associations', 'associations.id', 'coordinators.association_id')
    .select(['associations.id', 'associations.kind', 'coordinators.lead'])
    .where('coordinators.active', '=', 1)
    .where((eb) => eb(eb.fn('lower', ['coordinators.email']), '=', email))
    .execute();
}

/**
 * Loads an account with its role and the associations it may see, or undefined when there is no such account or no
 * association lists its address as an active coordinator any more. Read on every request, from the coordinator lists
 * (never from `accounts.role`), so a change to the lists applies to sessions that are already running.
 */
export async function loadStaff(db: Db, accountId: string): Promise<Staff | undefined> {
  const account = await db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
  if (!account) return undefined;
  const coordinated = await coordinatedBy(db, account.email);
  if (coordinated.length === 0) return undefined;
  const role = roleOf(coordinated.map((a) => a.kind));
  const ids = role === 'admin' ? (await db.selectFrom('associations').select('id').execute()).map((r) => r.id) : coordinated.map((a) => a.id);
  return {
    accountId: account.id,
    email: account.email,
    name: account.name,
    role,
    language: (['nb', 'nn', 'en'].includes(account.language) ? account.language : 'nb') as Staff['language'],
    associationIds: [...new Set(ids)],
    leadOf: [...new Set(coordinated.filter((a) => a.lead === 1).map((a) => a.id))],
  };
}
