/** What each association covers: kommuner and postal ranges, and which associations serve a given postal code. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/schema.js';
import { toAssociation, type Association } from './association.js';
import type { PostalRange } from './postal-range.js';

/** The kommuner and postal ranges of one association. */
export interface AssociationCoverage {
  kommuner: string[];
  postalRanges: PostalRange[];
}

/** The association's kommuner and postal ranges, in order. */
export async function findCoverage(db: Db, associationId: string): Promise<AssociationCoverage> {
  const kommuner = await db
    .selectFrom('association_kommuner')
    .select('kommune_number')
    .where('association_id', '=', associationId)
    .orderBy('kommune_number')
    .execute();
  const ranges = await db
    .selectFrom('association_postal_ranges')
    .select(['from_code', 'to_code'])
    .where('association_id', '=', associationId)
    .orderBy('from_code')
    .execute();
  return { kommuner: kommuner.map((k) => k.kommune_number), postalRanges: ranges.map((r) => ({ from: r.from_code, to: r.to_code })) };
}

/** Sets the kommuner an association serves, replacing the ones it had. */
export async function replaceKommuner(db: Db, associationId: string, kommuner: string[]): Promise<void> {
  await db.deleteFrom('association_kommuner').where('association_id', '=', associationId).execute();
  const unique = [...new Set(kommuner)];
  if (unique.length > 0) {
    await db
      .insertInto('association_kommuner')
      .values(unique.map((kommune_number) => ({ association_id: associationId, kommune_number })))
      .execute();
  }
}

/** Sets the postal ranges an association serves, replacing the ones it had. */
export async function replacePostalRanges(db: Db, associationId: string, ranges: PostalRange[]): Promise<void> {
  await db.deleteFrom('association_postal_ranges').where('association_id', '=', associationId).execute();
  if (ranges.length > 0) {
    await db
      .insertInto('association_postal_ranges')
      .values(ranges.map((r) => ({ id: randomUUID(), association_id: associationId, from_code: r.from, to_code: r.to })))
      .execute();
  }
}

/** Active local associations that serve the postal code: through its kommune, or a postal range that holds it. */
export async function findServingAssociations(db: Db, postalCode: string, kommuneNumber: string | null): Promise<Association[]> {
  const rows = await db
    .selectFrom('associations')
    .selectAll()
    .where('active', '=', 1)
    .where('kind', '=', 'local')
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('association_kommuner').select('association_id').where('kommune_number', '=', kommuneNumber ?? '')),
        eb(
          'id',
          'in',
          eb.selectFrom('association_postal_ranges').select('association_id').where('from_code', '<=', postalCode).where('to_code', '>=', postalCode),
        ),
      ]),
    )
    .execute();
  return rows.map(toAssociation);
}

/** Active county associations of a fylke. */
export async function findCountyAssociations(db: Db, countyNumber: string): Promise<Association[]> {
  const rows = await db
    .selectFrom('associations')
    .selectAll()
    .where('active', '=', 1)
    .where('kind', '=', 'county')
    .where('county_number', '=', countyNumber)
    .execute();
  return rows.map(toAssociation);
}
