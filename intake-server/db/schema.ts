/** The database as Kysely sees it: one table type per resource, gathered here, and `Db`, the handle repositories take. */
import type { Kysely, Transaction } from 'kysely';
import type { ApplicationAssociationTable, ApplicationTable } from '../applications/application.table.js';
import type { AssociationKommuneTable, AssociationPostalRangeTable, AssociationTable, CoordinatorTable } from '../associations/association.table.js';
import type { IdempotencyKeyTable } from '../idempotency/idempotency.table.js';
import type { AlertSentTable, OutboxTable } from '../outbox/outbox.table.js';
import type { KommuneTable, PostalCodeTable } from '../reference-data/reference-data.table.js';
import type { AccountTable, PasskeyTable, SessionTable, SignInLinkTable, WebauthnChallengeTable } from '../accounts/accounts.table.js';
import type { AuditLogTable } from '../audit/audit.table.js';
import type { RetentionCountTable } from '../figures/figures.table.js';
import type { ApplicationEventTable, ApplicationNoteTable } from '../follow-up/follow-up.table.js';
import type { JobLockTable } from '../jobs/jobs.table.js';
import type { WidgetCountTable } from '../widget-counts/widget-counts.table.js';
import type { RateLimitTable, UsedChallengeTable } from '../screening/screening.table.js';
import type { RoutingGenerationTable } from '../routing/routing-generation.table.js';
import type { CourseBookingTable, CourseInvitationTable, CourseSessionShareTable, CourseSessionTable } from '../course-sessions/course-sessions.table.js';

/**
 * What repositories take: the pool, or a transaction started from it (Kysely's `Transaction` extends `Kysely`, so a
 * function that must run inside a transaction takes `Transaction<Database>` instead).
 */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Database {
  associations: AssociationTable;
  coordinators: CoordinatorTable;
  association_kommuner: AssociationKommuneTable;
  association_postal_ranges: AssociationPostalRangeTable;
  applications: ApplicationTable;
  application_associations: ApplicationAssociationTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeyTable;
  kommuner: KommuneTable;
  postal_codes: PostalCodeTable;
  used_challenges: UsedChallengeTable;
  rate_limits: RateLimitTable;
  alerts_sent: AlertSentTable;
  accounts: AccountTable;
  sign_in_links: SignInLinkTable;
  sessions: SessionTable;
  passkeys: PasskeyTable;
  webauthn_challenges: WebauthnChallengeTable;
  application_notes: ApplicationNoteTable;
  application_events: ApplicationEventTable;
  audit_log: AuditLogTable;
  widget_counts: WidgetCountTable;
  retention_counts: RetentionCountTable;
  job_locks: JobLockTable;
  course_sessions: CourseSessionTable;
  course_session_shares: CourseSessionShareTable;
  course_invitations: CourseInvitationTable;
  course_bookings: CourseBookingTable;
  routing_generation: RoutingGenerationTable;
}
