/**
 * `npm run test:pg`: the server test suites again, on PostgreSQL. Starts a throwaway cluster, runs Vitest with
 * TEST_DATABASE_URL pointing at it (each test creates its own database; TEST_DATABASE_SOCKET_URL is the same
 * cluster through its Unix socket), stops the cluster. Without PostgreSQL
 * installed it says so and skips, except under CI=true, where a missing PostgreSQL is a failure.
 */
import { findPostgresBin, startPostgresCluster } from './postgres-cluster.js';
import { runServerSuites } from './run-server-suites.js';

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
  status = runServerSuites({ TEST_DATABASE_URL: cluster.adminUrl, TEST_DATABASE_SOCKET_URL: cluster.adminSocketUrl });
} finally {
  cluster.stop();
}
process.exit(status);
