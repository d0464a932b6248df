/**
 * Releasing or discarding an application held back by its association's hourly budget (second attack, finding 1).
 * Release makes it what it would have been had the budget not been spent: routed as the associations are now, a new
 * (or unassigned) application, or a repeat of a live one she sent earlier; the coordinators' notice and her receipt
 * (with the withdrawal link) go out through the outbox, the receipt only now, so that a budget flood with made-up
 * addresses never becomes a flood of receipts. Discarding deletes it. Both are audited, in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Staff } from '../accounts/staff.js';
import { writeAudit } from '../audit/audit.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { DAY_MS, utcDay } from '../lib/time.js';
import { enqueueMails, type MailToEnqueue } from '../outbox/outbox.repository.js';
import { routeApplication } from '../routing/route-application.js';
import { findAssociationById } from '../associations/associations.repository.js';
import { withdrawalUrl } from '../withdrawal/withdrawal-link.js';
import { toWorkspaceApplication } from './application.js';
import { canSee, earlierSharing, findEarlierApplications, insertApplicationAssociations } from './applications.repository.js';
import { discardHeld, findHeld, releaseHeld, type Release } from './held-applications.repository.js';
import { applicantReceipt, coordinatorNotice } from './intake-mails.js';

export interface HeldDeps {
  publicUrl: string;
  secretKey: string;
  duplicateWindowDays: number;
  retentionMonths: number;
}

/** `done`; `gone` when it is not held (any more) or not the person's to see: both answer 404. */
export type HeldOutcome = { done: true; queuedMail: boolean } | { done: false };

/** Releases a held application; see the file comment. */
export async function releaseHeldApplication(db: Kysely<Database>, staff: Staff, id: string, deps: HeldDeps, at: Date): Promise<HeldOutcome> {
  return withTransaction(db, async (trx) => {
    const row = await findHeld(trx, id);
    if (!row || !canSee(staff, row.association_id)) return { done: false };
    const a = toWorkspaceApplication(row);
    // The slug she confirmed is the association it went to then (`routing` confirmed); otherwise routing decides again.
    const confirmedSlug = row.routing === 'confirmed' ? ((await findAssociationById(trx, row.association_id))?.slug ?? '') : '';
    const route = await routeApplication(trx, { pageAssociation: row.requested_association, confirmedAssociation: confirmedSlug, postalCode: row.postal_code });
    const owners = [route.primary.id, ...route.associations.map((x) => x.id)];
    const since = new Date(at.getTime() - deps.duplicateWindowDays * DAY_MS);
    const { earlier, receiptedToday } = await findEarlierApplications(trx, [row.email_key], deps.duplicateWindowDays > 0 ? since : at, utcDay(at));
    const duplicateOf = deps.duplicateWindowDays > 0 ? (earlierSharing(earlier.get(row.email_key), owners)?.id ?? null) : null;
    const sendReceipt = !receiptedToday.has(row.email_key);
    const release: Release = {
      status: duplicateOf ? 'duplicate' : route.routing === 'national_fallback' ? 'unrouted' : 'new',
      associationId: route.primary.id,
      routing: route.routing,
      kommuneNumber: route.kommune?.number ?? null,
      duplicateOf,
      receiptDay: sendReceipt ? utcDay(at) : null,
    };
    if (!(await releaseHeld(trx, id, release, at))) return { done: false };
    if (route.associations.length > 1) await insertApplicationAssociations(trx, route.associations.map((x) => ({ applicationId: id, associationId: x.id })));
    const mails: MailToEnqueue[] = [];
    if (!duplicateOf) mails.push({ applicationId: id, mail: coordinatorNotice(id, a.reference, a, route, a.flags, deps.publicUrl) });
    if (sendReceipt) {
      // The link expires as if the receipt had gone when she applied.
      const withdrawUrl = withdrawalUrl(deps.publicUrl, deps.secretKey, { applicationId: id, language: a.language, at: new Date(a.createdAt), retentionMonths: deps.retentionMonths });
      mails.push({ applicationId: id, mail: applicantReceipt(a.reference, a, route, withdrawUrl) });
    }
    await enqueueMails(trx, mails, at);
    await writeAudit(trx, { accountId: staff.accountId, action: 'application.released', associationId: route.primary.id, applicationId: id, detail: { from: row.association_id, status: release.status } }, at);
    return { done: true, queuedMail: mails.length > 0 };
  });
}

/** Discards (deletes) a held application. */
export async function discardHeldApplication(db: Kysely<Database>, staff: Staff, id: string, at: Date): Promise<HeldOutcome> {
  return withTransaction(db, async (trx) => {
    const row = await findHeld(trx, id);
    if (!row || !canSee(staff, row.association_id)) return { done: false };
    if (!(await discardHeld(trx, id))) return { done: false };
    await writeAudit(trx, { accountId: staff.accountId, action: 'application.discarded', associationId: row.association_id, applicationId: id }, at);
    return { done: true, queuedMail: false };
  });
}
