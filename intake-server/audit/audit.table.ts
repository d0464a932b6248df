/** Row type of the audit log: who did what to which application or association, when. */

export interface AuditLogTable {
  id: string;
  at: string;
  account_id: string | null;
  /** e.g. `application.viewed`, `application.status_changed`, `person.exported`, `person.erased`. */
  action: string;
  association_id: string | null;
  application_id: string | null;
  /** JSON with codes only, never personal data. */
  detail: string;
}
