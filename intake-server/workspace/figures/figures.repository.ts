/** The numbers behind the figures page, for a set of associations or for the whole country. Counts only. */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DAY_MS } from '../../lib/time.js';

/** Association ids to count for, or null for all of them (the national figures). */
export type ScopeIds = string[] | null;

/** An application counts for an association that has it or shares it. */
function inScope(ids: string[]) {
  return (eb: ExpressionBuilder<Database, 'applications'>) =>
    eb.or([
      eb('applications.association_id', 'in', ids),
      eb('applications.id', 'in', eb.selectFrom('application_associations').select('application_associations.application_id').where('application_associations.association_id', 'in', ids)),
    ]);
}

/** Statuses never shown in figures: held-back submissions and repeats that joined an earlier application. */
const NOT_COUNTED = ['quarantined', 'duplicate'];

/** Applications held now, by status. */
export async function countByStatus(db: Kysely<Database>, ids: ScopeIds): Promise<Map<string, number>> {
  if (ids?.length === 0) return new Map();
  const rows = await db
    .selectFrom('applications')
    .select(['applications.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('applications.status', 'not in', NOT_COUNTED)
    .$if(ids !== null, (qb) => qb.where(inScope(ids!)))
    .groupBy('applications.status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** Days from arrival to first contact, for applications that arrived since `since` and have been contacted. */
export async function daysToFirstContact(db: Kysely<Database>, ids: ScopeIds, since: Date): Promise<number[]> {
  if (ids?.length === 0) return [];
  const rows = await db
    .selectFrom('applications')
    .select(['applications.created_at', 'applications.first_contact_at'])
    .where('applications.created_at', '>=', since.toISOString())
    .where('applications.first_contact_at', 'is not', null)
    .where('applications.status', 'not in', NOT_COUNTED)
    .$if(ids !== null, (qb) => qb.where(inScope(ids!)))
    .execute();
  return rows.map((r) => Math.max(0, (Date.parse(r.first_contact_at!) - Date.parse(r.created_at)) / DAY_MS));
}

/** Applications nobody has recorded contact with yet (status new or unrouted). */
export async function countWaitingForContact(db: Kysely<Database>, ids: ScopeIds): Promise<number> {
  if (ids?.length === 0) return 0;
  const row = await db
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('applications.status', 'in', ['new', 'unrouted'])
    .where('applications.first_contact_at', 'is', null)
    .$if(ids !== null, (qb) => qb.where(inScope(ids!)))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Applications retention deleted from month `fromMonth` (YYYY-MM) on. */
export async function countDeletedByRetention(db: Kysely<Database>, ids: ScopeIds, fromMonth: string): Promise<number> {
  if (ids?.length === 0) return 0;
  const row = await db
    .selectFrom('retention_counts')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .where('month', '>=', fromMonth)
    .$if(ids !== null, (qb) => qb.where('association_id', 'in', ids!))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
