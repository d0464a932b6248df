import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { findAssociationBySlug, listAssociations } from './associations.repository.js';
import { findCoverage } from './coverage.repository.js';
import { seedAssociations } from './seed.js';
import { addAssociation, createMigratedDb } from './testing.js';

const DEMO_SEED = new URL('../seed/associations.json', import.meta.url).pathname;

let db: Kysely<Database>;
let dir: string;
beforeEach(async () => {
  db = await createMigratedDb();
  dir = mkdtempSync(join(tmpdir(), 'rv-seed-'));
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the seed file', () => {
  it('gives the demo associations their coverage and languages', async () => {
    await seedAssociations(db, DEMO_SEED);
    const coverage = async (slug: string) => findCoverage(db, (await findAssociationBySlug(db, slug))!.id);
    expect(await coverage('narvik')).toEqual({ kommuner: ['1806'], postalRanges: [] });
    expect(await coverage('tromso')).toEqual({ kommuner: ['5501'], postalRanges: [] });
    expect(await coverage('baerum')).toEqual({ kommuner: ['3201'], postalRanges: [] });
    expect(await coverage('eksempelby')).toEqual({ kommuner: [], postalRanges: [{ from: '2315', to: '2319' }] });
    expect((await coverage('fjordheim')).kommuner).toEqual(['4640']);
    expect((await findAssociationBySlug(db, 'fjordheim'))?.defaultLanguage).toBe('nn');
    expect((await findAssociationBySlug(db, 'nasjonal'))?.kind).toBe('national');
  });

  it('leaves associations it does not list alone at the next start', async () => {
    await seedAssociations(db, DEMO_SEED);
    await addAssociation(db, { slug: 'hammerfest', kommuner: ['5603'] });
    await seedAssociations(db, DEMO_SEED);
    const hammerfest = await findAssociationBySlug(db, 'hammerfest');
    expect(hammerfest?.active).toBe(true);
    expect((await findCoverage(db, hammerfest!.id)).kommuner).toEqual(['5603']);
    expect((await listAssociations(db)).map((a) => a.slug)).toContain('hammerfest');
  });

  it('names the place of a mistake', async () => {
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify({ national: { slug: 'n', name: 'N', contactEmail: 'n@x.no' }, associations: [{ slug: 'a', name: 'A', contactEmail: 'a@x.no', kommuner: ['123'], coordinators: [] }] }));
    await expect(seedAssociations(db, file)).rejects.toThrow(/at associations\.0\.kommuner\.0: must be a 4-digit kommunenummer/);
  });
});
