/**
 * Passing an application on to another association, after the coordinator confirmed it and gave a reason: it
 * becomes that association's alone, nobody handles it yet, an unassigned one becomes new, the new association's
 * coordinators get a minimal notice and the applicant is told who will contact her now, all in one commit. The
 * reason is kept in the application's history (exported and erased with it); the audit log records only that one was
 * given, since a coordinator's words may be about the applicant (second attack, finding 2).
 */
import type { Kysely } from 'kysely';
import { moveToAssociation } from '../applications/application-changes.repository.js';
import type { Association } from '../associations/association.js';
import { listCoordinatorEmails } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { isSingleAddress } from '../mail/single-address.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { writeAudit } from '../audit/audit.repository.js';
import { addEvent } from './events.repository.js';
import { applicantMail } from './applicant-mail.js';
import type { WorkspaceApplication } from '../applications/application.js';

export interface Reassignment {
  application: WorkspaceApplication;
  to: Association;
  accountId: string;
  /** Why, in the coordinator's words: kept with the application's history, never mailed, never in the audit log. */
  reason: string;
  /** Base of the link in the notice (the service's public URL). */
  publicUrl: string;
}

/** Moves the application and queues the mails; resolves to true when any mail was queued. */
export async function reassignApplication(db: Kysely<Database>, r: Reassignment, at: Date): Promise<boolean> {
  const { application: a, to } = r;
  return withTransaction(db, async (trx) => {
    await moveToAssociation(trx, a, to.id, at);
    await addEvent(trx, a.id, r.accountId, 'reassigned', { from: a.associationId, to: to.id, reason: r.reason }, at);
    await writeAudit(trx, { accountId: r.accountId, action: 'application.reassigned', associationId: to.id, applicationId: a.id, detail: { from: a.associationId, to: to.id, reasonGiven: true } }, at);

    const toApplicant = applicantMail(a, 'applicant_reassigned', to);
    if (toApplicant) await enqueueMails(trx, [toApplicant], at);
    const recipients = (await listCoordinatorEmails(trx, to.id)).filter(isSingleAddress);
    if (recipients.length === 0) return toApplicant !== null;
    const kommune = a.kommuneNumber ? await trx.selectFrom('kommuner').select('name').where('number', '=', a.kommuneNumber).executeTakeFirst() : undefined;
    await enqueueMails(
      trx,
      [
        {
          applicationId: a.id,
          mail: {
            kind: 'reassigned_notice',
            language: to.defaultLanguage,
            recipients,
            replyTo: to.contactEmail,
            data: {
              reference: a.reference,
              firstName: a.firstName,
              postalCode: a.postalCode,
              kommuneName: kommune?.name ?? null,
              associationName: to.name,
              applicationUrl: `${r.publicUrl}/koordinator/soknader/${a.id}`,
            },
          },
        },
      ],
      at,
    );
    return true;
  });
}
