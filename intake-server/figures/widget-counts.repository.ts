/**
 * The figures' counts per day, association and event. Views and starts are the widget's anonymous reports (written by
 * `POST /api/v1/events`); submissions are counted from the applications the server stored, so no report can add one.
 */
import { sql, type Kysely } from 'kysely';
import type { WidgetEvent } from '../../contract/index.js';
import type { Database } from '../db/schema.js';
import { osloDate, osloInstant } from '../lib/time.js';

/** Adds one to the day's count, creating the row on the first event of the day (one portable upsert). */
export async function countWidgetEvent(db: Kysely<Database>, day: string, slug: string, event: WidgetEvent): Promise<void> {
  await db
    .insertInto('widget_counts')
    .values({ day, association_slug: slug, event, count: 1 })
    .onConflict((oc) => oc.columns(['day', 'association_slug', 'event']).doUpdateSet((eb) => ({ count: eb('widget_counts.count', '+', 1) })))
    .execute();
}

/** One stored count. */
export interface WidgetCount {
  day: string;
  slug: string;
  event: string;
  count: number;
}

/**
 * Counts from `fromDay` on (inclusive, a Norwegian day), for these association slugs, or for all when `slugs` is null:
 * the reported views and starts, and as `submit` the applications stored from each association's page. `submit`
 * reports written before submissions were counted this way are left out.
 */
export async function listWidgetCounts(db: Kysely<Database>, slugs: string[] | null, fromDay: string): Promise<WidgetCount[]> {
  if (slugs && slugs.length === 0) return [];
  let query = db
    .selectFrom('widget_counts')
    .select(['day', 'association_slug', 'event', 'count'])
    .where('day', '>=', fromDay)
    .where('event', '!=', 'submit');
  if (slugs) query = query.where('association_slug', 'in', slugs);
  const rows = await query.execute();
  return [...rows.map((r) => ({ day: r.day, slug: r.association_slug, event: r.event, count: Number(r.count) })), ...(await countSubmissions(db, slugs, fromDay))];
}

/**
 * Applications stored from `fromDay` on, per Norwegian day and the association whose page sent them (the slug the page
 * named, as views and starts are kept). Quarantined submissions are not counted; a repeat is a form sent, and counts.
 * Norway is a whole number of hours ahead of UTC, so counts per UTC hour fall into Norwegian days exactly.
 */
async function countSubmissions(db: Kysely<Database>, slugs: string[] | null, fromDay: string): Promise<WidgetCount[]> {
  const hour = sql<string>`substr(applications.created_at, 1, 13)`;
  let query = db
    .selectFrom('applications')
    .select([hour.as('hour'), 'applications.requested_association', (eb) => eb.fn.countAll<number>().as('n')])
    .where('applications.created_at', '>=', osloInstant(fromDay).toISOString())
    .where('applications.status', '!=', 'quarantined')
    .groupBy([hour, 'applications.requested_association']);
  if (slugs) query = query.where('applications.requested_association', 'in', slugs);
  const byDay = new Map<string, WidgetCount>();
  for (const r of await query.execute()) {
    const day = osloDate(new Date(`${r.hour}:00:00.000Z`));
    const key = `${day}|${r.requested_association}`;
    const count = byDay.get(key) ?? { day, slug: r.requested_association, event: 'submit', count: 0 };
    count.count += Number(r.n);
    byDay.set(key, count);
  }
  return [...byDay.values()];
}
