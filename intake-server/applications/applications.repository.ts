/** Writes applications. */
import type { Insertable, Transaction } from 'kysely';
import type { ApplicationTable } from './application.table.js';
import type { Application } from '../../contract/index.js';
import { createRowInserter } from '../db/row-inserter.js';
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

/** Values per `in (…)` list or share rows per insert: far under every limit on bound values. */
const PER_STATEMENT = 500;

/** The columns a new application writes, in the order of the statement. */
const COLUMNS = [
  'id', 'reference', 'requested_association', 'association_id', 'routing', 'status', 'first_name', 'last_name', 'email',
  'email_key', 'phone', 'postal_code', 'kommune_number', 'age_25_or_older', 'can_commit', 'will_take_course',
  'will_sign_confidentiality', 'will_show_police_certificate', 'motivation', 'languages', 'language', 'flags',
  'duplicate_of', 'quarantine_reason', 'confirmed_association', 'receipt_day', 'privacy_notice_version',
  'privacy_acknowledged_at', 'created_at', 'updated_at', 'last_activity_at',
] as const;
type NewRow = { [K in (typeof COLUMNS)[number]]: Insertable<ApplicationTable>[K] };

const insertRows = createRowInserter('applications', COLUMNS);

/** Inserts new applications. */
export async function insertApplications(trx: Transaction<Database>, list: NewApplication[], now: Date): Promise<void> {
  await insertRows(trx, list.map((n) => toRow(n, now)));
}

function toRow(n: NewApplication, now: Date): NewRow {
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
  for (let i = 0; i < references.length; i += PER_STATEMENT) {
    const rows = await trx.selectFrom('applications').select('reference').where('reference', 'in', references.slice(i, i + PER_STATEMENT)).execute();
    for (const r of rows) taken.add(r.reference);
  }
  return taken;
}

/** Records which associations share each application. */
export async function insertApplicationAssociations(
  trx: Transaction<Database>,
  rows: { applicationId: string; associationId: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += PER_STATEMENT) {
    const chunk = rows.slice(i, i + PER_STATEMENT);
    await trx.insertInto('application_associations').values(chunk.map((r) => ({ application_id: r.applicationId, association_id: r.associationId }))).execute();
  }
}
