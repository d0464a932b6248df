/** Writes applications. */
import type { Insertable, Transaction } from 'kysely';
import type { ApplicationTable } from './application.table.js';
import type { Application } from '../../contract/index.js';
import type { Database } from '../db/schema.js';
import type { SoftFlag } from '../screening/soft-flags.js';

export interface NewApplication {
  id: string;
  reference: string;
  status: string;
  associationId: string;
  routing: string;
  kommuneNumber: string | null;
  emailKey: string;
  duplicateOf: string | null;
  quarantineReason: string | null;
  confirmedAssociation: boolean;
  receiptDay: string | null;
  flags: SoftFlag[];
  application: Application;
}

const bit = (b: boolean) => (b ? 1 : 0);

/** SQLite allows 32,766 bound values per statement; an application row binds 26. */
const ROWS_PER_INSERT = 500;

/** Inserts new applications. */
export async function insertApplications(trx: Transaction<Database>, list: NewApplication[], now: Date): Promise<void> {
  for (let i = 0; i < list.length; i += ROWS_PER_INSERT) {
    await trx.insertInto('applications').values(list.slice(i, i + ROWS_PER_INSERT).map((n) => toRow(n, now))).execute();
  }
}

function toRow(n: NewApplication, now: Date): Insertable<ApplicationTable> {
  const ts = now.toISOString();
  const a = n.application;
  return {
    id: n.id,
    reference: n.reference,
    requested_association: a.association,
    association_id: n.associationId,
    routing: n.routing,
    status: n.status,
    first_name: a.firstName,
    last_name: a.lastName,
    email: a.email,
    email_key: n.emailKey,
    phone: a.phone,
    postal_code: a.postalCode,
    kommune_number: n.kommuneNumber,
    age_25_or_older: bit(a.age25OrOlder),
    can_commit: bit(a.canCommit),
    will_take_course: bit(a.willTakeCourse),
    will_sign_confidentiality: bit(a.willSignConfidentiality),
    will_show_police_certificate: bit(a.willShowPoliceCertificate),
    motivation: a.motivation,
    languages: a.languages,
    language: a.language,
    flags: JSON.stringify(n.flags),
    duplicate_of: n.duplicateOf,
    quarantine_reason: n.quarantineReason,
    confirmed_association: bit(n.confirmedAssociation),
    receipt_day: n.receiptDay,
    privacy_notice_version: a.privacyNoticeVersion,
    privacy_acknowledged_at: ts,
    created_at: ts,
    updated_at: ts,
    last_activity_at: ts,
  };
}

/** Which of `references` are already stored. */
export async function findTakenReferences(trx: Transaction<Database>, references: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < references.length; i += ROWS_PER_INSERT) {
    // As many bound values per statement as an insert of ROWS_PER_INSERT rows has rows: well within every limit.
    const rows = await trx.selectFrom('applications').select('reference').where('reference', 'in', references.slice(i, i + ROWS_PER_INSERT)).execute();
    for (const r of rows) taken.add(r.reference);
  }
  return taken;
}

/** Records which associations share each application. */
export async function insertApplicationAssociations(
  trx: Transaction<Database>,
  rows: { applicationId: string; associationId: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await trx.insertInto('application_associations').values(chunk.map((r) => ({ application_id: r.applicationId, association_id: r.associationId }))).execute();
  }
}
