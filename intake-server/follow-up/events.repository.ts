/** The history of an application: status changes, checklist dates, handler, reassignment. Codes and dates only. */
import { parseJsonColumn } from '../associations/association.js';
import { newId } from '../db/ids.js';
import type { Db } from '../db/schema.js';

/** The kinds this workspace writes; the follow-up jobs add `reminder` and `escalated`. */
export type EventKind = 'status' | 'checklist' | 'handler' | 'reassigned' | 'note';

export type EventDetail = Record<string, string | null>;

export interface ApplicationEvent {
  at: string;
  kind: string;
  /** The name of the account that made the change; null for the service's own events. */
  by: string | null;
  detail: EventDetail;
}

/** Records one event. */
export async function addEvent(db: Db, applicationId: string, accountId: string | null, kind: EventKind, detail: EventDetail, at: Date): Promise<void> {
  await db
    .insertInto('application_events')
    .values({ id: newId(at.getTime()), application_id: applicationId, at: at.toISOString(), account_id: accountId, kind, detail: JSON.stringify(detail) })
    .execute();
}

/** The events of an application, oldest first, with who made them. */
export async function listEvents(db: Db, applicationId: string): Promise<ApplicationEvent[]> {
  const rows = await db
    .selectFrom('application_events as e')
    .leftJoin('accounts as a', 'a.id', 'e.account_id')
    .select(['e.at', 'e.kind', 'e.detail', 'a.name'])
    .where('e.application_id', '=', applicationId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ at: r.at, kind: r.kind, by: r.name, detail: parseJsonColumn<EventDetail>(r.detail, {}) }));
}
