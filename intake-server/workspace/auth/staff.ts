/** Who is signed in to the workspace, and which associations they may see. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export type StaffRole = 'coordinator' | 'admin';

export interface Staff {
  accountId: string;
  email: string;
  name: string;
  role: StaffRole;
  language: 'nb' | 'nn' | 'en';
  /** Ids of the associations this person may see: those they coordinate, or every association for an admin. */
  associationIds: string[];
}

/** Loads an account with the associations it may see, or undefined when there is no such account. */
export async function loadStaff(db: Db, accountId: string): Promise<Staff | undefined> {
  const account = await db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirst();
  if (!account) return undefined;
  const role: StaffRole = account.role === 'admin' ? 'admin' : 'coordinator';
  const rows =
    role === 'admin'
      ? await db.selectFrom('associations').select('id').execute()
      : await db
          .selectFrom('coordinators')
          .innerJoin('associations', 'associations.id', 'coordinators.association_id')
          .select('associations.id')
          .where('coordinators.active', '=', 1)
          .where((eb) => eb(eb.fn('lower', ['coordinators.email']), '=', account.email))
          .execute();
  return {
    accountId: account.id,
    email: account.email,
    name: account.name,
    role,
    language: (['nb', 'nn', 'en'].includes(account.language) ? account.language : 'nb') as Staff['language'],
    associationIds: [...new Set(rows.map((r) => r.id))],
  };
}

/** True when `staff` may see applications of this association. */
export function canSee(staff: Staff, associationId: string): boolean {
  return staff.role === 'admin' || staff.associationIds.includes(associationId);
}
