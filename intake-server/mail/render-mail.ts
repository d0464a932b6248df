/** Turns an outbox row into a message ready for the mail port. */
import { LANGUAGES, type Language } from '../../contract/index.js';
import type { OutboxRow } from '../outbox/outbox.table.js';
import { renderHtml, renderText, type MailContent } from './mail-content.js';
import type { MailData, MailKind } from './mail-kinds.js';
import type { MailMessage } from './mailer.js';
import { applicantReceipt } from './templates/applicant-receipt.js';
import { coordinatorNotice } from './templates/coordinator-notice.js';

const TEMPLATES: { [K in MailKind]: (data: MailData[K], lang: Language) => MailContent } = {
  coordinator_notice: coordinatorNotice,
  applicant_receipt: applicantReceipt,
};

/** Thrown when a row cannot be rendered; the worker dead-letters it instead of retrying forever. */
export class RenderError extends Error {
  readonly code = 'EMESSAGE';
}

/** Renders an outbox row; throws `RenderError` for an unknown kind or a broken payload. */
export function renderMail(row: OutboxRow): MailMessage {
  const template = TEMPLATES[row.kind as MailKind] as ((data: unknown, lang: Language) => MailContent) | undefined;
  if (!template) throw new RenderError(`unknown mail kind ${row.kind}`);
  const language = (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as Language) : 'nb';
  let content: MailContent;
  let to: string[];
  try {
    content = template(JSON.parse(row.payload), language);
    to = JSON.parse(row.recipients) as string[];
  } catch (err) {
    throw new RenderError(`cannot render ${row.kind}: ${(err as Error).name}`);
  }
  if (!Array.isArray(to) || to.length === 0) throw new RenderError(`no recipients for ${row.kind}`);
  return { to, replyTo: row.reply_to, subject: content.subject, text: renderText(content), html: renderHtml(content, language), language };
}
