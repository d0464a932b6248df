import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMigratedDb } from '../associations/testing.js';
import type { Database } from '../db/schema.js';
import { importPostalCodes } from './import-reference-data.js';
import { sharedData } from '../../tests/support/shared-data.js';
import { importSampleIfEmpty, SAMPLE_DIR } from './import-sample.js';
import { countReferenceData, findPostalCode, listKommunerMissingFromList } from './reference-data.repository.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await createMigratedDb();
});
afterEach(async () => {
  await db.destroy();
});

const lines = (file: URL | string) => readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');

describe('the hand-written sample register', () => {
  it('is loaded into an empty database, with names for every kommune but Svalbard', async () => {
    const warnings: string[] = [];
    const imported = await importSampleIfEmpty(db, { logger: { warn: (msg) => warnings.push(msg) } });
    expect(imported.postalCodes).toBeGreaterThanOrEqual(30);
    expect(imported.postalCodes).toBeLessThanOrEqual(60);
    expect(await countReferenceData(db)).toEqual({ postalCodes: imported.postalCodes, kommuner: imported.kommuner });
    expect(await listKommunerMissingFromList(db)).toEqual(['2100']);
    expect(warnings).toEqual([expect.stringContaining('import-postcodes')]);
  });

  it("never overwrites an operator's import", async () => {
    await importPostalCodes(db, Buffer.from('8514\tNARVIK\t1806\tNARVIK\tG\n'));
    const imported = await importSampleIfEmpty(db);
    expect(imported.postalCodes).toBe(0);
    expect((await countReferenceData(db)).postalCodes).toBe(1);
    expect(await findPostalCode(db, '9008')).toBeUndefined();
    // A second start changes nothing either.
    expect((await importSampleIfEmpty(db)).kommuner).toBe(0);
  });

  it("covers the issue's four examples", async () => {
    await importSampleIfEmpty(db);
    const found = await Promise.all(['8514', '9008', '1337', '9600'].map(async (c) => (await findPostalCode(db, c))?.kommune.number));
    expect(found).toEqual(['1806', '5501', '3201', '5603']);
  });

  // Skipped only in a clone without shared/data/ and CI unset (tests/support/shared-data.ts).
  it.skipIf(sharedData === null)("agrees row for row with Bring's register and Kartverket's list", () => {
    const register = new Set(lines(sharedData!.register));
    const kommuner = new Set(lines(sharedData!.kommuner));
    const sample = lines(`${SAMPLE_DIR}/postnummer-sample.tsv`);
    expect(sample.filter((row) => !register.has(row))).toEqual([]);
    expect(lines(`${SAMPLE_DIR}/kommuner-sample.csv`).filter((row) => !kommuner.has(row))).toEqual([]);
  });
});
