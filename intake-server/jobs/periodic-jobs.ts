/** The periodic jobs of the service: the follow-up of applicants waiting for contact, and retention. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { runRetention } from '../maintenance/retention.js';
import { runFollowUp } from '../follow-up/follow-up.job.js';
import { runCourseSessions } from '../course-sessions/course-sessions.job.js';
import type { PeriodicJob } from './job-runner.js';

/** What the periodic jobs need from the application context. */
export interface PeriodicJobDeps {
  db: Kysely<Database>;
  config: Config;
  /** Wakes the outbox worker after a job queued mail. */
  onQueued: () => void;
  /** Signs the applicant's links in the course mails. */
  secretKey: string;
}

const MINUTE = 60_000;

/**
 * `follow_up` every 15 minutes, so a reminder leaves soon after it is due (the reminders themselves are at most one
 * per application a day); `retention` every hour; `course_sessions` (reminders a week and a day before a session,
 * lapsed offers passed on, ended sessions deleted) every 15 minutes.
 */
export function createPeriodicJobs(deps: PeriodicJobDeps): PeriodicJob[] {
  const { db, config } = deps;
  return [
    {
      name: 'follow_up',
      periodMs: 15 * MINUTE,
      run: async (at) => ({ ...(await runFollowUp({ db, publicUrl: config.publicUrl, rules: config.followUp, onQueued: deps.onQueued }, at)) }),
    },
    { name: 'retention', periodMs: 60 * MINUTE, run: async (at) => ({ ...(await runRetention(db, at, config.retention)) }) },
    {
      name: 'course_sessions',
      periodMs: 15 * MINUTE,
      run: async (at) => ({ ...(await runCourseSessions({ db, publicUrl: config.publicUrl, secret: deps.secretKey, onQueued: deps.onQueued }, at)) }),
    },
  ];
}
