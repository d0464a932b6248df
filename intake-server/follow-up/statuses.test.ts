import { describe, expect, it } from 'vitest';
import { datesAfterStatusChange, isWorkflowStatus } from './statuses.js';

const at = '2026-11-27T10:00:00.000Z';
const later = '2026-12-02T10:00:00.000Z';

describe('datesAfterStatusChange', () => {
  it('records the first contact when the application is first marked contacted', () => {
    expect(datesAfterStatusChange({ firstContactAt: null, closedAt: null }, 'contacted', at)).toEqual({ firstContactAt: at, closedAt: null });
  });

  it('never moves the first contact later', () => {
    expect(datesAfterStatusChange({ firstContactAt: at, closedAt: null }, 'contacted', later).firstContactAt).toBe(at);
  });

  it('records the first contact when a coordinator skips straight past contacted', () => {
    expect(datesAfterStatusChange({ firstContactAt: null, closedAt: null }, 'course', at).firstContactAt).toBe(at);
  });

  it('does not count a refusal as contact', () => {
    expect(datesAfterStatusChange({ firstContactAt: null, closedAt: null }, 'declined', at)).toEqual({ firstContactAt: null, closedAt: at });
  });

  it('closes on a final status, keeps the first closing time, and opens again when moved back', () => {
    const closed = datesAfterStatusChange({ firstContactAt: at, closedAt: null }, 'ready_for_matching', at);
    expect(closed.closedAt).toBe(at);
    expect(datesAfterStatusChange(closed, 'withdrawn', later).closedAt).toBe(at);
    expect(datesAfterStatusChange(closed, 'checks', later).closedAt).toBeNull();
  });
});

describe('isWorkflowStatus', () => {
  it('accepts the workflow and refuses what only intake sets', () => {
    expect(isWorkflowStatus('information_meeting')).toBe(true);
    for (const s of ['unrouted', 'duplicate', 'quarantined', '', undefined]) expect(isWorkflowStatus(s)).toBe(false);
  });
});
