/** Widget counts gathered into ISO weeks in Norway, and the median the figures page shows. */
import type { WidgetCount } from '../../widget-counts/widget-counts.repository.js';
import { addDays, isoWeek, isoWeekday, type LocalDate } from '../../lib/time.js';

/** One ISO week of widget counts. */
export interface WeekFigures {
  /** ISO week number, 1–53. */
  week: number;
  /** Monday of the week. */
  monday: LocalDate;
  views: number;
  starts: number;
  submits: number;
}

/** The Mondays of the `n` weeks up to and including the week of `today`, oldest first. */
export function lastMondays(today: LocalDate, n: number): LocalDate[] {
  const thisMonday = addDays(today, 1 - isoWeekday(today));
  return Array.from({ length: n }, (_, i) => addDays(thisMonday, -7 * (n - 1 - i)));
}

const FIELD: Record<string, keyof Pick<WeekFigures, 'views' | 'starts' | 'submits'>> = { view: 'views', start: 'starts', submit: 'submits' };

/** Sums daily counts into the `n` weeks up to `today` (weeks without counts are zeros); older days are left out. */
export function weeklyFigures(counts: WidgetCount[], today: LocalDate, n = 12): WeekFigures[] {
  const weeks = lastMondays(today, n).map((monday) => ({ week: isoWeek(monday), monday, views: 0, starts: 0, submits: 0 }));
  for (const c of counts) {
    const field = FIELD[c.event];
    const monday = addDays(c.day, 1 - isoWeekday(c.day));
    const week = weeks.find((w) => w.monday === monday);
    if (field && week) week[field] += c.count;
  }
  return weeks;
}

/** The median of `values`, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
