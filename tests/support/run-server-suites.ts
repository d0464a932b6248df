/** Runs the server test suites (or the ones named on the command line) in a Vitest of their own, with extra env. */
import { spawnSync } from 'node:child_process';

const SERVER_SUITES = ['intake-server', 'tests/integration', 'tests/faults'];

/** The exit status of that Vitest run. */
export function runServerSuites(env: Record<string, string>): number {
  const suites = process.argv.slice(2).length > 0 ? process.argv.slice(2) : SERVER_SUITES;
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...suites], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}
