/** The database as Kysely sees it: one table type per resource, gathered here. */
import type { ApplicationTable } from '../applications/application.table.js';
import type { AssociationTable, CoordinatorTable } from '../associations/association.table.js';
import type { IdempotencyKeyTable } from '../idempotency/idempotency.table.js';
import type { OutboxTable } from '../outbox/outbox.table.js';

export interface Database {
  associations: AssociationTable;
  coordinators: CoordinatorTable;
  applications: ApplicationTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeyTable;
}
