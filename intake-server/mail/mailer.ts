/** The mail port: what the outbox worker needs from any way of sending email. */
import type { Language } from '../../contract/index.js';
import type { Attachment } from './mail-content.js';

export interface MailMessage {
  to: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  language: Language;
  /** Files sent with it (a calendar file). */
  attachments?: Attachment[];
  /** The outbox row's id: the Message-ID is made from it, so a mail sent again after a crash is recognisably the same. */
  id?: string;
}

export interface SendResult {
  accepted: string[];
  /** Recipients the server refused, permanently or for now. */
  rejected: string[];
  /** The part of `rejected` refused for now (a 4xx reply, e.g. greylisting): worth another try later. */
  deferred?: string[];
}

export interface Mailer {
  /** Resolves once the receiving server has taken the message; rejects with nodemailer-style `code`/`responseCode`. */
  send(message: MailMessage): Promise<SendResult>;
  close(): Promise<void>;
}
