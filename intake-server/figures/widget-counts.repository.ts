/** Anonymous widget counts per day, association and event: written by `POST /api/v1/events`, read by the figures. */
import type { Kysely } from 'kysely';
import type { WidgetEvent } from '../../contract/index.js';
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

/** Counts from `fromDay` on (inclusive), for these association slugs, or for all when `slugs` is null. */
export async function listWidgetCounts(db: Kysely<Database>, slugs: string[] | null, fromDay: string): Promise<WidgetCount[]> {
  if (slugs && slugs.length === 0) return [];
  let query = db.selectFrom('widget_counts').select(['day', 'association_slug', 'event', 'count']).where('day', '>=', fromDay);
  if (slugs) query = query.where('association_slug', 'in', slugs);
  const rows = await query.execute();
  return rows.map((r) => ({ day: r.day, slug: r.association_slug, event: r.event, count: Number(r.count) }));
}
