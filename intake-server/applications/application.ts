/** An application as coordinators see it (the domain type the workspace, the follow-up and privacy use), mapped from its row. */
import type { Selectable } from 'kysely';
import { parseJsonColumn } from '../associations/association.js';
import type { ApplicationTable } from './application.table.js';
import { SOFT_FLAGS, type SoftFlag } from '../screening/soft-flags.js';
import type { ApplicationStatus } from '../follow-up/statuses.js';
import type { Language } from '../../contract/index.js';

export type ApplicationRow = Selectable<ApplicationTable>;

/** The applicant's five yes/no answers. */
export interface Answers {
  age25OrOlder: boolean;
  canCommit: boolean;
  willTakeCourse: boolean;
  willSignConfidentiality: boolean;
  willShowPoliceCertificate: boolean;
}

/** The checklist with its dates (YYYY-MM-DD). The police certificate is only ever "presented, when, checked by". */
export interface Checklist {
  courseCompletedOn: string | null;
  confidentialitySignedOn: string | null;
  policeCertificate: { presentedOn: string; checkedBy: string } | null;
}

export interface WorkspaceApplication {
  id: string;
  reference: string;
  status: ApplicationStatus;
  associationId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** The language she applied in: mails to her are written in it. */
  language: Language;
  postalCode: string;
  kommuneNumber: string | null;
  answers: Answers;
  motivation: string;
  languages: string;
  flags: SoftFlag[];
  privacyNoticeVersion: string;
  privacyAcknowledgedAt: string;
  createdAt: string;
  lastActivityAt: string;
  duplicateOf: string | null;
  handledBy: string | null;
  firstContactAt: string | null;
  closedAt: string | null;
  checklist: Checklist;
}

/** The soft flags of the JSON column; unknown codes are dropped rather than shown raw. */
export function parseFlags(column: string): SoftFlag[] {
  return parseJsonColumn<unknown[]>(column, []).filter((f): f is SoftFlag => (SOFT_FLAGS as readonly unknown[]).includes(f));
}

/** Maps a row to the domain shape. */
export function toWorkspaceApplication(row: ApplicationRow): WorkspaceApplication {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status as ApplicationStatus,
    associationId: row.association_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    language: (['nb', 'nn', 'en'].includes(row.language) ? row.language : 'nb') as Language,
    postalCode: row.postal_code,
    kommuneNumber: row.kommune_number,
    answers: {
      age25OrOlder: row.age_25_or_older === 1,
      canCommit: row.can_commit === 1,
      willTakeCourse: row.will_take_course === 1,
      willSignConfidentiality: row.will_sign_confidentiality === 1,
      willShowPoliceCertificate: row.will_show_police_certificate === 1,
    },
    motivation: row.motivation,
    languages: row.languages,
    flags: parseFlags(row.flags),
    privacyNoticeVersion: row.privacy_notice_version,
    privacyAcknowledgedAt: row.privacy_acknowledged_at,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    duplicateOf: row.duplicate_of,
    handledBy: row.handled_by,
    firstContactAt: row.first_contact_at,
    closedAt: row.closed_at,
    checklist: {
      courseCompletedOn: row.course_completed_at,
      confidentialitySignedOn: row.confidentiality_signed_at,
      policeCertificate: row.police_certificate_presented_at
        ? { presentedOn: row.police_certificate_presented_at, checkedBy: row.police_certificate_checked_by ?? '' }
        : null,
    },
  };
}
