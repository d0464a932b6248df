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
export async function findServingAssociations(db: Db, postalCode: string, kommuneNumber?: string | null): Promise<Association[]> {
  return localAssociationsServing(db, postalCode, kommuneNumber, true);
}

/** Local associations, active or not, that name the postal code's kommune or a postal range holding it (to say why none could take it). */
export async function findAllServingAssociations(db: Db, postalCode: string, kommuneNumber: string | null): Promise<Association[]> {
  return localAssociationsServing(db, postalCode, kommuneNumber, false);
}

/** `kommuneNumber` undefined: the postal code's own kommune, found in the same statement (no lookup before it). */
async function localAssociationsServing(db: Db, postalCode: string, kommuneNumber: string | null | undefined, activeOnly: boolean): Promise<Association[]> {
  const rows = await db
    .selectFrom('associations')
    .selectAll()
    .$if(activeOnly, (q) => q.where('active', '=', 1))
    .where('kind', '=', 'local')
    .where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          kommuneNumber === undefined
            ? eb.selectFrom('association_kommuner').select('association_id').where('kommune_number', 'in', eb.selectFrom('postal_codes').select('kommune_number').where('code', '=', postalCode))
            : eb.selectFrom('association_kommuner').select('association_id').where('kommune_number', '=', kommuneNumber ?? ''),
        ),
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

/** Every association's kommuner, as pairs (for the coverage overview). */
export async function listAllKommuneLinks(db: Db): Promise<{ associationId: string; kommuneNumber: string }[]> {
  const rows = await db.selectFrom('association_kommuner').select(['association_id', 'kommune_number']).orderBy('kommune_number').execute();
  return rows.map((r) => ({ associationId: r.association_id, kommuneNumber: r.kommune_number }));
}

/** Every association's postal ranges, each with the kommuner of the register's postal codes it holds (for the coverage overview). */
export async function listPostalRangeKommuner(db: Db): Promise<{ associationId: string; range: PostalRange; kommuneNumbers: string[] }[]> {
  const ranges = await db.selectFrom('association_postal_ranges').select(['id', 'association_id', 'from_code', 'to_code']).orderBy('from_code').execute();
  const reached = await db
    .selectFrom('association_postal_ranges as r')
    .innerJoin('postal_codes as p', (join) => join.onRef('p.code', '>=', 'r.from_code').onRef('p.code', '<=', 'r.to_code'))
    .select(['r.id', 'p.kommune_number'])
    .distinct()
    .orderBy('p.kommune_number')
    .execute();
  return ranges.map((r) => ({
    associationId: r.association_id,
    range: { from: r.from_code, to: r.to_code },
    kommuneNumbers: reached.filter((k) => k.id === r.id).map((k) => k.kommune_number),
  }));
}
