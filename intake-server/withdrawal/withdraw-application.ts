/** The applicant withdraws her application: it is erased as a privacy erasure erases it, and its coordinators are told (the reference only). */
import type { Kysely } from 'kysely';
import { listSharesOf } from '../applications/application-queries.repository.js';
import { listAssociations } from '../associations/associations.repository.js';
import { listCoordinatorEmailsFor } from '../associations/coordinators.repository.js';
import { writeAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { eraseApplication } from '../privacy/person-data.repository.js';

/**
 * Erases the application with everything attached (keeping one anonymous count), queues a mail with its reference to
 * the coordinators of every association that had it (an application held back by screening reached nobody, so nobody
 * is told), and writes `application.withdrawn` to the audit log: ids and the status, nothing personal. False when the
 * application is not there (already withdrawn, or deleted by retention).
 */
export async function withdrawApplication(db: Kysely<Database>, applicationId: string, now: Date): Promise<{ withdrawn: boolean; queuedMail: boolean }> {
  return withTransaction(db, async (trx) => {
    const shares = await listSharesOf(trx, [applicationId]);
    const row = await eraseApplication(trx, applicationId, now);
    if (!row) return { withdrawn: false, queuedMail: false };
    const associationIds = [...new Set([row.association_id, ...shares.map((s) => s.association_id)])];
    let queuedMail = false;
    if (row.status !== 'quarantined') {
      const byAssociation = await listCoordinatorEmailsFor(trx, associationIds);
      const primary = (await listAssociations(trx)).find((a) => a.id === row.association_id);
      let recipients = [...new Set([...byAssociation.values()].flat())];
      if (recipients.length === 0 && primary) recipients = [primary.contactEmail];
      if (recipients.length > 0) {
        await enqueueMails(
          trx,
          [{ applicationId: null, mail: { kind: 'application_withdrawn', language: primary?.defaultLanguage ?? 'nb', recipients, replyTo: null, data: { reference: row.reference } } }],
          now,
        );
        queuedMail = true;
      }
    }
    await writeAudit(
      trx,
      { accountId: null, action: 'application.withdrawn', associationId: row.association_id, applicationId, detail: { by: 'applicant', status: row.status } },
      now,
    );
    return { withdrawn: true, queuedMail };
  });
}
