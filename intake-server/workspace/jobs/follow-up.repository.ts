/** Reads the applications still waiting for contact, and records reminders and escalations on them. */
import type { Transaction } from 'kysely';
import { newId } from '../../db/ids.js';
import type { Database, Db } from '../../db/schema.js';

/** Statuses in which nobody has taken the application up yet: the follow-up watches only these. */
const WAITING_STATUSES = ['new', 'unrouted'] as const;

/** An application nobody has recorded contact with, as the follow-up needs it. */
export interface WaitingApplication {
  id: string;
  reference: string;
  status: string;
  firstName: string;
  postalCode: string;
  kommuneName: string | null;
  associationId: string;
  createdAt: Date;
  /** The last recorded activity (arrival, a note, taking it on, a reassignment): the reminder clock starts here. */
  clockStartsAt: Date;
  lastReminderAt: Date | null;
  escalatedAt: Date | null;
}

const date = (iso: string | null) => (iso ? new Date(iso) : null);

/** Applications without contact and not yet escalated that arrived before `arrivedBefore`, oldest first. */
export async function findWaitingApplications(db: Db, arrivedBefore: Date): Promise<WaitingApplication[]> {
  const rows = await db
    .selectFrom('applications')
    .leftJoin('kommuner', 'kommuner.number', 'applications.kommune_number')
    .select([
      'applications.id',
      'applications.reference',
      'applications.status',
      'applications.first_name',
      'applications.postal_code',
      'kommuner.name as kommune_name',
      'applications.association_id',
      'applications.created_at',
      'applications.last_activity_at',
      'applications.last_reminder_at',
      'applications.escalated_at',
    ])
    .where('applications.status', 'in', [...WAITING_STATUSES])
    .where('applications.first_contact_at', 'is', null)
    .where('applications.escalated_at', 'is', null)
    .where('applications.created_at', '<=', arrivedBefore.toISOString())
    .orderBy('applications.created_at')
    .execute();
  return rows.map((r) => {
    const createdAt = new Date(r.created_at);
    const lastActivity = new Date(r.last_activity_at);
    return {
      id: r.id,
      reference: r.reference,
      status: r.status,
      firstName: r.first_name,
      postalCode: r.postal_code,
      kommuneName: r.kommune_name,
      associationId: r.association_id,
      createdAt,
      clockStartsAt: lastActivity > createdAt ? lastActivity : createdAt,
      lastReminderAt: date(r.last_reminder_at),
      escalatedAt: date(r.escalated_at),
    };
  });
}

/** Conditions that still hold when the bookkeeping is written: no contact, no escalation, still waiting. */
function stillWaiting(db: Db, id: string) {
  return db
    .updateTable('applications')
    .where('id', '=', id)
    .where('first_contact_at', 'is', null)
    .where('escalated_at', 'is', null)
    .where('status', 'in', [...WAITING_STATUSES]);
}

async function addEvent(trx: Transaction<Database>, applicationId: string, kind: 'reminder' | 'escalated', at: Date, detail: Record<string, number>) {
  await trx
    .insertInto('application_events')
    .values({ id: newId(), application_id: applicationId, at: at.toISOString(), account_id: null, kind, detail: JSON.stringify(detail) })
    .execute();
}

/**
 * Records a reminder at `at` unless one was recorded since `dayStart` (or contact was recorded meanwhile): one
 * conditional UPDATE, so of two instances racing only one gets true. Adds the `reminder` event when it does.
 */
export async function recordReminder(trx: Transaction<Database>, id: string, at: Date, dayStart: Date, detail: Record<string, number>): Promise<boolean> {
  const result = await stillWaiting(trx, id)
    .set({ last_reminder_at: at.toISOString() })
    .where((eb) => eb.or([eb('last_reminder_at', 'is', null), eb('last_reminder_at', '<', dayStart.toISOString())]))
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await addEvent(trx, id, 'reminder', at, detail);
  return true;
}

/** Records the escalation at `at`, once per application; adds the `escalated` event when it does. */
export async function recordEscalation(trx: Transaction<Database>, id: string, at: Date, detail: Record<string, number>): Promise<boolean> {
  const result = await stillWaiting(trx, id).set({ escalated_at: at.toISOString() }).executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await addEvent(trx, id, 'escalated', at, detail);
  return true;
}

/** How many reminders an application has had. */
export async function countReminders(db: Db, id: string): Promise<number> {
  const row = await db
    .selectFrom('application_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', '=', id)
    .where('kind', '=', 'reminder')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
