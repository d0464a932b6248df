/** Every migration, registered in code in the order they run. Names sort; never rename or edit one. */
import type { Migration } from 'kysely';
import { migration0001 } from './0001-initial.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': migration0001,
};
