/** Row types of an application's follow-up: the coordinators' notes and the history of what happened to it. */

export interface ApplicationNoteTable {
  id: string;
  application_id: string;
  account_id: string;
  body: string;
  created_at: string;
}

export interface ApplicationEventTable {
  id: string;
  application_id: string;
  at: string;
  account_id: string | null;
  /** e.g. `status`, `checklist`, `reassigned`, `reminder`, `escalated`. */
  kind: string;
  /** JSON with codes and dates only. */
  detail: string;
}
