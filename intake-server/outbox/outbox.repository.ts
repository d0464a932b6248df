/** Enqueues, claims and settles outbox rows. Claiming takes a lease so a crashed worker's rows come back. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId } from '../db/ids.js';
import { createRowInserter } from '../db/row-inserter.js';
import type { Database, Db } from '../db/schema.js';
import type { OutgoingMail } from '../mail/mail-kinds.js';
import type { OutboxRow } from './outbox.table.js';
import { signInLinkAtRest } from './sign-in-link-mail.js';

/** A mail to queue, and the application it belongs to (null for alerts). */
export interface MailToEnqueue {
  applicationId: string | null;
  mail: OutgoingMail;
  /** Not due before this time (default: at once). */
  notBefore?: Date;
}

const insertRows = createRowInserter('outbox', [
  'id', 'application_id', 'kind', 'recipients', 'reply_to', 'language', 'payload', 'status', 'attempts', 'next_attempt_at',
  'lease_until', 'last_error', 'created_at', 'sent_at',
], { integers: ['attempts'] });

/**
 * Adds mails to the outbox; call inside the transaction that stores what they are about. A sign-in mail is stored
 * without its token (see `sign-in-link-mail.ts`): its link is made when it leaves.
 */
export async function enqueueMails(db: Db, mails: MailToEnqueue[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  const ts = now.toISOString();
  const payloads: string[] = [];
  for (const { mail: m } of mails) payloads.push(JSON.stringify(m.kind === 'sign_in_link' ? await signInLinkAtRest(db, m.data) : m.data));
  await insertRows(
    db,
    mails.map(({ applicationId, mail: m, notBefore }, i) => ({
      id: newId(),
      application_id: applicationId,
      kind: m.kind,
      recipients: JSON.stringify(m.recipients),
      reply_to: m.replyTo,
      language: m.language,
      payload: payloads[i]!,
      status: 'pending',
      attempts: 0,
      next_attempt_at: notBefore ? notBefore.toISOString() : ts,
      lease_until: null,
      last_error: null,
      created_at: ts,
      sent_at: null,
    })),
  );
}

/** Leases up to `limit` due rows, oldest due first, and counts the attempt. */
export async function claimDue(db: Kysely<Database>, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
  const ts = now.toISOString();
  return db
    .updateTable('outbox')
    .set((eb) => ({ lease_until: new Date(now.getTime() + leaseMs).toISOString(), attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (qb) =>
      qb
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', ts)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', ts)]))
        .orderBy('next_attempt_at')
        .limit(limit),
    )
    // Repeated on the row itself: on PostgreSQL a row another instance leased meanwhile is re-checked against
    // these conditions after that instance commits, and skipped, so no mail is claimed twice.
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', ts)]))
    .returningAll()
    .execute();
}

/** Records a delivered row. */
export async function markSent(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', sent_at: now.toISOString(), lease_until: null, last_error: null }).where('id', '=', id).execute();
}

/** Ids per `in (…)` list: far under every limit on bound values. */
const IDS_PER_STATEMENT = 1000;

/** Records many delivered rows in one statement (one commit for a whole batch). */
export async function markSentMany(db: Db, ids: string[], now: Date): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    await db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: now.toISOString(), lease_until: null, last_error: null })
      .where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT))
      .execute();
  }
}

/**
 * Deletes delivered sign-in mails: once a link has left, its row is worth nothing and would only tell who signed in
 * when. Called with the ids of a batch just recorded as sent; other kinds stay (applicant mail goes with its
 * application, alerts are bookkeeping).
 */
export async function deleteSentSignInMails(db: Db, ids: string[]): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const r = await db
      .deleteFrom('outbox')
      .where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT))
      .where('kind', '=', 'sign_in_link')
      .where('status', '=', 'sent')
      .executeTakeFirst();
    deleted += Number(r.numDeletedRows);
  }
  return deleted;
}

/**
 * The payload field that holds a working link, by mail kind: the receipt's withdrawal link, and the applicant's
 * booking and claim links in the course mails.
 */
const LINK_FIELDS: Readonly<Record<string, string>> = {
  applicant_receipt: 'withdrawUrl',
  course_invitation: 'url',
  course_booked: 'url',
  course_reminder: 'url',
  course_offer: 'url',
};

/** True for a mail kind whose delivered row must lose its link (see `dropSentLinks`). */
export const carriesLink = (kind: string): boolean => Object.hasOwn(LINK_FIELDS, kind);

/**
 * Takes the working link out of delivered mails (second attack, finding 6): once the mail has left, the row is
 * bookkeeping, and a link that erases an application or books, moves or cancels a place must not rest in it for the
 * retention period. Until delivery succeeds (a retry) the row keeps it. Called with the ids of rows just recorded as
 * sent, in the same transaction.
 */
export async function dropSentLinks(db: Db, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('outbox')
      .select(['id', 'kind', 'payload'])
      .where('id', 'in', ids.slice(i, i + IDS_PER_STATEMENT))
      .where('kind', 'in', Object.keys(LINK_FIELDS))
      .where('status', '=', 'sent')
      .execute();
    for (const row of rows) {
      const payload = withoutField(row.payload, LINK_FIELDS[row.kind]!);
      if (payload !== row.payload) await db.updateTable('outbox').set({ payload }).where('id', '=', row.id).execute();
    }
  }
}

/** The payload without `field`; unchanged when it has none (or cannot be read). */
function withoutField(payload: string, field: string): string {
  try {
    const data = JSON.parse(payload) as Record<string, unknown>;
    if (typeof data !== 'object' || data === null || !(field in data)) return payload;
    delete data[field];
    return JSON.stringify(data);
  } catch {
    return payload;
  }
}

/** Releases a row to be tried again at `nextAttemptAt`; the attempt stays counted. */
export async function markRetry(db: Db, id: string, nextAttemptAt: Date, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: nextAttemptAt.toISOString(), lease_until: null, last_error: error })
    .where('id', '=', id)
    .execute();
}

/**
 * Hands a claimed row back as if it had not been claimed: the attempt is not counted. For failures that are the
 * service's own (refused SMTP credentials), which must not use up a mail's attempts.
 */
export async function releaseClaim(db: Db, id: string, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      lease_until: null,
      last_error: error,
      attempts: eb.case().when('attempts', '>', 0).then(eb('attempts', '-', 1)).else(0).end(),
    }))
    .where('id', '=', id)
    .execute();
}

/** Gives up on a row. */
export async function markDead(db: Db, id: string, error: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'dead', lease_until: null, last_error: error }).where('id', '=', id).execute();
}

/**
 * Queues the same mail again for some of its recipients only (those a server deferred with a 4xx while it took the
 * others), keeping the attempts so far (so `maxAttempts` still bounds it) and the creation time (so its age shows).
 */
export async function requeueFor(db: Db, row: OutboxRow, recipients: string[], nextAttemptAt: Date, error: string): Promise<void> {
  await db
    .insertInto('outbox')
    .values({
      ...row,
      id: randomUUID(),
      recipients: JSON.stringify(recipients),
      status: 'pending',
      next_attempt_at: nextAttemptAt.toISOString(),
      lease_until: null,
      last_error: error,
      sent_at: null,
    })
    .execute();
}

/** Counts of rows by status, for health and tests. */
export async function countByStatus(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db.selectFrom('outbox').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
