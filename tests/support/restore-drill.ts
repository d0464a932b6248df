/**
 * The restore drill, shared by the SQLite and PostgreSQL variants: applications arrive, a backup is taken while the
 * server runs, the database is lost, the backup is restored, and every acknowledged application is back.
 */
import { expect } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import type { ApplicationAccepted } from '../../contract/index.js';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer } from '../../intake-server/server.js';
import { runAdminProcess } from './run-admin.js';

export interface DrillDatabase {
  env: Record<string, string>;
  /** Throws away the database, as a lost disk or a dropped database would. */
  lose(): Promise<void>;
}

export async function restoreDrill(db: DrillDatabase, backupFile: string): Promise<void> {
  const config = () => readConfig({ PORT: '0', LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9', RATE_LIMIT_PER_IP: '0', ...db.env });
  let server = await startIntakeServer(config(), { startWorker: false });
  const references: string[] = [];
  const post = async (i: number) => {
    const res = await fetch(`${server.url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(validApplication({ email: `drill${i}@example.no` })),
    });
    expect(res.status).toBe(201);
    references.push(((await res.json()) as ApplicationAccepted).reference);
  };
  for (let i = 0; i < 10; i++) await post(i);
  // The backup runs while the server keeps taking applications.
  const [backup] = await Promise.all([runAdminProcess(db.env, 'backup', backupFile), ...Array.from({ length: 10 }, (_, i) => post(10 + i))]);
  expect(backup.code, backup.stderr).toBe(0);
  const inBackup = await server.context.db.selectFrom('applications').select('reference').execute();
  await server.close();

  await db.lose();
  const restore = await runAdminProcess(db.env, 'restore', backupFile);
  expect(restore.code, restore.stderr).toBe(0);

  server = await startIntakeServer(config(), { startWorker: false });
  try {
    const restored = (await server.context.db.selectFrom('applications').select('reference').execute()).map((r) => r.reference).sort();
    // Everything acknowledged before the backup began is back; applications during the backup may or may not be in it.
    expect(restored).toEqual(expect.arrayContaining(references.slice(0, 10)));
    expect(restored.length).toBeGreaterThanOrEqual(10);
    expect(restored.every((r) => references.includes(r))).toBe(true);
    expect(inBackup.length).toBe(20);
    const outbox = await server.context.db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(outbox.n)).toBe(restored.length * 2);
  } finally {
    await server.close();
  }
}
