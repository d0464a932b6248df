/** Gathers the figures of one scope as of a moment: the widget's last 12 weeks, statuses, contact times, deletions. */
import type { Kysely } from 'kysely';
import { countArrivals, countByStatus, countWaitingForContact, daysToFirstContact, type ArrivalCounts } from '../../applications/application-queries.repository.js';
import type { Database } from '../../db/schema.js';
import { listWidgetCounts } from '../../widget-counts/widget-counts.repository.js';
import { monthsBefore, osloDate, osloInstant, utcMonth } from '../../lib/time.js';
import type { FiguresScope } from './figures-scope.js';
import { countDeletedByRetention } from '../../figures/figures.repository.js';
import { lastMondays, median, weeklyFigures, type WeekFigures } from './weekly-figures.js';

/** How many weeks the page looks back: the current week and the eleven before it. */
const WEEKS = 12;

/** The numbers one figures page shows: counts and a median, nothing about any person. */
export interface Figures {
  weeks: WeekFigures[];
  /** Over the weeks shown: sent from the scope's pages, and received by its associations. */
  arrivals: ArrivalCounts;
  byStatus: Map<string, number>;
  /** Median days from arrival to first contact over the weeks shown; null when nobody was contacted. */
  medianDaysToContact: number | null;
  /** How many applications that median is taken over. */
  contacted: number;
  /** Applications nobody has recorded contact with yet, whatever their age. */
  waiting: number;
  /** Applications retention deleted in this month and the eleven before. */
  deleted: number;
}

/** Loads the figures of `scope` as of `now` (weeks and days in Norwegian time). */
export async function loadFigures(db: Kysely<Database>, scope: FiguresScope, now: Date): Promise<Figures> {
  const today = osloDate(now);
  const firstMonday = lastMondays(today, WEEKS)[0]!;
  const ids = scope.associationIds;
  const durations = await daysToFirstContact(db, ids, osloInstant(firstMonday));
  return {
    weeks: weeklyFigures(await listWidgetCounts(db, scope.slugs, firstMonday), today, WEEKS),
    arrivals: await countArrivals(db, { ids, slugs: scope.slugs }, osloInstant(firstMonday)),
    byStatus: await countByStatus(db, ids),
    medianDaysToContact: median(durations),
    contacted: durations.length,
    waiting: await countWaitingForContact(db, ids),
    deleted: await countDeletedByRetention(db, ids, utcMonth(monthsBefore(now, 11))),
  };
}
