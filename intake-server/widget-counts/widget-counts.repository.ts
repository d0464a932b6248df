/**
 * The figures' counts per day, association and event. Views and starts are the widget's anonymous reports (written by
 * `POST /api/v1/events`); submissions are counted from the applications the server stored, so no report can add one.
 */
import type { Kysely } from 'kysely';
import type { WidgetEvent } from '../../contract/index.js';
import { countSubmissions } from '../applications/application-queries.repository.js';
import type { Database } from '../db/schema.js';

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
