/**
 * `npm run test:pg`: the server test suites again, on PostgreSQL. Starts a throwaway cluster, runs Vitest with
 * TEST_DATABASE_URL pointing at it (each test creates its own database), stops the cluster. Without PostgreSQL
 * installed it says so and skips, except under CI=true, where a missing PostgreSQL is a failure.
 */
import { spawnSync } from 'node:child_process';
import { findPostgresBin, startPostgresCluster } from './postgres-cluster.js';

const bin = findPostgresBin();
if (!bin) {
  const message = 'PostgreSQL server binaries not found (initdb): the PostgreSQL test run is skipped. Install postgresql or set PG_BIN.';
  if (process.env.CI === 'true') {
    process.stderr.write(`${message}\nUnder CI=true a missing PostgreSQL is a failure.\n`);
    process.exit(1);
  }
  process.stdout.write(`${message}\n`);
  process.exit(0);
}

const cluster = await startPostgresCluster(bin);
let status = 1;
try {
  const suites = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['intake-server', 'tests/integration', 'tests/faults'];
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...suites], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: cluster.adminUrl },
  });
  status = result.status ?? 1;
} finally {
  cluster.stop();
}
process.exit(status);
