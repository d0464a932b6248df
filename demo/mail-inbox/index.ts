/** Public entry of the demo mail inbox: start one with `createMailInbox`. */
export { createMailInbox, INBOX_LIMIT, INBOX_SIZE_LIMIT } from './mail-inbox.js';
export type { MailInbox, MailInboxOptions } from './mail-inbox.js';
export type { InboxMessage } from './inbox-message.js';
export type { WaitForOptions } from './message-store.js';
