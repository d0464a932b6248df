import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssociation, createMigratedDb } from '../associations/testing.js';
import type { Database } from '../db/schema.js';
import { importSampleIfEmpty } from '../reference-data/import-sample.js';
import { routeApplication, type Route } from './route-application.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await createMigratedDb();
  await importSampleIfEmpty(db);
  await addAssociation(db, { slug: 'nasjonal', kind: 'national', name: 'N.K.S. nasjonalt', coordinators: [{ name: 'Prosjektleder', email: 'leder@nks.example' }] });
  await addAssociation(db, { slug: 'narvik', name: 'Narvik sanitetsforening', kommuner: ['1806'] });
  await addAssociation(db, { slug: 'tromso', name: 'Tromsø sanitetsforening', kommuner: ['5501'] });
  await addAssociation(db, { slug: 'eksempelby', name: 'Eksempelby sanitetsforening', postalRanges: [{ from: '2315', to: '2319' }] });
});
afterEach(async () => {
  await db.destroy();
});

const route = (postalCode: string, pageAssociation = 'eksempelby', confirmedAssociation = '') => routeApplication(db, { postalCode, pageAssociation, confirmedAssociation });
const summary = (r: Route) => ({ routing: r.routing, associations: r.associations.map((a) => a.slug), primary: r.primary.slug, recipients: r.recipients, kommune: r.kommune });

describe('routing an application', () => {
  it('routes a Narvik postcode to Narvik sanitetsforening, whatever page it came from', async () => {
    expect(summary(await route('8514'))).toEqual({
      routing: 'postal_code',
      associations: ['narvik'],
      primary: 'narvik',
      recipients: ['koordinator@narvik.example'],
      kommune: { number: '1806', name: 'Narvik' },
    });
  });

  it('routes through a postal range that crosses no kommune of its own', async () => {
    expect(summary(await route('2317', 'narvik'))).toMatchObject({ routing: 'postal_code', primary: 'eksempelby', kommune: { number: '3403', name: 'Hamar' } });
    // 2301 is Hamar too, but outside the range.
    expect((await route('2301', 'tromso')).primary.slug).toBe('tromso');
  });

  it('sends it to the association the applicant confirmed, over the postal code', async () => {
    expect(summary(await route('8514', 'eksempelby', 'tromso'))).toMatchObject({ routing: 'confirmed', primary: 'tromso', kommune: { number: '1806', name: 'Narvik' } });
  });

  it('ignores a confirmed association that is inactive or has no coordinators', async () => {
    await addAssociation(db, { slug: 'sovende', active: false });
    await addAssociation(db, { slug: 'tom', coordinators: [] });
    expect((await route('8514', 'eksempelby', 'sovende')).routing).toBe('postal_code');
    expect((await route('8514', 'eksempelby', 'tom')).primary.slug).toBe('narvik');
    expect((await route('8514', 'eksempelby', 'finnes-ikke')).primary.slug).toBe('narvik');
    // The national contact is never "confirmed": it is only the last resort.
    expect((await route('8514', 'eksempelby', 'nasjonal')).primary.slug).toBe('narvik');
  });

  it("shares an application among a kommune's associations when nobody chose, telling every coordinator", async () => {
    await addAssociation(db, { slug: 'ankenes', name: 'Ankenes sanitetsforening', kommuner: ['1806'], coordinators: [{ name: 'A', email: 'a@ankenes.example' }, { name: 'B', email: 'koordinator@narvik.example' }] });
    expect(summary(await route('8514'))).toEqual({
      routing: 'postal_code',
      associations: ['ankenes', 'narvik'],
      primary: 'ankenes',
      recipients: ['a@ankenes.example', 'koordinator@narvik.example'],
      kommune: { number: '1806', name: 'Narvik' },
    });
  });

  it("orders shared associations as Norwegians sort, so Å comes last", async () => {
    await addAssociation(db, { slug: 'aasen', name: 'Åsen sanitetsforening', kommuner: ['1806'] });
    await addAssociation(db, { slug: 'oyjord', name: 'Øyjord sanitetsforening', kommuner: ['1806'] });
    expect((await route('8514')).associations.map((a) => a.slug)).toEqual(['narvik', 'oyjord', 'aasen']);
  });

  it("gives it to the page's own association when it is one of several serving the kommune", async () => {
    await addAssociation(db, { slug: 'ankenes', name: 'Ankenes sanitetsforening', kommuner: ['1806'] });
    expect(summary(await route('8514', 'narvik'))).toMatchObject({ routing: 'postal_code', associations: ['narvik'], recipients: ['koordinator@narvik.example'] });
  });

  it("falls back to the page's association when nobody serves the postal code", async () => {
    expect(summary(await route('5003', 'tromso'))).toEqual({
      routing: 'page',
      associations: ['tromso'],
      primary: 'tromso',
      recipients: ['koordinator@tromso.example'],
      kommune: { number: '4601', name: 'Bergen' },
    });
    // A postal code the register does not have still reaches the page's association.
    expect(summary(await route('9999', 'tromso'))).toMatchObject({ routing: 'page', primary: 'tromso', kommune: null });
  });

  it('goes to the national contact with the kommune filled in when no association can take it', async () => {
    expect(summary(await route('5003', 'finnes-ikke'))).toEqual({
      routing: 'national_fallback',
      associations: [],
      primary: 'nasjonal',
      recipients: ['leder@nks.example'],
      kommune: { number: '4601', name: 'Bergen' },
    });
    expect((await route('9170', '')).kommune).toEqual({ number: '2100', name: '2100' });
  });

  it('skips an inactive association and one without coordinators', async () => {
    await addAssociation(db, { slug: 'narvik', active: false });
    await addAssociation(db, { slug: 'tromso', kommuner: ['5501', '1806'], coordinators: [] });
    expect(summary(await route('8514', 'narvik'))).toMatchObject({ routing: 'national_fallback', primary: 'nasjonal', kommune: { number: '1806', name: 'Narvik' } });
  });

  it("reaches a county association of the kommune's fylke before the national contact", async () => {
    await addAssociation(db, { slug: 'nordland', name: 'Nordland sanitetsforening', kind: 'county', countyNumber: '18' });
    await addAssociation(db, { slug: 'narvik', active: false });
    expect(summary(await route('8514', 'finnes-ikke'))).toMatchObject({ routing: 'county', primary: 'nordland', kommune: { number: '1806', name: 'Narvik' } });
    expect((await route('9008', 'finnes-ikke')).primary.slug).toBe('tromso');
    expect((await route('5003', 'finnes-ikke')).routing).toBe('national_fallback');
  });

  it('tells the national contact address itself when the national contact has no coordinator', async () => {
    await addAssociation(db, { slug: 'nasjonal', contactEmail: 'ressursvenn@nks.example', coordinators: [] });
    expect((await route('5003', '')).recipients).toEqual(['ressursvenn@nks.example']);
  });

  it('says why no association could take it when it falls back to the national contact', async () => {
    const why = async (postalCode: string) => {
      const r = await route(postalCode, 'finnes-ikke');
      return r.unrouted && { reason: r.unrouted.reason, associations: r.unrouted.associations.map((a) => a.slug) };
    };
    expect(await why('8514')).toBeNull();
    expect(await why('5003')).toEqual({ reason: 'no_association', associations: [] });
    expect(await why('0002')).toEqual({ reason: 'unknown_postal_code', associations: [] });
    await addAssociation(db, { slug: 'narvik', coordinators: [] });
    expect(await why('8514')).toEqual({ reason: 'no_coordinator', associations: ['narvik'] });
    await addAssociation(db, { slug: 'narvik', active: false });
    expect(await why('8514')).toEqual({ reason: 'inactive', associations: ['narvik'] });
    // A county association without a coordinator is the one to fix first.
    await addAssociation(db, { slug: 'nordland', kind: 'county', countyNumber: '18', coordinators: [] });
    expect(await why('8514')).toEqual({ reason: 'no_coordinator', associations: ['nordland'] });
  });
});
