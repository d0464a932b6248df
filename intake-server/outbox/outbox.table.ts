/**
 * Row types of the outbox: emails committed with the application they belong to, delivered by the worker, and the
 * alerts already sent to the national contact (one per key and period).
 */
import type { Selectable } from 'kysely';

export interface OutboxTable {
  id: string;
  application_id: string | null;
  /** A `MailKind`: which template renders the payload. */
  kind: string;
  /** JSON array of single, validated addresses. */
  recipients: string;
  reply_to: string | null;
  language: string;
  /** JSON: the template's data. Rendered at delivery, so a template fix reaches queued mail. */
  payload: string;
  /** `pending` until delivered (`sent`) or given up on (`dead`). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** While set and in the future, a worker holds this row. */
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export type OutboxRow = Selectable<OutboxTable>;

/** An alert mailed to the national contact; its key keeps the same alert from being sent twice in one period. */
export interface AlertSentTable {
  key: string;
  sent_at: string;
}
