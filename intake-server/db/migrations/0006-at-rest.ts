/**
 * 0006: what rests in the database. Frozen once released: self-contained (no imports from the application), and
 * every step can run again after an interrupted start.
 *
 * 1. Sign-in mails queued before this release carry their link with its token in clear (`payload.url`). Sent and
 *    given-up ones are deleted; a waiting one is rewritten to what the outbox keeps from now on (account, page, link
 *    without token; the link is made when the mail leaves) and its link's row, whose token was in the outbox, is
 *    deleted. A waiting mail whose link is already used, retired or gone is deleted: it could only carry a dead link.
 * 2. A quarantined submission keeps only what the review of screening needs: why, when, which association (and the
 *    one the page named, the routing, the privacy-notice version she saw), her first name, the language and the
 *    yes/no answers with their flags. Her surname, email address (and its lower-cased key), phone, postal code and
 *    kommune, motivation and languages are blanked before the row is stored (a trigger, so it holds for every
 *    writer: the HTTP thread, the SQLite writer thread, every PostgreSQL instance), and in the rows already there.
 *    Not for `association_limit`: see AUTOMATED.
 */
import { createHash } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Rows held back as automated: every quarantine reason but `association_limit`. A submission held back only because an
 * association's hourly budget was spent (finding 13.2) passed every check of screening: most likely a real person, it
 * keeps her contact details so that she can be reached once someone looks.
 */
const AUTOMATED = `(quarantine_reason IS NULL OR quarantine_reason <> 'association_limit')`;

/** The personal fields a quarantined row does not keep, and the value each gets instead. */
const BLANKED = `last_name = '', email = '', email_key = '', phone = '', postal_code = '', kommune_number = NULL, motivation = '', languages = ''`;

export const migration0006: Migration = {
  async up(db: Kysely<any>) {
    await signInMailsWithoutTokens(db);
    await quarantineKeepsLittle(db);
  },
};

async function signInMailsWithoutTokens(db: Kysely<any>): Promise<void> {
  const rows: { id: string; status: string; payload: string }[] = await db.selectFrom('outbox').select(['id', 'status', 'payload']).where('kind', '=', 'sign_in_link').execute();
  for (const row of rows) {
    const data = parsePayload(row.payload);
    if (row.status === 'pending' && data && typeof data.url !== 'string') continue; // already without a token
    let rewritten: string | undefined;
    if (row.status === 'pending' && data && typeof data.url === 'string') {
      const url = new URL(data.url);
      const token = url.searchParams.get('token') ?? '';
      url.searchParams.delete('token');
      const hash = createHash('sha256').update(token).digest('hex');
      const link: { account_id: string; next_path: string; used_at: string | null } | undefined = await db
        .selectFrom('sign_in_links')
        .select(['account_id', 'next_path', 'used_at'])
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      await db.deleteFrom('sign_in_links').where('token_hash', '=', hash).execute();
      if (link && link.used_at === null) {
        const validMinutes = typeof data.validMinutes === 'number' ? data.validMinutes : 15;
        rewritten = JSON.stringify({ linkUrl: url.toString(), accountId: link.account_id, nextPath: link.next_path, validMinutes, attemptHash: null });
      }
    }
    if (rewritten) await db.updateTable('outbox').set({ payload: rewritten }).where('id', '=', row.id).execute();
    else await db.deleteFrom('outbox').where('id', '=', row.id).execute();
  }
}

/** The payload's object, or null when it is unreadable (such a row would be dead-lettered; it may hold a token). */
function parsePayload(payload: string): { url?: unknown; validMinutes?: unknown } | null {
  try {
    const data: unknown = JSON.parse(payload);
    return typeof data === 'object' && data !== null ? (data as { url?: unknown; validMinutes?: unknown }) : null;
  } catch {
    return null;
  }
}

async function quarantineKeepsLittle(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // BEFORE: the personal fields never reach a table page.
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION applications_quarantine_at_rest() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           NEW.last_name := ''; NEW.email := ''; NEW.email_key := ''; NEW.phone := ''; NEW.postal_code := '';
           NEW.kommune_number := NULL; NEW.motivation := ''; NEW.languages := '';
           RETURN NEW;
         END $$`,
      )
      .execute(db);
    await sql.raw('DROP TRIGGER IF EXISTS applications_quarantine_at_rest ON applications').execute(db);
    await sql
      .raw(
        `CREATE TRIGGER applications_quarantine_at_rest BEFORE INSERT OR UPDATE OF status ON applications
         FOR EACH ROW WHEN (NEW.status = 'quarantined' AND NEW.quarantine_reason IS DISTINCT FROM 'association_limit') EXECUTE FUNCTION applications_quarantine_at_rest()`,
      )
      .execute(db);
  } else {
    // SQLite has no BEFORE trigger that changes the row; AFTER, in the same statement and transaction, the row is
    // rewritten before the commit writes its page, and secure_delete (set on every connection, see database.ts)
    // zeroes the space the longer values took in that page.
    for (const [name, event] of [
      ['applications_quarantine_at_rest_insert', 'INSERT'],
      ['applications_quarantine_at_rest_update', 'UPDATE OF status'],
    ] as const) {
      await sql
        .raw(
          `CREATE TRIGGER IF NOT EXISTS ${name} AFTER ${event} ON applications FOR EACH ROW WHEN NEW.status = 'quarantined' AND NEW.quarantine_reason IS NOT 'association_limit'
           BEGIN UPDATE applications SET ${BLANKED} WHERE id = NEW.id; END`,
        )
        .execute(db);
    }
  }
  await sql.raw(`UPDATE applications SET ${BLANKED} WHERE status = 'quarantined' AND ${AUTOMATED}`).execute(db);
}
