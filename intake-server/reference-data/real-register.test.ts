import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMigratedDb } from '../associations/testing.js';
import type { Database } from '../db/schema.js';
import { importKommuner, importPostalCodes } from './import-reference-data.js';
import { sharedData } from '../../tests/support/shared-data.js';
import { countReferenceData, findPostalCode, listKommunerMissingFromList } from './reference-data.repository.js';
import { previewReferenceFile } from './reference-upload.js';

// The real files sit in shared/data/ beside the repository (in this workspace and in CI); see shared/data/README.md.
const REGISTER = sharedData?.register ?? '';
const KOMMUNER = sharedData?.kommuner ?? '';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await createMigratedDb();
});
afterEach(async () => {
  await db.destroy();
});

// Skipped only in a clone without shared/data/ and CI unset; tests/support/shared-data.ts says so, and fails under CI=true.
describe.skipIf(sharedData === null)('the real postal code register and kommune list', () => {
  it('are found beside the repository', () => {
    expect(REGISTER).toMatch(/postnummerregister_bring\.tsv$/);
    expect(readFileSync(REGISTER).length).toBeGreaterThan(100_000);
  });

  it('import completely, and the examples of the issue hold', async () => {
    expect(await importPostalCodes(db, readFileSync(REGISTER))).toEqual({ ok: true, count: 5122, encoding: 'UTF-8' });
    expect(await importKommuner(db, readFileSync(KOMMUNER))).toEqual({ ok: true, count: 357, encoding: 'UTF-8' });
    expect(await countReferenceData(db)).toEqual({ postalCodes: 5122, kommuner: 357 });

    const examples = await Promise.all(['8514', '9008', '1337', '9600'].map((code) => findPostalCode(db, code)));
    expect(examples.map((p) => [p?.code, p?.place, p?.kommune.number, p?.kommune.name])).toEqual([
      ['8514', 'NARVIK', '1806', 'Narvik'],
      ['9008', 'TROMSØ', '5501', 'Tromsø'],
      ['1337', 'SANDVIKA', '3201', 'Bærum'],
      ['9600', 'HAMMERFEST', '5603', 'Hammerfest'],
    ]);
    expect((await findPostalCode(db, '0150'))?.kommune).toEqual({ number: '0301', name: 'Oslo', countyNumber: '03', known: true });
    // Svalbard and Jan Mayen have postal codes but are not kommuner.
    expect(await listKommunerMissingFromList(db)).toEqual(['2100', '2211']);
    expect((await findPostalCode(db, '9170'))?.kommune).toEqual({ number: '2100', name: '2100', countyNumber: '21', known: false });
  });

  it('imports the same register from the ISO-8859-1 download Bring publishes', async () => {
    const text = readFileSync(REGISTER, 'utf8');
    const ansi = Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');
    // Every letter in the register exists in ISO-8859-1, so nothing is lost in the conversion.
    expect(ansi.toString('latin1')).toBe(text.replace(/\n/g, '\r\n'));
    expect(await importPostalCodes(db, ansi)).toEqual({ ok: true, count: 5122, encoding: 'Windows-1252' });
    expect((await findPostalCode(db, '9008'))?.place).toBe('TROMSØ');
    expect((await findPostalCode(db, '1337'))?.kommune.number).toBe('3201');
  });

  it('preview against the imported data: the same files change nothing; a kommune list without Narvik warns about its postal codes', async () => {
    await importPostalCodes(db, readFileSync(REGISTER));
    await importKommuner(db, readFileSync(KOMMUNER));
    const same = await previewReferenceFile(db, 'postnummer', readFileSync(REGISTER), 'postnummerregister_bring.tsv');
    expect(same).toEqual({ ok: true, kind: 'postnummer', encoding: 'UTF-8', rows: 5122, diff: { added: [], changed: [], removed: [], unchanged: 5122 }, warnings: [] });
    const withoutNarvik = readFileSync(KOMMUNER, 'utf8').split('\n').filter((line) => !line.includes(';1806;')).join('\n');
    const preview = await previewReferenceFile(db, 'kommuner', Buffer.from(withoutNarvik), 'kommuner.csv');
    expect(preview).toMatchObject({ ok: true, rows: 356, diff: { added: [], changed: [], removed: ['1806'], unchanged: 356 }, warnings: [{ code: 'kommuner_not_listed', kommuner: ['1806'] }] });
  });
});
