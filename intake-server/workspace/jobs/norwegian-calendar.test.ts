import { describe, expect, it } from 'vitest';
import { addWorkingDays, easterSunday, isWorkingDay, osloDate, osloInstant, publicHolidays, startOfOsloDay } from './norwegian-calendar.js';

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
