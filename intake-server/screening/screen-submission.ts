/** Spam screening of one submission: what marks it as automated. Quarantined submissions get the same answer as real ones. */
import type { Application } from '../../contract/index.js';

/**
 * `association_limit`: it passed screening, but the association(s) it was routed to already took
 * RATE_LIMIT_PER_ASSOCIATION applications this hour (see association-budget.ts).
 */
export type QuarantineReason = 'honeypot' | 'too_fast' | 'proof_of_work' | 'proof_of_work_replay' | 'association_limit';

/** Why this submission should be held back, or null when it looks like a person. */
export function quarantineReasonOf(a: Application, minFillMs: number): QuarantineReason | null {
  if (a.website.trim() !== '') return 'honeypot';
  // Absent when the client did not measure (an older widget); only a measured, implausibly short time counts.
  if (a.elapsedMs !== undefined && a.elapsedMs < minFillMs) return 'too_fast';
  return null;
}
