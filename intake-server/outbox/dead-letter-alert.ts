/** Tells the national contact about mail given up on: at most one alert an hour, later ones gathered into the next. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { DeadLetterAlertData, DeadLetterCount, MailKind } from '../mail/mail-kinds.js';
import { utcHour } from '../lib/time.js';
import { claimAlertKey, nationalAlertAddressing } from './national-alert.js';
import { enqueueMails } from './outbox.repository.js';

/** Alerts to the national contact never raise alerts of their own when they fail: no loops. */
const ALERT_KINDS: ReadonlySet<string> = new Set<MailKind>(['dead_letter_alert', 'smtp_auth_alert']);

const HOUR_MS = 3_600_000;

/** What `noteDeadLetter` did with a dead letter, for the log line. */
export type DeadLetterNote = 'merged' | 'queued' | 'scheduled' | 'not_alerted' | 'no_national_contact';

/**
 * Records a dead letter (its kind and reason code, never its recipients) for the national contact, inside the
 * transaction that marks the row dead:
 * - an alert still waiting in the outbox (not being sent right now) takes it into its counts;
 * - else the first dead letter of a UTC hour queues an alert at once (key `dead_letter:<hour>`);
 * - else that hour's alert has gone, and a new one is scheduled for the start of the next hour, gathering what comes.
 * Dead alerts themselves are not reported.
 */
export async function noteDeadLetter(trx: Transaction<Database>, dead: { kind: string; reason: string }, now: Date): Promise<DeadLetterNote> {
  if (ALERT_KINDS.has(dead.kind)) return 'not_alerted';
  const ts = now.toISOString();
  const waiting = await trx
    .selectFrom('outbox')
    .select(['id', 'payload'])
    .where('kind', '=', 'dead_letter_alert')
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', ts)]))
    .orderBy('next_attempt_at', 'desc')
    .executeTakeFirst();
  if (waiting) {
    const payload = JSON.stringify(addTo(parseAlert(waiting.payload), dead));
    await trx.updateTable('outbox').set({ payload }).where('id', '=', waiting.id).execute();
    return 'merged';
  }

  const to = await nationalAlertAddressing(trx);
  if (!to) return 'no_national_contact';
  const nextHour = new Date((Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS);
  let notBefore: Date | undefined;
  if (!(await claimAlertKey(trx, `dead_letter:${utcHour(now)}`, now))) {
    // This hour's alert has already gone out. Nothing else is waiting, so the next hour's slot is free.
    if (!(await claimAlertKey(trx, `dead_letter:${utcHour(nextHour)}`, now))) return 'not_alerted';
    notBefore = nextHour;
  }
  const data = addTo({ count: 0, kinds: [], reasons: [], breakdown: [] }, dead);
  await enqueueMails(
    trx,
    [{ applicationId: null, mail: { kind: 'dead_letter_alert', language: to.language, recipients: to.recipients, replyTo: null, data }, ...(notBefore ? { notBefore } : {}) }],
    now,
  );
  return notBefore ? 'scheduled' : 'queued';
}

function parseAlert(payload: string): DeadLetterAlertData {
  try {
    const d = JSON.parse(payload) as DeadLetterAlertData;
    return { count: d.count, kinds: d.kinds, reasons: d.reasons, breakdown: d.breakdown ?? [] };
  } catch {
    return { count: 0, kinds: [], reasons: [], breakdown: [] };
  }
}

function addTo(d: DeadLetterAlertData, dead: { kind: string; reason: string }): DeadLetterAlertData {
  const breakdown: DeadLetterCount[] = (d.breakdown ?? []).map((l) => ({ ...l }));
  const line = breakdown.find((l) => l.kind === dead.kind && l.reason === dead.reason);
  if (line) line.count++;
  else breakdown.push({ kind: dead.kind, reason: dead.reason, count: 1 });
  return {
    count: d.count + 1,
    kinds: d.kinds.includes(dead.kind) ? d.kinds : [...d.kinds, dead.kind],
    reasons: d.reasons.includes(dead.reason) ? d.reasons : [...d.reasons, dead.reason],
    breakdown,
  };
}
