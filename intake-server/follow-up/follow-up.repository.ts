/** Reads how many reminders an application has had. The applications waiting for contact are read and marked in applications/. */
import type { Db } from '../db/schema.js';

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
