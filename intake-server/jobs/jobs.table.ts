/** Row type of the periodic jobs' leases, shared by every instance. */

export interface JobLockTable {
  name: string;
  locked_until: string;
  locked_by: string;
  last_run_at: string | null;
}
