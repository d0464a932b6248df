/**
 * pg_dump and pg_restore get the database's password by their environment (PGPASSWORD), never on their command line,
 * which every user of the host can read (ps, /proc/PID/cmdline). Stand-ins for the two programs record what they get.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { testDatabaseEnv } from '../test-support.js';
import { runAdmin } from './run-admin.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rv-pgtools-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('hands pg_dump and pg_restore the password by PGPASSWORD and a URL without it', async () => {
  const tcp = (await testDatabaseEnv()).DATABASE_URL!;
  // The test cluster trusts every local connection, so the password is checked by nobody but this test.
  const withPassword = tcp.replace('postgres://postgres@', 'postgres://postgres:S3cr%40t-pw@');
  expect(withPassword).not.toBe(tcp);
  const log = join(dir, 'calls.log');
  for (const tool of ['pg_dump', 'pg_restore']) {
    writeFileSync(join(dir, tool), `#!/bin/sh\nprintf '%s|%s|%s\\n' "${tool}" "$*" "$PGPASSWORD" >> '${log}'\n`);
    chmodSync(join(dir, tool), 0o755);
  }
  const env = { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', PG_BIN: dir, DATABASE_URL: withPassword };
  let stderr = '';
  const code = await runAdmin(['backup', join(dir, 'intake-backup')], { env, stdout: () => {}, stderr: (t) => (stderr += t) });
  expect(code, stderr).toBe(0);

  const calls = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split('|'));
  expect(calls.map(([tool]) => tool)).toEqual(['pg_dump', 'pg_restore']);
  const [, dumpArgs, dumpPassword] = calls[0]!;
  expect(dumpArgs).toContain(tcp);
  expect(dumpArgs).not.toContain('S3cr');
  expect(dumpPassword).toBe('S3cr@t-pw');
});
