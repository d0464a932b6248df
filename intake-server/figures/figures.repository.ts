/**
 * The anonymous counts retention keeps, behind the figures page. The counts of applications held are in
 * `applications/application-queries.repository.ts`.
 */
import type { Kysely } from 'kysely';
import type { ScopeIds } from '../applications/application-queries.repository.js';
import type { Database } from '../db/schema.js';

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
