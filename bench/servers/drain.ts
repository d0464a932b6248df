/**
 * The drain benchmark's measured side: a fresh SQLite outbox (production settings) filled with `DRAIN_MAILS` queued
 * mails, then the real outbox worker and the pooled nodemailer adapter sending them to `SMTP_URL`. Prints
 * `RESULT {"mails":N,"seconds":S}` once every row is marked sent, and exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../intake-server/config.js';
import { openSqlite } from '../../intake-server/db/database.js';
import { migrateToLatest } from '../../intake-server/db/migrate.js';
import { createLogger } from '../../intake-server/logger.js';
import type { OutgoingMail } from '../../intake-server/mail/mail-kinds.js';
import { createSmtpMailer } from '../../intake-server/mail/smtp-mailer.js';
import { countByStatus, enqueueMails } from '../../intake-server/outbox/outbox.repository.js';
import { createOutboxWorker } from '../../intake-server/outbox/outbox.worker.js';

const MAILS = Number(process.env.DRAIN_MAILS ?? 2000);
const TIMEOUT_MS = Number(process.env.DRAIN_TIMEOUT_MS ?? 40_000);
const dir = mkdtempSync(join(tmpdir(), 'rv-drain-'));
const config = readConfig({ DATA_DIR: dir, SMTP_URL: process.env.SMTP_URL, LOG_LEVEL: 'silent' });
const db = openSqlite(config.databasePath);
await migrateToLatest(db);

/** What an application queues: a notice to two coordinators and a receipt to the applicant. */
function mailsOf(i: number): OutgoingMail[] {
  const reference = `RV-BNCH-${String(i).padStart(4, '0')}`;
  return [
    {
      kind: 'coordinator_notice',
      language: 'nb',
      recipients: ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example'],
      replyTo: 'post@eksempelby-sanitet.example',
      data: { reference, firstName: 'Kari', postalCode: '8514', kommuneName: 'Narvik', associationName: 'Eksempelby sanitetsforening', flags: ['under_25'], applicationUrl: `https://intake.example/koordinator/soknader/${i}`, fallback: false },
    },
    {
      kind: 'applicant_receipt',
      language: 'nb',
      recipients: [`soker${i}@example.no`],
      replyTo: 'post@eksempelby-sanitet.example',
      data: { reference, associationName: 'Eksempelby sanitetsforening', contactEmail: 'post@eksempelby-sanitet.example', contactPhone: '400 00 000' },
    },
  ];
}
const queued = Array.from({ length: Math.ceil(MAILS / 2) }, (_, i) => mailsOf(i)).flat().slice(0, MAILS);
await enqueueMails(db, queued.map((mail) => ({ applicationId: null, mail })), new Date());

const mailer = createSmtpMailer(config.smtpUrl, config.mailFrom);
const worker = createOutboxWorker({ db, mailer, logger: createLogger('silent'), options: config.outbox });
const started = performance.now();
worker.start();
let sent = 0;
while (sent < MAILS && performance.now() - started < TIMEOUT_MS) {
  await new Promise((r) => setTimeout(r, 20));
  sent = (await countByStatus(db)).sent ?? 0;
}
const seconds = (performance.now() - started) / 1000;
await worker.stop();
await mailer.close();
await db.destroy();
rmSync(dir, { recursive: true, force: true });
if (sent < MAILS) {
  process.stderr.write(`drain: only ${sent} of ${MAILS} mails sent in ${TIMEOUT_MS} ms\n`);
  process.exit(1);
}
process.stdout.write(`RESULT ${JSON.stringify({ mails: sent, seconds })}\n`);
process.exit(0);
