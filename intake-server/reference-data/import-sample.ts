/** Loads the hand-written sample register for the demo and tests, only while no real register has been imported. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { SAMPLE_DIR_URL } from '../install-paths.js';
import type { Logger } from '../logger.js';
import { importKommuner, importPostalCodes, type ImportResult } from './import-reference-data.js';
import { countReferenceData } from './reference-data.repository.js';

/** Where `postnummer-sample.tsv` and `kommuner-sample.csv` live. */
export const SAMPLE_DIR = fileURLToPath(SAMPLE_DIR_URL);

/** Where the sample is read from (default `SAMPLE_DIR`) and where to say that it was loaded. */
export interface SampleOptions {
  dir?: string;
  logger?: Pick<Logger, 'warn'>;
}

async function load(file: string, run: (bytes: Uint8Array) => Promise<ImportResult>): Promise<number> {
  const result = await run(await readFile(file));
  if (!result.ok) throw new Error(`The sample file ${file} is invalid: ${result.problems.slice(0, 3).join('; ')}`);
  return result.count;
}

/**
 * Imports the sample postal codes when the register is empty, and the sample kommuner when the kommune list is empty,
 * so an operator's real import is never overwritten. Returns how many rows of each were imported (0 when skipped).
 */
export async function importSampleIfEmpty(db: Kysely<Database>, options: SampleOptions = {}): Promise<{ postalCodes: number; kommuner: number }> {
  const dir = options.dir ?? SAMPLE_DIR;
  const before = await countReferenceData(db);
  const postalCodes = before.postalCodes === 0 ? await load(join(dir, 'postnummer-sample.tsv'), (b) => importPostalCodes(db, b)) : 0;
  const kommuner = before.kommuner === 0 ? await load(join(dir, 'kommuner-sample.csv'), (b) => importKommuner(db, b)) : 0;
  if (postalCodes > 0) {
    options.logger?.warn('the postal code register was empty: loaded the small sample; import Bring\'s register with "npm run admin -- import-postcodes FILE"', {
      postalCodes,
      kommuner,
    });
  }
  return { postalCodes, kommuner };
}
