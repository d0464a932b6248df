/**
 * The one place for days and dates: "today in Oslo" and other dates on Norway's wall clock (Europe/Oslo), ISO weeks,
 * working days (Monday to Friday except the public holidays), and UTC days, hours and months (keys that must not move
 * with daylight saving time). Everything takes the moment as an argument: no helper reads the clock.
 */

/** A calendar date in Norway, `YYYY-MM-DD`. */
export type LocalDate = string;

/** A day of 24 hours, in milliseconds: for periods, not for calendar days (those are `LocalDate`s). */
export const DAY_MS = 86_400_000;

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  date: LocalDate;
  /** Milliseconds since midnight on the wall clock. */
  msIntoDay: number;
}

function wallClock(at: Date): WallClock {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    msIntoDay: ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000 + at.getUTCMilliseconds(),
  };
}

/** The date in Norway at `at`, `YYYY-MM-DD`: "today in Oslo" is `osloDate(now)`. */
export function osloDate(at: Date): LocalDate {
  return wallClock(at).date;
}

const utcOf = (date: LocalDate) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const dateOf = (utcMs: number): LocalDate => new Date(utcMs).toISOString().slice(0, 10);

/** Whole calendar days in Norway between the moment `from` (ISO) and `now`: 0 on the same day, never negative. */
export function daysBetween(from: string, now: Date): number {
  return Math.max(0, Math.round((utcOf(osloDate(now)) - utcOf(osloDate(new Date(from)))) / DAY_MS));
}

/** How far Norway's wall clock is ahead of UTC at `at` (one hour in winter, two in summer). */
function offsetMs(at: number): number {
  const w = wallClock(new Date(at));
  return utcOf(w.date) + w.msIntoDay - at;
}

/** The moment Norway's wall clock shows `msIntoDay` after midnight on `date`. */
export function osloInstant(date: LocalDate, msIntoDay = 0): Date {
  const wall = utcOf(date) + msIntoDay;
  // The second pass settles the offset next to a change of daylight saving time.
  const first = wall - offsetMs(wall);
  return new Date(wall - offsetMs(first));
}

/** Midnight in Norway at the start of the day `at` falls on. */
export function startOfOsloDay(at: Date): Date {
  return osloInstant(osloDate(at));
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dateOf(utcOf(date) + days * DAY_MS);
}

/** 1 Monday … 7 Sunday. */
export function isoWeekday(date: LocalDate): number {
  return new Date(utcOf(date)).getUTCDay() || 7;
}

/** The ISO 8601 week number of a date, 1–53. */
export function isoWeek(date: LocalDate): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  return 1 + Math.floor((utcOf(thursday) - utcOf(`${thursday.slice(0, 4)}-01-01`)) / DAY_MS / 7);
}

/** Easter Sunday of `year` (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(Date.UTC(year, month - 1, day));
}

const holidayCache = new Map<number, ReadonlySet<LocalDate>>();

/**
 * Norway's public holidays in `year` (helligdagsloven and the two statutory days, 1 and 17 May): New Year's Day,
 * Maundy Thursday, Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday,
 * Christmas Day and Boxing Day. Christmas Eve and New Year's Eve are not public holidays and count as working days.
 */
export function publicHolidays(year: number): ReadonlySet<LocalDate> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    const fixed = ['01-01', '05-01', '05-17', '12-25', '12-26'].map((md) => `${year}-${md}`);
    days = new Set([...fixed, ...[-3, -2, 0, 1, 39, 49, 50].map((n) => addDays(easter, n))]);
    holidayCache.set(year, days);
  }
  return days;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && !publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The first working day after `date`. */
function nextWorkingDay(date: LocalDate): LocalDate {
  let next = addDays(date, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/**
 * The moment `n` working days after `start`: the same time of day on the n-th working day after it. A start outside
 * working days counts from the beginning of the next working day, so Friday 11:00 plus 3 is Wednesday 11:00 and
 * Saturday plus 3 is Thursday 00:00.
 */
export function addWorkingDays(start: Date, n: number): Date {
  let { date, msIntoDay } = wallClock(start);
  if (!isWorkingDay(date)) {
    date = nextWorkingDay(date);
    msIntoDay = 0;
  }
  for (let i = 0; i < n; i++) date = nextWorkingDay(date);
  return osloInstant(date, msIntoDay);
}

/** The UTC day of `at`, `2026-11-27`. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The UTC hour of `at`, `2026-11-27T10`. */
export const utcHour = (at: Date): string => at.toISOString().slice(0, 13);

/** The UTC month of `at`, `2026-11`. */
export const utcMonth = (at: Date): string => at.toISOString().slice(0, 7);

/** The same moment `months` calendar months earlier (UTC), on the last day of the month when the day does not exist. */
export function monthsBefore(at: Date, months: number): Date {
  const first = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - months, 1, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()));
  const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(at.getUTCDate(), daysInMonth));
  return first;
}
