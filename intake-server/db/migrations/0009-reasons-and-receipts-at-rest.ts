/**
 * 0009: what the second attack found resting where it should not. Frozen once released: self-contained (no imports
 * from the application), and every step can run again after an interrupted start.
 *
 * 1. The reason a coordinator gave for passing an application on or declining it was kept in the audit log, which
 *    survives erasure and withdrawal; it is a coordinator's words about the applicant. It now lives in the
 *    application's history (`application_events`, erased with the application): an entry's reason is copied to the
 *    event written in the same change when the application is still there, and the audit entry keeps only
 *    `reasonGiven: true`.
 * 2. A delivered receipt's outbox row kept the withdrawal link (`payload.withdrawUrl`), a working erase link, for the
 *    retention period. Delivered receipts lose it; receipts still waiting to be sent keep it.
 */
import type { Kysely, Migration } from 'kysely';

export const migration0009: Migration = {
  async up(db: Kysely<any>) {
    await reasonsOutOfTheAuditLog(db);
    await sentReceiptsWithoutWithdrawalLinks(db);
  },
};

type Json = Record<string, unknown>;

function parse(text: string): Json | null {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Json) : null;
  } catch {
    return null;
  }
}

async function reasonsOutOfTheAuditLog(db: Kysely<any>): Promise<void> {
  const entries: { id: string; at: string; action: string; application_id: string | null; detail: string }[] = await db
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'application_id', 'detail'])
    .where('action', 'in', ['application.reassigned', 'application.status_changed'])
    .where('detail', 'like', '%"reason"%')
    .execute();
  for (const entry of entries) {
    const detail = parse(entry.detail);
    if (!detail || !('reason' in detail)) continue;
    const reason = detail.reason;
    if (typeof reason === 'string' && entry.application_id) {
      // The change wrote its event with the same time: `reassigned`, or `status` to declined.
      const kind = entry.action === 'application.reassigned' ? 'reassigned' : 'status';
      const events: { id: string; detail: string }[] = await db
        .selectFrom('application_events')
        .select(['id', 'detail'])
        .where('application_id', '=', entry.application_id)
        .where('at', '=', entry.at)
        .where('kind', '=', kind)
        .execute();
      const event = events.find((e) => {
        const d = parse(e.detail);
        return d !== null && !('reason' in d) && (kind === 'reassigned' || d.to === detail.to);
      });
      if (event) {
        const eventDetail = { ...parse(event.detail), reason };
        await db.updateTable('application_events').set({ detail: JSON.stringify(eventDetail) }).where('id', '=', event.id).execute();
      }
    }
    delete detail.reason;
    detail.reasonGiven = true;
    await db.updateTable('audit_log').set({ detail: JSON.stringify(detail) }).where('id', '=', entry.id).execute();
  }
}

async function sentReceiptsWithoutWithdrawalLinks(db: Kysely<any>): Promise<void> {
  const rows: { id: string; payload: string }[] = await db
    .selectFrom('outbox')
    .select(['id', 'payload'])
    .where('kind', '=', 'applicant_receipt')
    .where('status', '=', 'sent')
    .where('payload', 'like', '%withdrawUrl%')
    .execute();
  for (const row of rows) {
    const data = parse(row.payload);
    if (!data || !('withdrawUrl' in data)) continue;
    delete data.withdrawUrl;
    await db.updateTable('outbox').set({ payload: JSON.stringify(data) }).where('id', '=', row.id).execute();
  }
}
