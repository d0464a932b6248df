import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  daysBetween,
  easterSunday,
  isWorkingDay,
  isoWeek,
  monthsBefore,
  osloDate,
  osloInstant,
  publicHolidays,
  startOfOsloDay,
  utcDay,
  utcHour,
  utcMonth,
} from './time.js';

describe('the Norwegian calendar', () => {
  it('finds Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  it('lists the public holidays of 2026 as published', () => {
    expect([...publicHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-14',
      '2026-05-17', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
  });

  it('counts weekdays as working days, except holidays; Christmas Eve is a working day', () => {
    expect(isWorkingDay('2026-11-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-02')).toBe(false); // Maundy Thursday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension Day
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-25')).toBe(false);
  });

  it('reads dates on Norway’s wall clock, in winter and in summer time', () => {
    expect(osloDate(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(osloDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(osloDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
    expect(osloInstant('2026-11-27').toISOString()).toBe('2026-11-26T23:00:00.000Z');
    expect(osloInstant('2026-07-01', 9 * 3_600_000).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(startOfOsloDay(new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('numbers weeks as ISO 8601 does, across a new year', () => {
    expect(isoWeek('2026-11-27')).toBe(48);
    expect(isoWeek('2026-12-31')).toBe(53);
    expect(isoWeek('2027-01-03')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2025-12-29')).toBe(1);
  });

  it('adds working days: Friday plus three is Wednesday, not Monday', () => {
    expect(addWorkingDays(new Date('2026-11-27T10:00:00Z'), 3).toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(addWorkingDays(new Date('2026-11-25T10:00:00Z'), 3).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('counts from the next working day’s start when the start falls on a weekend or holiday', () => {
    // Saturday: Monday, Tuesday and Wednesday pass; due at midnight starting Thursday.
    expect(addWorkingDays(new Date('2026-11-28T15:00:00Z'), 3).toISOString()).toBe(osloInstant('2026-12-03').toISOString());
  });

  it('skips Christmas and Easter', () => {
    // Wednesday 23 December: Christmas Eve (1), then 25 and 26 December and the weekend, Monday 28 (2), Tuesday 29 (3).
    expect(osloDate(addWorkingDays(new Date('2026-12-23T09:00:00Z'), 3))).toBe('2026-12-29');
    // Wednesday 31 March 2027 from Tuesday 23 March: 24, (25, 26, 29 are Easter holidays), 30, 31.
    expect(osloDate(addWorkingDays(new Date('2027-03-23T09:00:00Z'), 3))).toBe('2027-03-31');
  });

  it('keeps the time on the wall clock across a change to summer time', () => {
    // Thursday 26 March 2026, 10:00 in Norway (CET); three working days on is Tuesday 31 March, 10:00 (CEST).
    expect(addWorkingDays(new Date('2026-03-26T09:00:00Z'), 3).toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });
});

describe('days in Norway', () => {
  it('counts calendar days in Oslo, not 24-hour periods', () => {
    // 23:30 in Oslo on the 26th, and 00:30 on the 27th: one day apart though an hour passed.
    expect(daysBetween('2026-11-26T22:30:00Z', new Date('2026-11-26T23:30:00Z'))).toBe(1);
    expect(daysBetween('2026-11-27T00:30:00Z', new Date('2026-11-27T22:00:00Z'))).toBe(0);
    expect(daysBetween('2026-11-24T10:00:00Z', new Date('2026-11-27T09:00:00Z'))).toBe(3);
    expect(osloDate(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
  });

  it('counts across a change of daylight saving time, and never below zero', () => {
    expect(daysBetween('2026-03-28T12:00:00Z', new Date('2026-03-30T12:00:00Z'))).toBe(2);
    expect(daysBetween('2026-11-27T10:00:00Z', new Date('2026-11-26T10:00:00Z'))).toBe(0);
  });
});

describe('UTC days, hours and months', () => {
  it('takes the UTC calendar, not Norway’s', () => {
    const lateEvening = new Date('2026-11-27T23:30:00Z'); // already the 28th in Oslo
    expect(utcDay(lateEvening)).toBe('2026-11-27');
    expect(utcHour(lateEvening)).toBe('2026-11-27T23');
    expect(utcMonth(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11');
  });
});

describe('months before a date', () => {
  it('counts calendar months and keeps to the end of a shorter month', () => {
    expect(monthsBefore(new Date('2027-05-28T10:00:00.000Z'), 6).toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(monthsBefore(new Date('2027-08-31T10:00:00.000Z'), 6).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(monthsBefore(new Date('2028-03-31T00:00:00.000Z'), 1).toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(monthsBefore(new Date('2027-01-15T00:00:00.000Z'), 13).toISOString()).toBe('2025-12-15T00:00:00.000Z');
  });
});
