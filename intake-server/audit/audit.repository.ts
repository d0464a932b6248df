/** The audit log: who viewed or changed what. Ids, actions and codes only, never personal data. */
import { newId } from '../db/ids.js';
import type { Db } from '../db/schema.js';

/** What the workspace records; `person.*` are the admin's data-protection actions. */
export type AuditAction =
  | 'inbox.viewed'
  | 'inbox.searched'
  | 'application.viewed'
  | 'application.status_changed'
  | 'application.checklist_changed'
  | 'application.note_added'
  | 'application.note_edited'
  | 'application.note_deleted'
  | 'application.handler_changed'
  | 'application.reassigned'
  /** The applicant withdrew her application with the link in her receipt (no account: `accountId` is null). */
  | 'application.withdrawn'
  /** An application held back by its association's hourly budget, released to the coordinators or discarded; and the list of them viewed. */
  | 'application.released'
  | 'application.discarded'
  | 'held.viewed'
  | 'association.exported'
  | 'person.searched'
  | 'person.viewed'
  | 'person.exported'
  | 'person.erased'
  | 'association.created'
  | 'association.changed'
  | 'coordinator.added'
  | 'coordinator.renamed'
  | 'coordinator.removed'
  | 'coordinator.lead_changed'
  | 'reference_data.applied'
  /** Information meetings and the course: sessions, invitations, and what the applicant did with her link (no account). */
  | 'course.session_created'
  | 'course.session_changed'
  | 'course.session_cancelled'
  | 'course.session_viewed'
  | 'course.invited'
  | 'course.booked'
  | 'course.waitlisted'
  | 'course.cancelled'
  | 'course.place_offered'
  | 'course.offer_claimed'
  | 'course.offer_expired'
  | 'course.attendance_marked';

/** A value in an entry's detail; before/after of an association or coordinator change are objects of these. */
type AuditValue = string | number | boolean | null | string[];

export interface AuditEntry {
  /** null: a change made with the admin tool on the server (no account). */
  accountId: string | null;
  action: AuditAction;
  associationId?: string | null;
  applicationId?: string | null;
  /** Codes, counts and ids only. */
  detail?: Record<string, AuditValue | Record<string, AuditValue> | null>;
}

/** Appends one entry; call inside the transaction of the change it records. */
export async function writeAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(at.getTime()),
      at: at.toISOString(),
      account_id: entry.accountId,
      action: entry.action,
      association_id: entry.associationId ?? null,
      application_id: entry.applicationId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** Every entry, oldest first (for the admin tool and tests; the log holds codes and ids, never personal data). */
export function listAuditLog(db: Db) {
  return db.selectFrom('audit_log').selectAll().orderBy('at').orderBy('id').execute();
}
