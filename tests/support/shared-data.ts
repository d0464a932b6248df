/**
 * Bring's postal-code register and Kartverket's kommune list, as the workspace keeps them in `shared/data/` beside the
 * repository (or in SHARED_DATA_DIR). A clone elsewhere has no such folder: the tests that need the real files then
 * skip and say why, except under `CI=true`, where a missing folder is a failure (CI always has it).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(process.env.SHARED_DATA_DIR ?? fileURLToPath(new URL('../../../shared/data', import.meta.url)));
const REGISTER = resolve(dir, 'postnummerregister_bring.tsv');
const KOMMUNER = resolve(dir, 'kommuner_kartverket.csv');
const present = existsSync(REGISTER) && existsSync(KOMMUNER);

if (!present) {
  const why = `${REGISTER} and ${KOMMUNER} are not there (set SHARED_DATA_DIR to the folder that holds them)`;
  if (process.env.CI === 'true') throw new Error(`The real reference data is missing under CI=true: ${why}.`);
  console.warn(`Skipping the tests on the real postal-code register and kommune list: ${why}.`);
}

/** The two files, or null outside the workspace (see above). */
export const sharedData: { register: string; kommuner: string } | null = present ? { register: REGISTER, kommuner: KOMMUNER } : null;
