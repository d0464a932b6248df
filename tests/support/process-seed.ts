/**
 * The seed of tests that start the production entry (`intake-server/main.ts`) as a process: the national contact and
 * one association. The demo's seed would be refused there (config.ts, `productionProblems`).
 */
import { fileURLToPath } from 'node:url';

export const PROCESS_SEED = fileURLToPath(new URL('./process-seed.json', import.meta.url));
