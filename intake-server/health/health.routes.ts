/**
 * HTTP: `GET /healthz` (the process answers: liveness) and `GET /readyz` (it can take applications: the database
 * answers, and the outbox's state for monitoring). Counts only, no personal data; never cached.
 */
import type { Kysely } from 'kysely';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { Database } from '../db/schema.js';
import type { OutboxWorker } from '../outbox/outbox.worker.js';
import { readiness } from './readiness.js';

export interface HealthDeps {
  db: Kysely<Database>;
  worker: Pick<OutboxWorker, 'isPaused'>;
  now: () => Date;
  /** False once a graceful stop has begun: a load balancer should send traffic elsewhere. */
  accepting: () => boolean;
}

export function createHealthRoutes(deps: HealthDeps) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json({ ok: true });
    })
    .get('/readyz', async (c) => {
      c.header('Cache-Control', 'no-store');
      if (!deps.accepting()) return c.json({ ready: false, reason: 'stopping' }, 503);
      try {
        const outbox = await readiness(deps.db, deps.worker, deps.now());
        return c.json({ ready: true, outbox });
      } catch {
        return c.json({ ready: false, reason: 'database' }, 503);
      }
    });
}
