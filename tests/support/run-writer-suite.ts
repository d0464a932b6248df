/**
 * `npm run test:writer`: the SQLite server suites again, with SQLite committing applications the other way round from
 * what this machine chooses by default (SQLITE_WRITER_THREAD=auto: a writer thread with three or more cores, the
 * HTTP thread otherwise), so both ways are tested on every machine.
 */
import { spawnSync } from 'node:child_process';
import { readConfig } from '../../intake-server/config.js';

const other = readConfig({}).sqliteWriterThread ? 'false' : 'true';
process.stdout.write(`SQLite suites with SQLITE_WRITER_THREAD=${other}\n`);
const suites = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['intake-server', 'tests/integration', 'tests/faults'];
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...suites], {
  stdio: 'inherit',
  env: { ...process.env, SQLITE_WRITER_THREAD: other },
});
process.exit(result.status ?? 1);
