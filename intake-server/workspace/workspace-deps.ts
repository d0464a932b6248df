/** What the workspace's routes need, passed in from the application context. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';

export interface WorkspaceDeps {
  db: Kysely<Database>;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** The server's one secret (read once, in context.ts): keys the hashes of addresses in the sign-in throttle. */
  secretKey: string;
  /** Wakes the outbox worker after a commit that queued mail (sign-in links, reassignment notices). */
  onQueued: () => void;
}
