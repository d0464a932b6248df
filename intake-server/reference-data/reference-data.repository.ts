/** Reads and replaces the imported reference data: postal codes and kommuner. */
import type { Transaction } from 'kysely';
import type { Database, Db } from '../db/schema.js';
import type { KommuneRecord } from './parse-kommuner.js';
import type { PostalCodeRecord } from './parse-postal-codes.js';

/** A postal code as routing sees it: its place and the (primary) kommune it lies in. */
export interface PostalPlace {
  code: string;
  place: string;
  category: string;
  kommune: {
    number: string;
    /** Kartverket's name; the kommunenummer itself when the kommune is not in the list (Svalbard, Jan Mayen). */
    name: string;
    /** From the kommune list, else the first two digits of the kommunenummer (which always name the fylke). */
    countyNumber: string;
    /** False when the kommune list has no such kommune. */
    known: boolean;
  };
}

// Well under SQLite's limit on bound parameters per statement.
const CHUNK = 500;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Replaces the whole register. Call inside a transaction so a failed import leaves the old register in place. */
export async function replacePostalCodes(trx: Transaction<Database>, rows: PostalCodeRecord[]): Promise<void> {
  await trx.deleteFrom('postal_codes').execute();
  await insertInChunks(rows, (chunk) =>
    trx
      .insertInto('postal_codes')
      .values(chunk.map((r) => ({ code: r.code, place: r.place, kommune_number: r.kommuneNumber, category: r.category })))
      .execute(),
  );
}

/** Replaces the whole kommune list. Call inside a transaction. */
export async function replaceKommuner(trx: Transaction<Database>, rows: KommuneRecord[]): Promise<void> {
  await trx.deleteFrom('kommuner').execute();
  await insertInChunks(rows, (chunk) =>
    trx
      .insertInto('kommuner')
      .values(chunk.map((r) => ({ number: r.number, name: r.name, county_number: r.countyNumber, county_name: r.countyName })))
      .execute(),
  );
}

/** The postal code with its kommune, or undefined when the register does not have it. */
export async function findPostalCode(db: Db, code: string): Promise<PostalPlace | undefined> {
  const row = await db
    .selectFrom('postal_codes as p')
    .leftJoin('kommuner as k', 'k.number', 'p.kommune_number')
    .select(['p.code', 'p.place', 'p.category', 'p.kommune_number', 'k.name as kommune_name', 'k.county_number'])
    .where('p.code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    code: row.code,
    place: row.place,
    category: row.category,
    kommune: {
      number: row.kommune_number,
      name: row.kommune_name ?? row.kommune_number,
      countyNumber: row.county_number ?? row.kommune_number.slice(0, 2),
      known: row.kommune_name !== null,
    },
  };
}

/** Names from the kommune list, keyed by kommunenummer: of the numbers given, or of every kommune. */
export async function findKommuneNames(db: Db, numbers?: string[]): Promise<Map<string, string>> {
  if (numbers?.length === 0) return new Map();
  let query = db.selectFrom('kommuner').select(['number', 'name']);
  if (numbers) query = query.where('number', 'in', numbers);
  return new Map((await query.execute()).map((k) => [k.number, k.name]));
}

/** How many rows each reference table holds. */
export async function countReferenceData(db: Db): Promise<{ postalCodes: number; kommuner: number }> {
  const count = async (table: 'postal_codes' | 'kommuner') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { postalCodes: await count('postal_codes'), kommuner: await count('kommuner') };
}

/** Kommunenummer used by the register but missing from the kommune list, in order. */
export async function listKommunerMissingFromList(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('postal_codes as p')
    .leftJoin('kommuner as k', 'k.number', 'p.kommune_number')
    .select('p.kommune_number')
    .distinct()
    .where('k.number', 'is', null)
    .orderBy('p.kommune_number')
    .execute();
  return rows.map((r) => r.kommune_number);
}

/** The whole register as stored, for comparing it with a new file. */
export async function listPostalCodes(db: Db): Promise<Omit<PostalCodeRecord, 'kommuneName'>[]> {
  const rows = await db.selectFrom('postal_codes').select(['code', 'place', 'kommune_number', 'category']).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, place: r.place, kommuneNumber: r.kommune_number, category: r.category }));
}

/** The whole kommune list as stored, for comparing it with a new file. */
export async function listKommuner(db: Db): Promise<KommuneRecord[]> {
  const rows = await db.selectFrom('kommuner').select(['number', 'name', 'county_number', 'county_name']).orderBy('number').execute();
  return rows.map((r) => ({ number: r.number, name: r.name, countyNumber: r.county_number, countyName: r.county_name }));
}

/** The distinct kommunenummer the register uses. */
export async function listRegisterKommuner(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('postal_codes').select('kommune_number').distinct().orderBy('kommune_number').execute();
  return rows.map((r) => r.kommune_number);
}
