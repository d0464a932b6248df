/** The follow-up job: reminds coordinators of applicants nobody has contacted, and tells the national contact at last. */
import type { Kysely } from 'kysely';
import { recordEscalation, recordReminder } from '../applications/application-changes.repository.js';
import { findWaitingApplications, type WaitingApplication } from '../applications/application-queries.repository.js';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { DAY_MS, startOfOsloDay } from '../lib/time.js';
import type { FollowUpApplicant } from '../mail/mail-kinds.js';
import { enqueueMails } from '../outbox/outbox.repository.js';
import { escalationAddressing, reminderAddressing, type FollowUpAddressing } from './follow-up-addressing.js';
import { daysWaiting, followUpActionAt, type FollowUpRules } from './follow-up-schedule.js';
import { countReminders } from './follow-up.repository.js';

/** What the follow-up job needs. */
export interface FollowUpDeps {
  db: Kysely<Database>;
  /** Base of the links in the mails. */
  publicUrl: string;
  rules: FollowUpRules;
  /** Wakes the outbox worker after mail was queued. */
  onQueued: () => void;
}

/** What one run did, for the log. */
export interface FollowUpCounts {
  reminders: number;
  escalations: number;
  /** Due, but nobody to write to (no coordinator, association mailbox or national contact). */
  unaddressed: number;
}

/**
 * One follow-up pass at `at`. Each reminder or escalation is committed with its mail in the outbox and its
 * `application_events` row in one transaction, under a conditional UPDATE that makes it happen once even when
 * several instances run the job at the same moment.
 */
export async function runFollowUp(deps: FollowUpDeps, at: Date): Promise<FollowUpCounts> {
  const { db, rules } = deps;
  const counts: FollowUpCounts = { reminders: 0, escalations: 0, unaddressed: 0 };
  // A working day is at least a calendar day, so nothing younger than this many calendar days can be due.
  const soonest = Math.min(rules.reminderWorkingDays, rules.escalationDays);
  const waiting = await findWaitingApplications(db, new Date(at.getTime() - soonest * DAY_MS));
  for (const application of waiting) {
    const action = followUpActionAt(application, at, rules);
    if (action === 'remind') await remind(deps, application, at, counts);
    else if (action === 'escalate') await escalate(deps, application, at, counts);
  }
  if (counts.reminders + counts.escalations > 0) deps.onQueued();
  return counts;
}

function describe(deps: FollowUpDeps, a: WaitingApplication, to: FollowUpAddressing, at: Date): FollowUpApplicant {
  return {
    reference: a.reference,
    firstName: a.firstName,
    postalCode: a.postalCode,
    kommuneName: a.kommuneName,
    associationName: to.associationName,
    daysWaiting: daysWaiting(a.createdAt, at),
    applicationUrl: `${deps.publicUrl}/koordinator/soknader/${a.id}`,
    fallback: a.status === 'unrouted',
  };
}

async function remind(deps: FollowUpDeps, a: WaitingApplication, at: Date, counts: FollowUpCounts): Promise<void> {
  const to = await reminderAddressing(deps.db, a.id, a.associationId);
  if (!to) {
    counts.unaddressed++;
    return;
  }
  const data = { ...describe(deps, a, to, at), escalationDays: deps.rules.escalationDays };
  const done = await withTransaction(deps.db, async (trx) => {
    if (!(await recordReminder(trx, a.id, at, startOfOsloDay(at), { days: data.daysWaiting, recipients: to.recipients.length }))) return false;
    await enqueueMails(trx, [{ applicationId: a.id, mail: { kind: 'follow_up_reminder', language: to.language, recipients: to.recipients, replyTo: to.replyTo, data } }], at);
    return true;
  });
  if (done) counts.reminders++;
}

async function escalate(deps: FollowUpDeps, a: WaitingApplication, at: Date, counts: FollowUpCounts): Promise<void> {
  const to = await escalationAddressing(deps.db, a.associationId);
  if (!to) {
    // Not recorded as escalated: it goes out once a national contact exists.
    counts.unaddressed++;
    return;
  }
  const data = { ...describe(deps, a, to, at), remindersSent: await countReminders(deps.db, a.id) };
  const done = await withTransaction(deps.db, async (trx) => {
    if (!(await recordEscalation(trx, a.id, at, { days: data.daysWaiting, reminders: data.remindersSent }))) return false;
    await enqueueMails(trx, [{ applicationId: a.id, mail: { kind: 'follow_up_escalation', language: to.language, recipients: to.recipients, replyTo: to.replyTo, data } }], at);
    return true;
  });
  if (done) counts.escalations++;
}
