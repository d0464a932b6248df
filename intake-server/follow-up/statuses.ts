/** The statuses of an application in the workspace, and the dates a change of status sets. */

/** What a coordinator moves an application through, in order, then the two ways out. */
export const WORKFLOW_STATUSES = [
  'new',
  'contacted',
  'information_meeting',
  'course',
  'checks',
  'ready_for_matching',
  'declined',
  'withdrawn',
] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

/** Every status an application can have: the workflow plus the ones intake sets. */
export type ApplicationStatus = WorkflowStatus | 'unrouted' | 'duplicate' | 'quarantined';

/** Statuses that end the follow-up: reaching one sets `closed_at`. */
const FINAL_STATUSES: readonly WorkflowStatus[] = ['ready_for_matching', 'declined', 'withdrawn'];

/** Statuses someone still has to act on. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['new', 'unrouted', 'contacted', 'information_meeting', 'course', 'checks'];

/** Statuses that can only be reached after the applicant was contacted. */
const AFTER_CONTACT: readonly WorkflowStatus[] = ['contacted', 'information_meeting', 'course', 'checks', 'ready_for_matching'];

/** True for a status a coordinator may choose. */
export function isWorkflowStatus(value: unknown): value is WorkflowStatus {
  return (WORKFLOW_STATUSES as readonly unknown[]).includes(value);
}

/** The follow-up dates as they stand before a change. */
export interface StatusDates {
  firstContactAt: string | null;
  closedAt: string | null;
}

/**
 * The dates after moving to `to` at `at`. The first move to `contacted` (or past it: that contact must have happened)
 * records the first contact, and it is never moved later. A final status records when it closed; leaving the final
 * statuses opens the application again.
 */
export function datesAfterStatusChange(before: StatusDates, to: WorkflowStatus, at: string): StatusDates {
  return {
    firstContactAt: before.firstContactAt ?? (AFTER_CONTACT.includes(to) ? at : null),
    closedAt: FINAL_STATUSES.includes(to) ? (before.closedAt ?? at) : null,
  };
}
