import { describe, expect, it } from 'vitest';
import { niceMax } from './weekly-chart.js';
import { lastMondays, median, weeklyFigures } from './weekly-figures.js';

describe('weekly figures', () => {
  it('gathers daily counts into the last twelve weeks, oldest first, with empty weeks as zeros', () => {
    expect(lastMondays('2027-01-06', 3)).toEqual(['2026-12-21', '2026-12-28', '2027-01-04']);
    const weeks = weeklyFigures(
      [
        { day: '2027-01-04', slug: 'a', event: 'view', count: 2 },
        { day: '2027-01-06', slug: 'b', event: 'view', count: 3 },
        { day: '2027-01-05', slug: 'a', event: 'submit', count: 1 },
        { day: '2026-12-31', slug: 'a', event: 'start', count: 4 },
        // Before the window, and an event the page does not know: left out.
        { day: '2026-10-01', slug: 'a', event: 'view', count: 100 },
        { day: '2027-01-05', slug: 'a', event: 'click', count: 100 },
      ],
      '2027-01-06',
    );
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ week: 1, monday: '2027-01-04', views: 5, starts: 0, submits: 1 });
    expect(weeks.at(-2)).toEqual({ week: 53, monday: '2026-12-28', views: 0, starts: 4, submits: 0 });
    expect(weeks.slice(0, 10).every((w) => w.views + w.starts + w.submits === 0)).toBe(true);
  });

  it('takes the median of an odd or even number of values, and none of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('tops the chart with a round, even number', () => {
    expect([0, 3, 5, 9, 11, 45, 61, 130].map(niceMax)).toEqual([4, 4, 6, 10, 20, 60, 80, 200]);
  });
});
