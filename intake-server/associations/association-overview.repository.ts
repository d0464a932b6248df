/** What the workspace's association list shows of each association: coverage, fylker and coordinators at a glance. */
import type { Db } from '../db/schema.js';

/** One association's coverage and coordinators, counted. */
export interface AssociationFacts {
  kommuner: number;
  postalRanges: number;
  /** Fylkesnummer of the kommuner it covers (from Kartverket's list), and its own for a county association. */
  fylker: string[];
  activeCoordinators: number;
}

/** The facts of every association, keyed by id (an association with nothing has zeros). */
export async function listAssociationFacts(db: Db): Promise<Map<string, AssociationFacts>> {
  const facts = new Map<string, AssociationFacts>();
  const of = (id: string) => {
    let f = facts.get(id);
    if (!f) facts.set(id, (f = { kommuner: 0, postalRanges: 0, fylker: [], activeCoordinators: 0 }));
    return f;
  };
  const associations = await db.selectFrom('associations').select(['id', 'county_number']).execute();
  for (const a of associations) if (a.county_number) of(a.id).fylker.push(a.county_number);
  const links = await db
    .selectFrom('association_kommuner as ak')
    .leftJoin('kommuner as k', 'k.number', 'ak.kommune_number')
    .select(['ak.association_id', 'k.county_number'])
    .execute();
  for (const l of links) {
    const f = of(l.association_id);
    f.kommuner++;
    if (l.county_number && !f.fylker.includes(l.county_number)) f.fylker.push(l.county_number);
  }
  for (const r of await db.selectFrom('association_postal_ranges').select('association_id').execute()) of(r.association_id).postalRanges++;
  for (const c of await db.selectFrom('coordinators').select('association_id').where('active', '=', 1).execute()) of(c.association_id).activeCoordinators++;
  return facts;
}

/** Every fylke in Kartverket's list, by number, for the list's filter. */
export async function listFylker(db: Db): Promise<{ number: string; name: string }[]> {
  const rows = await db.selectFrom('kommuner').select(['county_number', 'county_name']).distinct().orderBy('county_number').execute();
  return rows.map((r) => ({ number: r.county_number, name: r.county_name }));
}
