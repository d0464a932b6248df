/** Enqueues, claims and settles outbox rows. Claiming takes a lease so a crashed worker's rows come back. */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { OutgoingMail } from '../mail/mail-kinds.js';
import type { OutboxRow } from './outbox.table.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface MailToEnqueue {
  applicationId: string | null;
  mail: OutgoingMail;
}

/** SQLite allows 32,766 bound values per statement; an outbox row binds 14. */
const ROWS_PER_INSERT = 1000;

/** Adds mails to the outbox; call inside the transaction that stores what they are about. */
export async function enqueueMails(db: Db, mails: MailToEnqueue[], now: Date): Promise<void> {
  for (let i = 0; i < mails.length; i += ROWS_PER_INSERT) await insertChunk(db, mails.slice(i, i + ROWS_PER_INSERT), now);
}

async function insertChunk(db: Db, mails: MailToEnqueue[], now: Date): Promise<void> {
  if (mails.length === 0) return;
  const ts = now.toISOString();
  await db
    .insertInto('outbox')
    .values(
      mails.map(({ applicationId, mail: m }) => ({
        id: randomUUID(),
        application_id: applicationId,
        kind: m.kind,
        recipients: JSON.stringify(m.recipients),
        reply_to: m.replyTo,
        language: m.language,
        payload: JSON.stringify(m.data),
        status: 'pending',
        attempts: 0,
        next_attempt_at: ts,
        lease_until: null,
        last_error: null,
        created_at: ts,
        sent_at: null,
      })),
    )
    .execute();
}

/** Leases up to `limit` due rows and counts the attempt. */
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
    .returningAll()
    .execute();
}

export async function markSent(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', sent_at: now.toISOString(), lease_until: null, last_error: null }).where('id', '=', id).execute();
}

export async function markRetry(db: Kysely<Database>, id: string, nextAttemptAt: Date, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: nextAttemptAt.toISOString(), lease_until: null, last_error: error })
    .where('id', '=', id)
    .execute();
}

export async function markDead(db: Kysely<Database>, id: string, error: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'dead', lease_until: null, last_error: error }).where('id', '=', id).execute();
}

/** Counts of rows by status, for health and tests. */
export async function countByStatus(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db.selectFrom('outbox').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
