/** Runs the retention rules now and then while the server runs. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';
import { purgeExpired } from './purge-expired.js';

export interface MaintenanceJob {
  start(): void;
  stop(): void;
  /** One pass, for tests and for the first run at start. */
  runOnce(): Promise<void>;
}

export function createMaintenanceJob(db: Kysely<Database>, config: Config, logger: Logger, now: () => Date, intervalMs = 10 * 60_000): MaintenanceJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  async function runOnce(): Promise<void> {
    try {
      const counts = await purgeExpired(db, now(), config.retention);
      logger.info('retention pass', { ...counts });
    } catch (err) {
      logger.error('retention pass failed', { errorCode: String((err as { code?: unknown }).code ?? (err as Error).name) });
    }
  }
  return {
    start() {
      timer ??= setInterval(() => {
        running ??= runOnce().finally(() => (running = undefined));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
    runOnce,
  };
}
