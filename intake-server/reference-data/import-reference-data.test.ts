import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMigratedDb } from '../associations/testing.js';
import type { Database } from '../db/schema.js';
import { importKommuner, importPostalCodes } from './import-reference-data.js';
import { countReferenceData, findPostalCode } from './reference-data.repository.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await createMigratedDb();
});
afterEach(async () => {
  await db.destroy();
});

const utf8 = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

describe('importing reference data', () => {
  it('replaces the whole register: codes missing from the new file are gone', async () => {
    await importPostalCodes(db, utf8(['8514\tNARVIK\t1806\tNARVIK\tG', '8515\tNARVIK\t1806\tNARVIK\tG']));
    expect(await importPostalCodes(db, utf8(['8514\tNARVIK\t1806\tNARVIK\tG', '9008\tTROMSØ\t5501\tTROMSØ\tG']))).toMatchObject({ ok: true, count: 2 });
    expect(await findPostalCode(db, '8515')).toBeUndefined();
    expect((await findPostalCode(db, '9008'))?.place).toBe('TROMSØ');
  });

  it('changes nothing when one line is bad', async () => {
    await importPostalCodes(db, utf8(['8514\tNARVIK\t1806\tNARVIK\tG']));
    const result = await importPostalCodes(db, utf8(['9008\tTROMSØ\t5501\tTROMSØ\tG', '9009\tTROMSØ\t5501\tTROMSØ']));
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^line 2: expected 5 tab-separated fields/)] });
    expect((await findPostalCode(db, '8514'))?.place).toBe('NARVIK');
    expect(await findPostalCode(db, '9008')).toBeUndefined();
  });

  it('names kommuner from the kommune list once it is imported', async () => {
    await importPostalCodes(db, utf8(['8514\tNARVIK\t1806\tNARVIK\tG']));
    expect((await findPostalCode(db, '8514'))?.kommune).toEqual({ number: '1806', name: '1806', countyNumber: '18', known: false });
    await importKommuner(db, utf8(['18;Nordland;1806;Narvik']));
    expect((await findPostalCode(db, '8514'))?.kommune).toEqual({ number: '1806', name: 'Narvik', countyNumber: '18', known: true });
    expect(await countReferenceData(db)).toEqual({ postalCodes: 1, kommuner: 1 });
  });
});
