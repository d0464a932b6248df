/** Writes applications. */
import type { Transaction } from 'kysely';
import type { Application } from '../../contract/index.js';
import type { Database } from '../db/schema.js';
import type { SoftFlag } from '../screening/soft-flags.js';

export interface NewApplication {
  id: string;
  reference: string;
  associationId: string;
  routing: string;
  flags: SoftFlag[];
  application: Application;
}

const bit = (b: boolean) => (b ? 1 : 0);

/** SQLite allows 32,766 bound values per statement; an application row binds 26. */
const ROWS_PER_INSERT = 500;

/** Inserts new applications with status `new`. */
export async function insertApplications(trx: Transaction<Database>, list: NewApplication[], now: Date): Promise<void> {
  for (let i = 0; i < list.length; i += ROWS_PER_INSERT) {
    await trx.insertInto('applications').values(list.slice(i, i + ROWS_PER_INSERT).map((n) => toRow(n, now))).execute();
  }
}

function toRow(n: NewApplication, now: Date) {
  const ts = now.toISOString();
  const a = n.application;
  return {
  id: n.id,
  reference: n.reference,
  requested_association: a.association,
  association_id: n.associationId,
  routing: n.routing,
  status: 'new',
  first_name: a.firstName,
  last_name: a.lastName,
  email: a.email,
  phone: a.phone,
  postal_code: a.postalCode,
  age_25_or_older: bit(a.age25OrOlder),
  can_commit: bit(a.canCommit),
  will_take_course: bit(a.willTakeCourse),
  will_sign_confidentiality: bit(a.willSignConfidentiality),
  will_show_police_certificate: bit(a.willShowPoliceCertificate),
  motivation: a.motivation,
  languages: a.languages,
  language: a.language,
  flags: JSON.stringify(n.flags),
  privacy_notice_version: a.privacyNoticeVersion,
  privacy_acknowledged_at: ts,
  created_at: ts,
  updated_at: ts,
    last_activity_at: ts,
  };
}
