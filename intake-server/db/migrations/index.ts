/** Every migration, registered in code in the order they run. Names sort; never rename or edit one. */
import type { Migration } from 'kysely';
import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-routing-and-screening.js';
import { migration0003 } from './0003-receipt-day.js';
import { migration0004 } from './0004-coordinator-workspace.js';
import { migration0006 } from './0006-at-rest.js';
import { migration0007 } from './0007-lead-coordinators.js';
import { migration0008 } from './0008-course-sessions.js';
import { migration0009 } from './0009-reasons-and-receipts-at-rest.js';
import { migration0010 } from './0010-routing-generation.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': migration0001,
  '0002-routing-and-screening': migration0002,
  '0003-receipt-day': migration0003,
  '0004-coordinator-workspace': migration0004,
  '0006-at-rest': migration0006,
  '0007-lead-coordinators': migration0007,
  '0008-course-sessions': migration0008,
  '0009-reasons-and-receipts-at-rest': migration0009,
  '0010-routing-generation': migration0010,
};
