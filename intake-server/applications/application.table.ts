import type { Generated } from 'kysely';

/** Row type of an application. Booleans are stored as 0/1 so one schema serves SQLite and PostgreSQL. */
export interface ApplicationTable {
  id: string;
  reference: string;
  /** The slug the page named, kept even when routing chose another recipient. */
  requested_association: string;
  association_id: string;
  /** Why it went where it went: `page` (the association the page named) or `national_fallback`. */
  routing: string;
  status: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  postal_code: string;
  age_25_or_older: number;
  can_commit: number;
  will_take_course: number;
  will_sign_confidentiality: number;
  will_show_police_certificate: number;
  motivation: string;
  languages: string;
  language: string;
  /** JSON array of soft-flag codes for the coordinator. */
  flags: string;
  privacy_notice_version: string;
  privacy_acknowledged_at: string;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
  kommune_number: string | null;
  /** Lower-cased email, to recognise the same person applying again. */
  email_key: Generated<string>;
  /** Why screening held it back (status `quarantined`); never shown to the applicant. */
  quarantine_reason: string | null;
  /** The earlier application this one repeats (status `duplicate`). */
  duplicate_of: string | null;
  /** 1 when the applicant confirmed or chose the association herself. */
  confirmed_association: Generated<number>;
  /** UTC day (YYYY-MM-DD) the receipt for this application was queued; null when none was (one a day per address). */
  receipt_day: string | null;
  /** The account handling it (null: nobody yet). */
  handled_by: string | null;
  first_contact_at: string | null;
  course_completed_at: string | null;
  confidentiality_signed_at: string | null;
  /** The police certificate was shown (the only thing ever recorded about it): when, and who checked it. */
  police_certificate_presented_at: string | null;
  police_certificate_checked_by: string | null;
  last_reminder_at: string | null;
  escalated_at: string | null;
  /** When it reached ready for matching, declined or withdrawn. */
  closed_at: string | null;
}

/**
 * The associations that share an application (a kommune served by several). Only shared applications have rows:
 * the association on the application row is always one of its owners, and readers take both together.
 */
export interface ApplicationAssociationTable {
  application_id: string;
  association_id: string;
}
