/**
 * Declining an application, after the coordinator confirmed it and gave a reason: the status, the history (with the
 * reason, which is never mailed), the audit entry (that a reason was given, not its words: they may be about her) and
 * the kind, short mail to the applicant, all in one commit.
 */
import type { Kysely } from 'kysely';
import { changeStatus } from '../applications/application-changes.repository.js';
import type { Association } from '../associations/association.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { writeAudit } from '../audit/audit.repository.js';
import { applicantMail } from './applicant-mail.js';
import type { WorkspaceApplication } from '../applications/application.js';

export interface Decline {
  application: WorkspaceApplication;
  /** The association that has the application: the mail names it and replies go to it. */
  association: Association;
  accountId: string;
  reason: string;
}

/** Declines the application; resolves to true when a mail to the applicant was queued. */
export async function declineApplication(db: Kysely<Database>, d: Decline, at: Date): Promise<boolean> {
  const { application: a } = d;
  return withTransaction(db, async (trx) => {
    await changeStatus(trx, a, 'declined', d.accountId, at, d.reason);
    await writeAudit(
      trx,
      { accountId: d.accountId, action: 'application.status_changed', associationId: a.associationId, applicationId: a.id, detail: { from: a.status, to: 'declined', reasonGiven: true } },
      at,
    );
    const mail = applicantMail(a, 'applicant_closed', d.association);
    if (!mail) return false;
    await enqueueMails(trx, [mail], at);
    return true;
  });
}
