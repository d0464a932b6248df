/** Queues the one alert per day that tells the national contact the SMTP server refuses the service's login. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { withTransaction } from '../db/transaction.js';
import { utcDay } from '../lib/time.js';
import { claimAlertKey, nationalAlertAddressing } from './national-alert.js';
import { enqueueMails } from './outbox.repository.js';

/** Whether an alert was queued, and if not, why. */
export type AlertOutcome = 'queued' | 'already_sent' | 'no_national_contact';

/**
 * Queues an `smtp_auth_alert` unless one was already queued today (key `smtp_auth:<UTC day>`).
 *
 * The alert goes through the same outbox and the same SMTP server that refuses the login, so it cannot leave while
 * the failure lasts: it waits with everything else and is delivered once the credentials work again. The error log
 * line written when delivery pauses is what an operator sees at once; the mail tells the national contact afterwards.
 */
export async function queueSmtpAuthAlert(db: Kysely<Database>, now: Date): Promise<AlertOutcome> {
  return withTransaction(db, async (trx) => {
    const to = await nationalAlertAddressing(trx);
    if (!to) return 'no_national_contact';
    if (!(await claimAlertKey(trx, `smtp_auth:${utcDay(now)}`, now))) return 'already_sent';
    await enqueueMails(
      trx,
      [{ applicationId: null, mail: { kind: 'smtp_auth_alert', language: to.language, recipients: to.recipients, replyTo: null, data: { since: now.toISOString() } } }],
      now,
    );
    return 'queued';
  });
}
