/** When an application without contact is due a reminder to its coordinators, or the escalation to the national contact. */
import { addWorkingDays, DAY_MS, isWorkingDay, osloDate } from '../lib/time.js';

/** The response-time norm: remind after some working days, escalate after some calendar days. */
export interface FollowUpRules {
  reminderWorkingDays: number;
  escalationDays: number;
}

/** What the follow-up of one application without contact knows. */
export interface FollowUpState {
  /** When the application arrived: the escalation counts from here (the applicant's wait). */
  createdAt: Date;
  /** When the reminder clock started: the last recorded activity (arrival, a note, taking it on, a reassignment). */
  clockStartsAt: Date;
  lastReminderAt: Date | null;
  escalatedAt: Date | null;
}

/** What is due for an application now: a reminder, the escalation, or nothing. */
export type FollowUpAction = 'remind' | 'escalate' | null;

/**
 * The action due at `at`:
 * - escalate once, `escalationDays` calendar days after arrival (whatever day of the week that is);
 * - until then, remind on working days from `reminderWorkingDays` working days after the clock started, at most once
 *   a Norwegian calendar day;
 * - nothing after the escalation: the national contact has it then.
 */
export function followUpActionAt(s: FollowUpState, at: Date, rules: FollowUpRules): FollowUpAction {
  if (s.escalatedAt) return null;
  if (at.getTime() - s.createdAt.getTime() >= rules.escalationDays * DAY_MS) return 'escalate';
  const today = osloDate(at);
  if (!isWorkingDay(today)) return null;
  if (at < addWorkingDays(s.clockStartsAt, rules.reminderWorkingDays)) return null;
  if (s.lastReminderAt && osloDate(s.lastReminderAt) >= today) return null;
  return 'remind';
}

/** Whole days between arrival and `at`. */
export function daysWaiting(createdAt: Date, at: Date): number {
  return Math.max(0, Math.floor((at.getTime() - createdAt.getTime()) / DAY_MS));
}
